using System.Globalization;
using System.Security.Cryptography;
using Crm.Api.Features.Accounts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Pdf;
using Crm.Api.Persistence;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Crm.Api.Features.Sales.Quotes;

/// <summary>A quote's PDF, its file name and the SHA-256 of its bytes (what an acceptance online keeps as evidence).</summary>
public sealed record QuoteDocument(byte[] Pdf, string FileName, string Sha256);

/// <summary>The quote as the customer receives it: an A4 PDF with the customer and contact, the terms, every line with
/// its price, discount, net amount and the dates it could be delivered on (split deliveries apart), optional lines
/// apart, the totals, and how long the offer stands. Dates older than the freshness limit are asked again first.</summary>
public sealed class QuotePdf(CrmDbContext db, QuotePromises promises, UnitOfWork unitOfWork)
{
    private const double Margin = PdfPageWriter.Margin;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly (string Title, double Width, bool Right)[] Columns =
    [
        ("#", 20, false), ("Item", 62, false), ("Description", 111, false), ("Quantity", 50, true), ("Unit price", 60, true),
        ("Disc. %", 40, true), ("Net amount", 62, true), ("Delivery", 90, true),
    ];

    public async Task<QuoteDocument> RenderAsync(long id, CancellationToken ct)
    {
        var quoteId = new QuoteId(id);
        var quote = await db.Quotes.Include(q => q.Lines).FirstOrDefaultAsync(q => q.Id == quoteId, ct)
            ?? throw new NotFoundException("Quote", id);
        if (await promises.RefreshIfStaleAsync(quote, ct)) await unitOfWork.SaveAsync(ct);
        return await RenderAsync(quote, ct);
    }

    public async Task<QuoteDocument> RenderAsync(Quote quote, CancellationToken ct)
    {
        var customer = await db.Accounts.AsNoTracking().Buying(quote.CustomerNumber)
            .Select(c => new { c.Name, c.Street, c.PostalCode, c.City, c.Country }).FirstOrDefaultAsync(ct);
        var contact = quote.Terms.Contact is { } contactId
            ? await db.Contacts.AsNoTracking().Where(c => c.Id == contactId).Select(c => (c.FirstName + " " + c.LastName).Trim()).FirstOrDefaultAsync(ct)
            : null;
        var items = quote.Lines.Select(l => l.ItemNumber).Distinct().ToList();
        var descriptions = await db.Products.AsNoTracking().Where(p => items.Contains(p.ItemNumber)).ToDictionaryAsync(p => p.ItemNumber, p => p.Description, ct);
        var orderNumber = quote.SalesOrderId is { } orderId
            ? await db.SalesOrders.AsNoTracking().Where(o => o.Id == orderId).Select(o => o.Number).FirstOrDefaultAsync(ct)
            : null;

        EmbeddedFonts.Install();
        using var document = new PdfDocument();
        document.Info.Title = $"Quote {quote.Number} version {quote.VersionNumber}";
        document.Info.Author = "B2BCrm";
        // Fixed, so the same quote renders the same bytes and its hash stands for what the buyer saw.
        document.Info.CreationDate = quote.UpdatedAt.UtcDateTime;
        document.Info.ModificationDate = quote.UpdatedAt.UtcDateTime;
        var fileId = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{quote.Number}/{quote.VersionNumber}/{quote.UpdatedAt:O}")))[..32];
        (document.Internals.FirstDocumentID, document.Internals.SecondDocumentID) = (fileId, fileId);
        var writer = new PdfPageWriter(document);

        writer.Text($"Quote {quote.Number}", writer.Title, Margin, 0);
        writer.Text($"Version {quote.VersionNumber} · {Statuses(quote.Status)}", writer.Small, 380, 4);
        writer.Down(28);
        Block(writer,
            [customer?.Name ?? quote.CustomerNumber.Value, customer?.Street ?? "", customer is null ? "" : $"{customer.PostalCode} {customer.City}, {customer.Country}",
             contact is null ? "" : $"Attn. {contact}"],
            [$"Date {quote.UpdatedAt.UtcDateTime:yyyy-MM-dd}", $"Valid until {quote.ValidUntil:yyyy-MM-dd}",
             quote.AwaitsCustomerNumber ? "New customer" : $"Customer {quote.CustomerNumber.Value}",
             quote.RequestedDeliveryDate is { } requested ? $"Requested delivery {requested:yyyy-MM-dd}" : ""]);
        writer.Down(10);
        if (quote.Terms.IntroText is { } intro)
        {
            writer.Paragraph(intro, writer.Body);
            writer.Down(8);
        }

        Lines(writer, quote.Lines.Where(l => !l.Optional), descriptions);
        writer.Rule();
        writer.Down(6);
        writer.EnsureRoom(70, () => { });
        if (quote.Terms.HeaderDiscountPercent > 0)
        {
            Total(writer, "Lines total", quote.TotalBeforeHeaderDiscount, quote.Currency, writer.Body);
            Total(writer, $"Quote discount {quote.Terms.HeaderDiscountPercent.ToString("0.##", Invariant)} %",
                quote.NetTotal - quote.TotalBeforeHeaderDiscount, quote.Currency, writer.Body);
        }
        Total(writer, "Net total", quote.NetTotal, quote.Currency, writer.Bold);

        var optional = quote.Lines.Where(l => l.Optional).ToList();
        if (optional.Count > 0)
        {
            writer.Down(14);
            writer.EnsureRoom(40, () => { });
            writer.Text("Optional lines (not in the total; choose them when you accept)", writer.Bold, Margin, 0);
            writer.Down(16);
            Lines(writer, optional, descriptions);
            writer.Rule();
        }

        writer.Down(16);
        writer.EnsureRoom(80, () => { });
        foreach (var term in Terms(quote)) writer.Paragraph(term, writer.Body);
        writer.Down(6);
        writer.Paragraph(DatesStatement(quote, orderNumber), writer.Small);
        writer.Paragraph($"Prices in {quote.Currency}, excluding tax. This offer stands until {quote.ValidUntil:yyyy-MM-dd}.", writer.Small);
        if (quote.Terms.ClosingText is { } closing)
        {
            writer.Down(8);
            writer.Paragraph(closing, writer.Body);
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        var bytes = output.ToArray();
        return new QuoteDocument(bytes, $"{quote.Number}-v{quote.VersionNumber}.pdf", Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    private static void Block(PdfPageWriter writer, IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        for (var i = 0; i < Math.Max(left.Count, right.Count); i++)
        {
            writer.Text(i < left.Count ? left[i] : "", i == 0 ? writer.Bold : writer.Body, Margin, 0);
            writer.Text(i < right.Count ? right[i] : "", writer.Body, 380, 0);
            writer.Down(14);
        }
    }

    private static void Lines(PdfPageWriter writer, IEnumerable<QuoteLine> lines, IReadOnlyDictionary<string, string> descriptions)
    {
        writer.TableHeader(Columns);
        foreach (var line in lines)
        {
            var deliveries = Deliveries(line);
            writer.EnsureRoom(16 * deliveries.Count, () => writer.TableHeader(Columns));
            writer.Row(Columns,
            [
                line.LineNumber.ToString(Invariant), line.ItemNumber, descriptions.GetValueOrDefault(line.ItemNumber) ?? "",
                line.Quantity.ToString("0.####", Invariant), Money(line.UnitPrice), line.DiscountPercent.ToString("0.##", Invariant),
                Money(line.NetAmount), deliveries[0],
            ]);
            foreach (var more in deliveries.Skip(1)) writer.Row(Columns, ["", "", "", "", "", "", "", more]);
        }
    }

    private static void Total(PdfPageWriter writer, string label, decimal amount, string currency, XFont font)
    {
        writer.Text(label, font, 300, 0);
        writer.Text($"{Money(amount)} {currency}", font, 440, 0);
        writer.Down(14);
    }

    /// <summary>A line's dates as last checked (<see cref="DeliveryRows"/>).</summary>
    public static IReadOnlyList<string> Deliveries(QuoteLine line) => line.PromisedQuantity is null
        ? ["not checked"]
        : DeliveryRows.Of(line.Quantity, line.PromisedDeliveries.Select(d => (d.Quantity, d.DeliveryDate)), "no date yet");

    private static IEnumerable<string> Terms(Quote quote)
    {
        if (quote.Terms.PaymentTerms is { } payment) yield return $"Payment: {payment}";
        if (quote.Terms.Incoterms is { } rule) yield return $"Delivery terms: {rule} {quote.Terms.IncotermsPlace} (Incoterms® 2020)";
        if (quote.ShipComplete) yield return "Shipped complete: every line together.";
    }

    private static string DatesStatement(Quote quote, string? orderNumber) => quote switch
    {
        { SalesOrderId: not null } => $"Ordered as {orderNumber}; its order confirmation carries the confirmed dates.",
        { PromiseCheckedAt: { } at } when quote.Lines.Any(l => l.PromisedQuantity < l.Quantity) =>
            $"Dates as of {at.UtcDateTime:yyyy-MM-dd HH:mm} UTC, confirmed when you accept. Lines marked \"no date yet\" cannot be promised from today's stock, production and purchases; we confirm them as soon as supply allows.",
        { PromiseCheckedAt: { } at } => $"Dates as of {at.UtcDateTime:yyyy-MM-dd HH:mm} UTC, confirmed when you accept.",
        _ => "Delivery dates have not been checked yet; they are confirmed when you accept.",
    };

    private static string Money(decimal amount) => amount.ToString("#,##0.00", Invariant);

    private static string Statuses(QuoteStatus status) => status switch
    {
        QuoteStatus.PendingApproval => "waiting for approval",
        _ => status.ToString().ToLowerInvariant(),
    };
}
