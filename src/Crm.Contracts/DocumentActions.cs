namespace Crm.Contracts;

/// <summary>What the caller may do with an order now, as the server answers it in <c>allowedActions</c>: computed from
/// the same rules the API enforces, so the UI shows the buttons it is given and re-derives no rule.</summary>
public static class OrderActions
{
    public const string Confirm = "confirm";
    public const string Cancel = "cancel";
    public const string CancelLine = "cancelLine";
    public const string ChangeQuantity = "changeQuantity";
    public const string ChangeDeliveryDate = "changeDeliveryDate";
    public const string PromiseByHand = "promiseByHand";
    public const string ReleaseCreditHold = "releaseCreditHold";
    public const string SetPurchaseOrderNumber = "setPurchaseOrderNumber";

    public static readonly IReadOnlyList<string> All =
        [Confirm, Cancel, CancelLine, ChangeQuantity, ChangeDeliveryDate, PromiseByHand, ReleaseCreditHold, SetPurchaseOrderNumber];
}

/// <summary>What the caller may do with a quote now (<c>allowedActions</c>).</summary>
public static class QuoteActions
{
    public const string Save = "save";
    public const string Revise = "revise";
    public const string Submit = "submit";
    public const string Approve = "approve";
    public const string Reject = "reject";
    public const string Send = "send";
    public const string Accept = "accept";
    public const string Decline = "decline";
    public const string Convert = "convert";
    public const string Copy = "copy";

    public static readonly IReadOnlyList<string> All = [Save, Revise, Submit, Approve, Reject, Send, Accept, Decline, Convert, Copy];
}

/// <summary>What the caller may do with a case now (<c>allowedActions</c>); the portal's view carries none.</summary>
public static class CaseActions
{
    /// <summary>To InProgress: work starts, the customer answered a case that waited on them, or a resolved or
    /// closed case is reopened (within the reopen period).</summary>
    public const string StartWork = "startWork";
    public const string WaitOnCustomer = "waitOnCustomer";
    public const string Resolve = "resolve";
    public const string Close = "close";
    public const string Escalate = "escalate";
    public const string Take = "take";

    public static readonly IReadOnlyList<string> All = [StartWork, WaitOnCustomer, Resolve, Close, Escalate, Take];
}

/// <summary>What the caller may do with a lead now (<c>allowedActions</c>).</summary>
public static class LeadActions
{
    public const string StartWorking = "startWorking";
    public const string Change = "change";
    public const string Disqualify = "disqualify";
    public const string Convert = "convert";
}

/// <summary>What the caller may do with a deal now (<c>allowedActions</c>): change it (terms, lines, owner, stage: a
/// won or lost stage closes it), and make a quote of its lines.</summary>
public static class DealActions
{
    public const string Change = "change";
    public const string Quote = "quote";
}

/// <summary>What a customer's buyer may do with a quote sent to them.</summary>
public static class BuyerQuoteActions
{
    public const string Accept = "accept";
    public const string Decline = "decline";
    public const string Ask = "ask";
}
