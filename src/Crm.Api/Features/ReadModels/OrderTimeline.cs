using Crm.Api.Features.Integration;
using System.Globalization;
using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.ReadModels;

/// <summary>An order's story in time: created, confirmed, held and released, sent to the ERP, every moved promise,
/// deliveries with tracking, invoices and payments, cancelled. Read from the records each step left.</summary>
public sealed class OrderTimeline(CrmDbContext db)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public async Task<IReadOnlyList<TimelineEntry>> ForAsync(long id, CancellationToken ct)
    {
        var orderId = new SalesOrderId(id);
        var order = await db.SalesOrders.AsNoTracking().Where(o => o.Id == orderId)
            .Select(o => new
            {
                o.Number, o.CreatedAt, o.CreatedBy, o.QuoteId, o.ConfirmedAt, o.ConfirmedBy, o.Status, o.CreditHeldAt, o.CreditHoldReason,
                o.CreditReleasedAt, o.CreditReleasedBy, o.CancelledAt, o.CancelledBy, o.CancelReason, o.ErpOrderNumber, o.Currency,
            })
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Sales order", id);

        var entries = new List<TimelineEntry>
        {
            new(order.CreatedAt, "Created", order.QuoteId is { } quote ? $"Created from quote {quote.Value}." : "Entered.", order.CreatedBy),
        };
        if (order.ConfirmedAt is { } confirmed)
            entries.Add(new(confirmed, "Confirmed", "Promised and reserved.", order.ConfirmedBy));
        if (order.CreditHeldAt is { } held)
            entries.Add(new(held, "CreditHold", $"Held for credit: {order.CreditHoldReason}", order.ConfirmedBy));
        if (order.CreditReleasedAt is { } released)
            entries.Add(new(released, "CreditReleased", "Released from credit hold.", order.CreditReleasedBy));

        var sent = await db.Outbox.AsNoTracking().Where(m => m.SalesOrderId == orderId && m.DeliveredAt != null)
            .Select(m => new { m.Type, m.DeliveredAt }).ToListAsync(ct);
        entries.AddRange(sent.Select(m => m.Type == OutboxMessage.CreateSalesOrder
            ? new TimelineEntry(m.DeliveredAt!.Value, "SentToErp", order.ErpOrderNumber is { } erp ? $"Sent to the ERP (ERP order {erp})." : "Sent to the ERP.")
            : new TimelineEntry(m.DeliveredAt!.Value, "SentToErp", "A change was sent to the ERP.")));

        var changes = await db.PromiseChanges.AsNoTracking().Where(c => c.SalesOrderId == orderId).ToListAsync(ct);
        entries.AddRange(changes.Select(c => new TimelineEntry(c.ChangedAt, "PromiseChanged",
            $"Line {c.LineNumber} ({c.ItemNumber}): {Describe(c.Kind)}, {Parts(c.Before)} → {Parts(c.After)}" + (c.Reason.Length > 0 ? $". {c.Reason}" : "."),
            c.ChangedBy)));

        var deliveries = await db.Deliveries.AsNoTracking().Where(d => d.OrderNumber == order.Number).ToListAsync(ct);
        // When the CRM heard of it: the ship date has no time of day, and the ERP's clock is not the CRM's.
        entries.AddRange(deliveries.Select(d => new TimelineEntry(
            d.ReceivedAt ?? d.LastChange, "Delivered",
            $"Shipped {d.Quantity.ToString("0.####", Invariant)} of line {d.LineNumber} ({d.ItemNumber}) on {d.ShipDate:yyyy-MM-dd}, delivery {d.DeliveryNumber}"
                + (d.TrackingNumber is { } tracking ? $", tracking {tracking}." : "."), "erp")));

        var invoices = await db.Invoices.AsNoTracking().Where(i => i.OrderNumber == order.Number).ToListAsync(ct);
        foreach (var invoice in invoices)
        {
            var amount = $"{invoice.Amount.ToString("#,##0.00", Invariant)} {invoice.Currency}";
            entries.Add(new(invoice.ReceivedAt ?? invoice.LastChange, "Invoiced", $"Invoice {invoice.InvoiceNumber} for {amount}, due {invoice.DueDate:yyyy-MM-dd}.", "erp"));
            if (invoice.PaidAt is { } paid) entries.Add(new(paid, "Paid", $"Invoice {invoice.InvoiceNumber} paid ({amount}).", "erp"));
        }

        if (order.CancelledAt is { } cancelled)
            entries.Add(new(cancelled, "Cancelled", order.CancelReason is { } why ? $"Cancelled: {why}" : "Cancelled.", order.CancelledBy));

        // A stable order for entries of one instant: the order of the steps in an order's life.
        return [.. entries.Select((e, i) => (e, i)).OrderBy(x => x.e.At).ThenBy(x => Rank(x.e.Kind)).ThenBy(x => x.i).Select(x => x.e)];
    }

    private static int Rank(string kind) => Array.IndexOf(Kinds, kind);

    private static readonly string[] Kinds =
        ["Created", "Confirmed", "CreditHold", "CreditReleased", "SentToErp", "PromiseChanged", "Delivered", "Invoiced", "Paid", "Cancelled"];

    private static string Describe(PromiseChangeKind kind) => kind switch
    {
        PromiseChangeKind.Repromised => "promised again as supply moved",
        PromiseChangeKind.QuantityChanged => "quantity changed",
        PromiseChangeKind.DateChanged => "requested date changed",
        PromiseChangeKind.LineCancelled => "line cancelled",
        PromiseChangeKind.OrderCancelled => "order cancelled",
        PromiseChangeKind.ManualOverride => "promised by hand",
        _ => kind.ToString(),
    };

    private static string Parts(IReadOnlyList<PromisedPart> parts) =>
        parts.Count == 0 ? "nothing" : string.Join(", ", parts.Select(p => $"{p.Quantity.ToString("0.####", Invariant)} on {p.DeliveryDate:yyyy-MM-dd}"));
}
