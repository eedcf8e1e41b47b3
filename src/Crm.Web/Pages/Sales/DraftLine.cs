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

    /// <summary>Offered for the buyer to choose; outside the total until chosen.</summary>
    public bool Optional { get; set; }

    public AvailabilityLineResponse? Promise { get; set; }

    /// <summary>The promise the quote keeps for the line (as last checked, or its order's): shown when the quote is no
    /// longer edited, instead of asking again.</summary>
    public QuoteLinePromiseResponse? Stored { get; set; }

    public Unit Unit => Unit.Of(Product?.BaseUnit);

    public decimal Price => UnitPrice ?? Product?.UnitPrice ?? 0;

    public decimal Amount => Math.Round(Quantity * Price * (1 - DiscountPercent / 100m), 2, MidpointRounding.AwayFromZero);

    /// <summary>The amount with the quote's discount taken too, rounded once as the server rounds it.</summary>
    public decimal AmountAfter(decimal headerDiscountPercent) =>
        Math.Round(Quantity * Price * (100m - DiscountPercent) * (100m - headerDiscountPercent) / 10000m, 2, MidpointRounding.AwayFromZero);

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

    /// <summary>The account of a prospect (no customer number yet), or of the customer.</summary>
    public long? AccountId { get; set; }

    public long? ContactId { get; set; }

    public string? PaymentTerms { get; set; }

    public string? Incoterms { get; set; }

    public string? IncotermsPlace { get; set; }

    public decimal HeaderDiscountPercent { get; set; }

    public string? IntroText { get; set; }

    public string? ClosingText { get; set; }

    public DateOnly? RequestedDeliveryDate { get; set; }

    public DateOnly? ValidUntil { get; set; }

    public bool ShipComplete { get; set; }

    public List<DraftLine> Lines { get; } = [new()];

    public string Currency => Lines.Select(l => l.Product?.Currency).FirstOrDefault(c => c is not null) ?? "EUR";

    /// <summary>The sum of the lines' rounded amounts, optional lines left out: the server's rule.</summary>
    public decimal Total => Lines.Where(l => !l.Optional).Sum(l => l.AmountAfter(HeaderDiscountPercent));

    public IEnumerable<DraftLine> CheckableLines => Lines.Where(l => l.ReadyToCheck);

    public QuoteRequest ToRequest() => new(
        CustomerNumber, RequestedDeliveryDate, ValidUntil, ShipComplete,
        [.. Lines.Where(l => l.Product is not null || l.ItemText.Length > 0)
            .Select(l => new QuoteLineRequest(l.Product?.ItemNumber ?? l.ItemText, l.Quantity, l.UnitPrice, l.DiscountPercent, l.CompleteDelivery, l.Product?.Plant, l.Optional))],
        CustomerNumber is null ? AccountId : null, ContactId, PaymentTerms, Incoterms, IncotermsPlace, HeaderDiscountPercent, IntroText, ClosingText);

    /// <summary>The check of the lines that have an item and a quantity; null when none has.</summary>
    public AvailabilityRequest? ToCheck()
    {
        var lines = CheckableLines.ToList();
        return lines.Count == 0 ? null : new AvailabilityRequest(
            CustomerNumber, null, RequestedDeliveryDate, ShipComplete,
            [.. lines.Select(l => new AvailabilityLineRequest(l.Product!.ItemNumber, l.Quantity, l.CompleteDelivery, l.Product.Plant))],
            AccountId: CustomerNumber is null ? AccountId : null);
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
            CustomerNumber = quote.Prospect ? null : quote.CustomerNumber,
            AccountId = quote.AccountId,
            ContactId = quote.ContactId,
            PaymentTerms = quote.PaymentTerms,
            Incoterms = quote.Incoterms,
            IncotermsPlace = quote.IncotermsPlace,
            HeaderDiscountPercent = quote.HeaderDiscountPercent,
            IntroText = quote.IntroText,
            ClosingText = quote.ClosingText,
            RequestedDeliveryDate = quote.RequestedDeliveryDate,
            ValidUntil = quote.ValidUntil,
            ShipComplete = quote.ShipComplete,
        };
        draft.Lines.Clear();
        foreach (var l in quote.Lines)
        {
            var line = new DraftLine
            {
                Quantity = l.Quantity, DiscountPercent = l.DiscountPercent, CompleteDelivery = l.CompleteDelivery, ItemText = l.ItemNumber,
                Optional = l.Optional, Stored = l.Promise,
            };
            if (await product(l.ItemNumber) is { } found) line.Choose(found);
            line.UnitPrice = line.Product?.UnitPrice == l.UnitPrice ? null : l.UnitPrice;
            draft.Lines.Add(line);
        }
        return draft;
    }
}
