using System.Globalization;
using Crm.Domain.Accounts;
using Crm.Domain.Activities;
using Crm.Domain.Catalog;
using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Domain.Sales;

namespace Crm.Api.Persistence.Audit;

/// <summary>What is audited: quotes, orders, price lists and teams with their lines, and a customer's CRM-owned
/// fields (what the ERP masters is the ERP's to audit). A line is audited under its document.</summary>
public static class AuditedTypes
{
    /// <summary>Bookkeeping that changes with every save or is derived: never an entry of its own.</summary>
    public static readonly HashSet<string> Unaudited =
        [CrmDbContext.VersionProperty, "Number", "UpdatedAt", "CreatedAt", "PromisedOn", "PromiseCheckedAt", "PromisedQuantity", "PromisedDeliveryDate", "SearchText", "LastChange",
            "ConfirmedAt", "CreditHeldAt", "CreditReleasedAt", "CancelledAt", "SubmittedAt", "DecidedAt",
            "ScoreReasons", "RemindedAt", "CompletedAt", "ConvertedAt", "SegmentedOn", "PreviousAbcClass", "RecencyScore", "FrequencyScore", "MonetaryScore"];

    /// <summary>What is audited of a line: what the customer was offered or ordered. How it was promised is the
    /// promise history's.</summary>
    public static readonly HashSet<string> LineFields =
        ["Quantity", "UnitPrice", "DiscountPercent", "Cancelled", "RequestedDeliveryDate", "MinQuantity", "UserName", "ItemNumber"];

    /// <summary>An ERP customer's fields the CRM owns; the rest come from the ERP, and a sync is not a change anyone made.</summary>
    public static readonly HashSet<string> CustomerFields =
    [
        nameof(Account.TeamId), nameof(Account.Owner), nameof(Account.ReceivingDays), nameof(Account.RequiresPurchaseOrderNumber),
        nameof(Account.Industry), nameof(Account.Website), nameof(Account.Notes), nameof(Account.Tags), nameof(Account.ConfirmedNotDuplicateBy),
    ];

    /// <summary>A document's name and id in the audit, for a record that is one.</summary>
    public static (string Entity, string Id)? DocumentOf(object record) => record switch
    {
        Quote q => ("Quote", q.Id.ToString()),
        SalesOrder o => ("SalesOrder", o.Id.ToString()),
        PriceList l => ("PriceList", l.Id.ToString()),
        Team t => ("Team", t.Id.ToString()),
        // An ERP customer keeps the trail it had under its number; a prospect's is under its account id.
        Account { CustomerNumber: { } number } => ("Customer", number.Value),
        Account a => ("Account", a.Id.ToString()),
        Contact c => ("Contact", c.Id.ToString()),
        Lead l => ("Lead", l.Id.ToString()),
        Opportunity o => ("Opportunity", o.Id.ToString()),
        Campaign c => ("Campaign", c.Id.ToString()),
        Activity a => ("Activity", a.Id.ToString()),
        _ => null,
    };

    /// <summary>For a line: its document's name, the foreign key that names the document, and how the line reads.</summary>
    public static (string Entity, string Key, string Text)? LineOf(object record) => record switch
    {
        QuoteLine l => ("Quote", "QuoteId", $"line {l.LineNumber}: {Amount(l.Quantity)} × {l.ItemNumber} at {Amount(l.UnitPrice)} less {Amount(l.DiscountPercent)} %"),
        SalesOrderLine l => ("SalesOrder", SalesOrderLoading.OrderKey, $"line {l.LineNumber}: {Amount(l.Quantity)} × {l.ItemNumber} at {Amount(l.UnitPrice)} less {Amount(l.DiscountPercent)} %"),
        PriceBreak b => ("PriceList", "PriceListId", $"{b.ItemNumber} from {Amount(b.MinQuantity)} at {Amount(b.UnitPrice)}"),
        TeamMember m => ("Team", "TeamId", $"member {m.UserName}"),
        OpportunityLine l => ("Opportunity", "OpportunityId", $"line {l.LineNumber}: {Amount(l.Quantity)} × {l.ItemNumber} at {Amount(l.UnitPrice)}"),
        _ => null,
    };

    public static string? Text(object? value) => value switch
    {
        null => null,
        DateTimeOffset at => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal number => Amount(number),
        ReceivingDays days => string.Join(", ", days.Days),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string Amount(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
