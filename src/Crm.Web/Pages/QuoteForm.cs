using Crm.Api.Contracts;

namespace Crm.Web.Pages;

/// <summary>The quote editor's working copy: what the rep has typed, before it is saved.</summary>
public sealed class QuoteForm
{
    public string CustomerNumber { get; set; } = "";

    public DateOnly? RequestedDeliveryDate { get; set; }

    public DateOnly? ValidUntil { get; set; }

    public bool ShipComplete { get; set; }

    public List<Line> Lines { get; } = [new()];

    public sealed class Line
    {
        public string ItemNumber { get; set; } = "";

        public decimal Quantity { get; set; } = 1;

        public decimal? UnitPrice { get; set; }

        public decimal DiscountPercent { get; set; }

        public bool CompleteDelivery { get; set; }
    }

    public static QuoteForm From(QuoteResponse quote)
    {
        var form = new QuoteForm
        {
            CustomerNumber = quote.CustomerNumber,
            RequestedDeliveryDate = quote.RequestedDeliveryDate,
            ValidUntil = quote.ValidUntil,
            ShipComplete = quote.ShipComplete,
        };
        form.Lines.Clear();
        form.Lines.AddRange(quote.Lines.Select(l => new Line
        {
            ItemNumber = l.ItemNumber, Quantity = l.Quantity, UnitPrice = l.UnitPrice, DiscountPercent = l.DiscountPercent, CompleteDelivery = l.CompleteDelivery,
        }));
        return form;
    }

    public QuoteRequest ToRequest() => new(
        CustomerNumber, RequestedDeliveryDate, ValidUntil, ShipComplete,
        [.. Lines.Select(l => new QuoteLineRequest(l.ItemNumber, l.Quantity, l.UnitPrice, l.DiscountPercent, l.CompleteDelivery))]);

    public AvailabilityRequest ToCheck() => new(
        string.IsNullOrWhiteSpace(CustomerNumber) ? null : CustomerNumber, null, RequestedDeliveryDate, ShipComplete,
        [.. Lines.Select(l => new AvailabilityLineRequest(l.ItemNumber, l.Quantity, l.CompleteDelivery))]);
}
