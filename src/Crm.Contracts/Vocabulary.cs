namespace Crm.Contracts;

// The API's vocabulary: the names it answers statuses and kinds with, as strings on the wire. The UI parses them into
// these; a test holds each to the domain's own enum, so neither side can add or rename a value alone.

/// <summary>A quote's status as the API names it.</summary>
public enum QuoteState { Draft, PendingApproval, Approved, Rejected, Sent, Accepted, Declined, Expired }

/// <summary>An order's status as the API names it.</summary>
public enum OrderState { Draft, Confirmed, Provisional, CreditHold, Released, InProduction, PartiallyShipped, Shipped, Invoiced, Closed, Cancelled }

/// <summary>An ERP sync entity's state.</summary>
public enum SyncState { NeverRun, Ok, Failing, Stale }

/// <summary>How a promise answered a line.</summary>
public enum PromiseState { Full, Partial, None }

/// <summary>Where a service case stands.</summary>
public enum CaseState { New, InProgress, WaitingOnCustomer, Resolved, Closed }

/// <summary>A case against its SLA.</summary>
public enum SlaState { OnTrack, Warning, Breached, Paused, Met }

/// <summary>Where supply comes from, as the API names it.</summary>
public enum SupplyKind { OnHand, ProductionOrder, PurchaseOrder, Replenishment }

/// <summary>Why a line is not confirmed in full, as the API names it.</summary>
public enum Shortfall { NoSupplyWithinHorizon, CompleteDeliveryNotPossible, ShipCompleteBlocked }

/// <summary>What changed a promise, as the API names it.</summary>
public enum ChangeKind { ManualOverride, QuantityChanged, DateChanged, LineCancelled, OrderCancelled, Repromised }

/// <summary>A user's role, as the API names it.</summary>
public enum Role { Sales, OrderDesk, Manager, Admin, Integration, Service, Customer }

/// <summary>Where a quote line's promise stands: not checked yet, as last checked (all, part or none of it), or its
/// order's once the quote converted.</summary>
public enum QuoteLinePromiseState { NotChecked, Confirmed, Partial, NotAvailable, Ordered }
