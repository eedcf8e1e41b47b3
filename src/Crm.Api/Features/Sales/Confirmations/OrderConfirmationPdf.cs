using System.Globalization;
using Crm.Api.Features.Accounts;
using Crm.Api.Infrastructure.Pdf;
using Crm.Api.Persistence;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;
using PdfSharp.Pdf;

namespace Crm.Api.Features.Sales.Confirmations;

/// <summary>An order confirmation as the customer receives it: every line with its price and the dates it is promised
/// for (a row per delivery when it comes in parts), the total, and the customer's purchase order number.</summary>
public sealed class OrderConfirmationPdf(CrmDbContext db)
{
    private const double Margin = PdfPageWriter.Margin;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly (string Title, double Width, bool Right)[] Columns =
    [
        ("#", 20, false), ("Item", 62, false), ("Description", 121, false), ("Quantity", 50, true), ("Unit price", 60, true),
        ("Disc. %", 40, true), ("Net amount", 62, true), ("Delivery", 80, true),
    ];

    public async Task<(byte[] Pdf, string FileName)> RenderAsync(SalesOrder order, CancellationToken ct)
    {
        var customer = await db.Accounts.AsNoTracking().Buying(order.CustomerNumber)
            .Select(c => new { c.Name, c.Street, c.PostalCode, c.City, c.Country }).FirstOrDefaultAsync(ct);
        var items = order.Lines.Select(l => l.ItemNumber).Distinct().ToList();
        var descriptions = await db.Products.AsNoTracking().Where(p => items.Contains(p.ItemNumber)).ToDictionaryAsync(p => p.ItemNumber, p => p.Description, ct);

        EmbeddedFonts.Install();
        using var document = new PdfDocument();
        document.Info.Title = $"Order confirmation {order.Number}";
        document.Info.Author = "B2BCrm";
        var writer = new PdfPageWriter(document);
        writer.Text($"Order confirmation {order.Number}", writer.Title, Margin, 0);
        writer.Down(28);
        writer.Text(customer?.Name ?? order.CustomerNumber.Value, writer.Bold, Margin, 0);
        writer.Text($"Date {(order.ConfirmedAt ?? order.CreatedAt).UtcDateTime:yyyy-MM-dd}", writer.Body, 380, 0);
        writer.Down(14);
        writer.Text(customer?.Street ?? "", writer.Body, Margin, 0);
        if (order.PurchaseOrderNumber is { } po) writer.Text($"Your order {po}", writer.Body, 380, 0);
        writer.Down(14);
        writer.Text(customer is null ? "" : $"{customer.PostalCode} {customer.City}, {customer.Country}", writer.Body, Margin, 0);
        writer.Down(30);

        writer.TableHeader(Columns);
        foreach (var line in order.ActiveLines.OrderBy(l => l.LineNumber))
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
        writer.Rule();
        writer.Down(6);
        writer.EnsureRoom(60, () => { });
        writer.Text($"Net total {Money(order.NetTotal)} {order.Currency}", writer.Bold, 330, 0);
        writer.Down(30);
        writer.Paragraph("The delivery dates are confirmed: the goods are reserved for you. Should a date ever move, we tell you at once, with the reason.", writer.Small);
        writer.Paragraph($"Prices in {order.Currency}, excluding tax.", writer.Small);

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return (output.ToArray(), $"{order.Number}.pdf");
    }

    public static IReadOnlyList<string> Deliveries(SalesOrderLine line) =>
        DeliveryRows.Of(line.Quantity, line.ScheduleLines.Select(s => (s.Quantity, s.DeliveryDate)), "date to follow");

    private static string Money(decimal amount) => amount.ToString("#,##0.00", Invariant);
}
