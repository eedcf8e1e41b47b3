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
}
