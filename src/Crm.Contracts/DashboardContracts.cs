namespace Crm.Contracts;

/// <summary>How many documents are in one status.</summary>
public sealed record StatusCount(string Status, int Count);

/// <summary>The home page's figures. A rep's quotes are their own; orders and lines are the ones the user works on
/// (a rep's own, every one for the order desk, managers and admins).</summary>
public sealed record DashboardResponse(
    int OpenQuotes,
    decimal OpenQuotesValue,
    int DraftOrders,
    int ProvisionalOrders,
    int BackorderLines,
    int LinesAtRisk,
    IReadOnlyList<StatusCount> OrdersByStatus,
    IReadOnlyList<StatusCount> QuotesByStatus,
    IReadOnlyList<MoneyTotal>? OpenQuotesValueByCurrency = null,
    QuoteWork? Quotes = null);

/// <summary>The quotes that need the user now: approved ones to send, their own waiting for a manager, sent ones waiting
/// for the customer, open ones running out within a week; and, for a manager, the requests waiting for their decision.</summary>
public sealed record QuoteWork(int ToSend, int AwaitingApproval, int AwaitingCustomer, int ExpiringThisWeek, int ApprovalsWaiting);

/// <summary>An amount in one currency, rounded to the cent.</summary>
public sealed record MoneyTotal(string Currency, decimal Amount);
