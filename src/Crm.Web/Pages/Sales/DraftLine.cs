using Crm.Contracts;
using Crm.Web.Services;

namespace Crm.Web.Pages.Sales;

/// <summary>A line being typed in the quote editor or order entry, with the promise last checked for it.</summary>
public sealed class DraftLine
{
    private static int _next;

    /// <summary>Stable across edits, so the page can focus a line's item box.</summary>
    public int Key { get; } = Interlocked.Increment(ref _next);

    public string ItemText { get; set; } = "";

    public ProductSummary? Product { get; set; }

    public decimal Quantity { get; set; } = 1;

    /// <summary>Null: the list price.</summary>
    public decimal? UnitPrice { get; set; }

    public decimal DiscountPercent { get; set; }

    public bool CompleteDelivery { get; set; }

    public AvailabilityLineResponse? Promise { get; set; }

    public Unit Unit => Unit.Of(Product?.BaseUnit);

    public decimal Price => UnitPrice ?? Product?.UnitPrice ?? 0;

    public decimal Amount => Math.Round(Quantity * Price * (1 - DiscountPercent / 100m), 2);

    public bool ReadyToCheck => Product is not null && Quantity > 0;

    public string ItemInputId => $"item-{Key}";

    public void Choose(ProductSummary product)
    {
        Product = product;
        ItemText = Text(product);
        Promise = null;
    }

    public static string Text(ProductSummary product) => $"{product.ItemNumber} · {product.Description}";
}

/// <summary>The quote editor's working copy: what the rep has typed, before it is saved.</summary>
public sealed class QuoteDraft
{
    public string? CustomerNumber { get; set; }

    public DateOnly? RequestedDeliveryDate { get; set; }

    public DateOnly? ValidUntil { get; set; }

    public bool ShipComplete { get; set; }

    public List<DraftLine> Lines { get; } = [new()];

    public string Currency => Lines.Select(l => l.Product?.Currency).FirstOrDefault(c => c is not null) ?? "EUR";

    public decimal Total => Lines.Sum(l => l.Amount);

    public IEnumerable<DraftLine> CheckableLines => Lines.Where(l => l.ReadyToCheck);

    public QuoteRequest ToRequest() => new(
        CustomerNumber, RequestedDeliveryDate, ValidUntil, ShipComplete,
        [.. Lines.Where(l => l.Product is not null || l.ItemText.Length > 0)
            .Select(l => new QuoteLineRequest(l.Product?.ItemNumber ?? l.ItemText, l.Quantity, l.UnitPrice, l.DiscountPercent, l.CompleteDelivery, l.Product?.Plant))]);

    /// <summary>The check of the lines that have an item and a quantity; null when none has.</summary>
    public AvailabilityRequest? ToCheck()
    {
        var lines = CheckableLines.ToList();
        return lines.Count == 0 ? null : new AvailabilityRequest(
            CustomerNumber, null, RequestedDeliveryDate, ShipComplete,
            [.. lines.Select(l => new AvailabilityLineRequest(l.Product!.ItemNumber, l.Quantity, l.CompleteDelivery, l.Product.Plant))]);
    }

    /// <summary>The answer of <see cref="ToCheck"/>, line by line, onto the lines it was asked for.</summary>
    public void Apply(IReadOnlyList<DraftLine> asked, AvailabilityResponse answer)
    {
        for (var i = 0; i < asked.Count && i < answer.Lines.Count; i++) asked[i].Promise = answer.Lines[i];
    }

    public static async Task<QuoteDraft> FromAsync(QuoteResponse quote, Func<string, Task<ProductSummary?>> product)
    {
        var draft = new QuoteDraft
        {
            CustomerNumber = quote.CustomerNumber,
            RequestedDeliveryDate = quote.RequestedDeliveryDate,
            ValidUntil = quote.ValidUntil,
            ShipComplete = quote.ShipComplete,
        };
        draft.Lines.Clear();
        foreach (var l in quote.Lines)
        {
            var line = new DraftLine { Quantity = l.Quantity, DiscountPercent = l.DiscountPercent, CompleteDelivery = l.CompleteDelivery, ItemText = l.ItemNumber };
            if (await product(l.ItemNumber) is { } found) line.Choose(found);
            line.UnitPrice = line.Product?.UnitPrice == l.UnitPrice ? null : l.UnitPrice;
            draft.Lines.Add(line);
        }
        return draft;
    }
}
