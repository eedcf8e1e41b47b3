using Crm.Api.Features.Accounts;
using System.Globalization;
using Crm.Api.Infrastructure.Pdf;
using Crm.Api.Persistence;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;
using PdfSharp.Pdf;

namespace Crm.Api.Features.Portal;

/// <summary>A copy of an invoice as the ERP sent it (number, order, amount, due date, paid or open) with the order's
/// lines, as an A4 PDF.</summary>
public sealed class InvoicePdf(CrmDbContext db)
{
    private const double Margin = PdfPageWriter.Margin;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly (string Title, double Width, bool Right)[] Columns =
        [("#", 24, false), ("Item", 80, false), ("Description", 200, false), ("Quantity", 60, true), ("Shipped", 60, true), ("Net amount", 70, true)];

    public async Task<(byte[] Pdf, string FileName)> RenderAsync(Invoice invoice, SalesOrder order, CancellationToken ct)
    {
        var customer = await db.Accounts.AsNoTracking().Buying(order.CustomerNumber)
            .Select(c => new { c.Name, c.Street, c.PostalCode, c.City, c.Country }).FirstOrDefaultAsync(ct);
        var items = order.Lines.Select(l => l.ItemNumber).Distinct().ToList();
        var descriptions = await db.Products.AsNoTracking().Where(p => items.Contains(p.ItemNumber)).ToDictionaryAsync(p => p.ItemNumber, p => p.Description, ct);

        EmbeddedFonts.Install();
        using var document = new PdfDocument();
        document.Info.Title = $"Invoice {invoice.InvoiceNumber}";
        document.Info.Author = "B2BCrm";
        var writer = new PdfPageWriter(document);
        writer.Text($"Invoice {invoice.InvoiceNumber}", writer.Title, Margin, 0);
        writer.Text(invoice.Paid ? $"Paid{(invoice.PaidAt is { } paid ? $" on {paid.UtcDateTime:yyyy-MM-dd}" : "")}" : "Open", writer.Bold, 380, 4);
        writer.Down(28);
        writer.Text(customer?.Name ?? order.CustomerNumber.Value, writer.Bold, Margin, 0);
        writer.Text($"Order {order.Number}", writer.Body, 380, 0);
        writer.Down(14);
        writer.Text(customer?.Street ?? "", writer.Body, Margin, 0);
        if (order.PurchaseOrderNumber is { } po) writer.Text($"Your order {po}", writer.Body, 380, 0);
        writer.Down(14);
        writer.Text(customer is null ? "" : $"{customer.PostalCode} {customer.City}, {customer.Country}", writer.Body, Margin, 0);
        writer.Text($"Due {invoice.DueDate:yyyy-MM-dd}", writer.Body, 380, 0);
        writer.Down(30);

        writer.TableHeader(Columns);
        foreach (var line in order.Lines.Where(l => !l.Cancelled).OrderBy(l => l.LineNumber))
        {
            writer.EnsureRoom(16, () => writer.TableHeader(Columns));
            writer.Row(Columns,
            [
                line.LineNumber.ToString(Invariant), line.ItemNumber, descriptions.GetValueOrDefault(line.ItemNumber) ?? "",
                line.Quantity.ToString("0.####", Invariant), line.ShippedQuantity.ToString("0.####", Invariant), Money(line.NetAmount),
            ]);
        }
        writer.Rule();
        writer.Down(6);
        writer.EnsureRoom(60, () => { });
        writer.Text($"Invoice amount {Money(invoice.Amount)} {invoice.Currency}", writer.Bold, 330, 0);
        writer.Down(30);
        writer.Text("A copy of the invoice as our ERP issued it; the amount is the invoice's, the lines are the order's.", writer.Small, Margin, 0);

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return (output.ToArray(), $"{invoice.InvoiceNumber}.pdf");
    }

    private static string Money(decimal amount) => amount.ToString("#,##0.00", Invariant);
}
