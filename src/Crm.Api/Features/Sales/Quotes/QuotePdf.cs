using System.Globalization;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Pdf;
using Crm.Api.Persistence;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Crm.Api.Features.Sales.Quotes;

/// <summary>The quote as the customer receives it: an A4 PDF with the customer, every line with its price, discount,
/// net amount and the delivery date as last checked, the total, and how long the offer stands.</summary>
public sealed class QuotePdf(CrmDbContext db)
{
    private const double Margin = PdfPageWriter.Margin;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly (string Title, double Width, bool Right)[] Columns =
    [
        ("#", 20, false), ("Item", 62, false), ("Description", 121, false), ("Quantity", 50, true), ("Unit price", 60, true),
        ("Disc. %", 40, true), ("Net amount", 62, true), ("Delivery", 80, true),
    ];

    public async Task<(byte[] Pdf, string FileName)> RenderAsync(long id, CancellationToken ct)
    {
        var quoteId = new QuoteId(id);
        var quote = await db.Quotes.AsNoTracking().Include(q => q.Lines).FirstOrDefaultAsync(q => q.Id == quoteId, ct)
            ?? throw new NotFoundException("Quote", id);
        var customer = await db.Customers.AsNoTracking().Where(c => c.CustomerNumber == quote.CustomerNumber)
            .Select(c => new { c.Name, c.Street, c.PostalCode, c.City, c.Country }).FirstOrDefaultAsync(ct);
        var items = quote.Lines.Select(l => l.ItemNumber).Distinct().ToList();
        var descriptions = await db.Products.AsNoTracking().Where(p => items.Contains(p.ItemNumber)).ToDictionaryAsync(p => p.ItemNumber, p => p.Description, ct);

        EmbeddedFonts.Install();
        using var document = new PdfDocument();
        document.Info.Title = $"Quote {quote.Number} version {quote.VersionNumber}";
        document.Info.Author = "B2BCrm";
        var writer = new PdfPageWriter(document);

        writer.Text($"Quote {quote.Number}", writer.Title, Margin, 0);
        writer.Text($"Version {quote.VersionNumber} · {Statuses(quote.Status)}", writer.Small, 380, 4);
        writer.Down(28);
        writer.Text(customer?.Name ?? quote.CustomerNumber.Value, writer.Bold, Margin, 0);
        writer.Text($"Date {quote.UpdatedAt.UtcDateTime:yyyy-MM-dd}", writer.Body, 380, 0);
        writer.Down(14);
        writer.Text(customer?.Street ?? "", writer.Body, Margin, 0);
        writer.Text($"Valid until {quote.ValidUntil:yyyy-MM-dd}", writer.Body, 380, 0);
        writer.Down(14);
        writer.Text(customer is null ? "" : $"{customer.PostalCode} {customer.City}, {customer.Country}", writer.Body, Margin, 0);
        writer.Text($"Customer {quote.CustomerNumber.Value}", writer.Body, 380, 0);
        writer.Down(14);
        if (quote.RequestedDeliveryDate is { } requested) writer.Text($"Requested delivery {requested:yyyy-MM-dd}", writer.Body, 380, 0);
        writer.Down(30);

        writer.TableHeader(Columns);
        foreach (var line in quote.Lines)
        {
            writer.EnsureRoom(16, () => writer.TableHeader(Columns));
            writer.Row(Columns,
            [
                line.LineNumber.ToString(Invariant), line.ItemNumber, descriptions.GetValueOrDefault(line.ItemNumber) ?? "",
                line.Quantity.ToString("0.####", Invariant), Money(line.UnitPrice), line.DiscountPercent.ToString("0.##", Invariant),
                Money(line.NetAmount), Promise(line),
            ]);
        }
        writer.Rule();
        writer.Down(6);
        writer.EnsureRoom(60, () => { });
        writer.Text($"Net total {Money(quote.NetTotal)} {quote.Currency}", writer.Bold, 330, 0);
        writer.Down(30);
        writer.Text(quote.PromiseCheckedAt is { } checkedAt
                ? $"Delivery dates as checked on {checkedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC; they are promised when the order is confirmed."
                : "Delivery dates have not been checked yet; they are promised when the order is confirmed.",
            writer.Small, Margin, 0);
        writer.Down(12);
        writer.Text($"Prices in {quote.Currency}, excluding tax. This offer stands until {quote.ValidUntil:yyyy-MM-dd}.", writer.Small, Margin, 0);

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return (output.ToArray(), $"{quote.Number}-v{quote.VersionNumber}.pdf");
    }

    private static string Money(decimal amount) => amount.ToString("#,##0.00", Invariant);

    private static string Promise(QuoteLine line) => line.PromisedQuantity switch
    {
        null => "not checked",
        var q when q < line.Quantity && line.PromisedDeliveryDate is { } d => $"{q.Value.ToString("0.####", Invariant)} by {d:yyyy-MM-dd}",
        _ when line.PromisedDeliveryDate is { } d => d.ToString("yyyy-MM-dd", Invariant),
        _ => "not yet",
    };

    private static string Statuses(QuoteStatus status) => status switch
    {
        QuoteStatus.PendingApproval => "waiting for approval",
        _ => status.ToString().ToLowerInvariant(),
    };
}
