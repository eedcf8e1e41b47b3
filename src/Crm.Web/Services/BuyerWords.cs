namespace Crm.Web.Services;

/// <summary>The portal's words for where a document stands: the customer's, never the company's internal ones.</summary>
public static class BuyerWords
{
    public static string QuoteStatus(string status) => status switch
    {
        "AwaitingYourAnswer" => "Waiting for your answer",
        "Accepted" => "Accepted",
        "Declined" => "Declined",
        "Expired" => "Expired",
        _ => status,
    };

    /// <summary>An order as the buyer thinks of it: confirmed until something ships, never the ERP's hand-over.</summary>
    public static string OrderStatus(string status) => status switch
    {
        "Draft" => "Received",
        "Confirmed" or "Provisional" or "CreditHold" or "Released" or "InProduction" => "Confirmed",
        "PartiallyShipped" => "Partly shipped",
        "Shipped" => "Shipped",
        "Invoiced" => "Invoiced",
        "Closed" => "Completed",
        "Cancelled" => "Cancelled",
        _ => status,
    };
}
