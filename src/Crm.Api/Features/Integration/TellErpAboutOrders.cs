using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Integration;

/// <summary>The one rule for what the ERP hears of an order, through the outbox: a confirmed order goes out whole (a
/// provisional one waits until it is confirmed on fresh data, one on credit hold until a manager releases it, a
/// prospect's until the ERP has created the customer); a moved promise of an order the ERP knows goes out as a
/// change, unless the ERP made it. A change message carries the order as it stands when it is delivered, so one
/// waiting message serves every later change too.</summary>
public sealed class TellErpAboutOrders(CrmDbContext db, OutboxKick outbox, TimeProvider time) : IDomainEventHandler
{
    public IReadOnlySet<Type> Handles { get; } = new HashSet<Type> { typeof(OrderConfirmed), typeof(CreditHoldReleased), typeof(OrderCustomerNumbered), typeof(LinePromiseMoved) };

    public async Task HandleAsync(IReadOnlyList<DomainEvent> events, EventWrites writes, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var confirmed = events.OfType<OrderConfirmed>().Where(e => e.Final).Select(e => e.Order)
            .Concat(events.OfType<CreditHoldReleased>().Select(e => e.Order))
            .Concat(events.OfType<OrderCustomerNumbered>().Select(e => e.Order).Where(o => o.Status == SalesOrderStatus.Confirmed))
            .Where(o => !o.AwaitsCustomerNumber)
            .DistinctBy(o => o.Id).ToList();
        var messages = confirmed.Select(o => OrderMessages.Created(o, now)).ToList();
        var goingOut = confirmed.Select(o => o.Id).ToHashSet();
        var changed = events.OfType<LinePromiseMoved>()
            .Where(e => !e.Context.ByErp && !goingOut.Contains(e.Order.Id))
            .Select(e => e.Order).DistinctBy(o => o.Id).ToList();
        if (changed.Count > 0) messages.AddRange(await ChangesAsync(changed, now, ct));
        if (messages.Count == 0) return;
        writes.AddRange(messages);
        writes.AfterCommit(outbox.Soon);
    }

    private async Task<IEnumerable<OutboxMessage>> ChangesAsync(List<SalesOrder> changed, DateTimeOffset now, CancellationToken ct)
    {
        var ids = changed.Select(o => o.Id).ToList();
        // A message being delivered right now may have read the order before this change: it does not count as waiting.
        var sent = await db.Outbox
            .Where(m => ids.Contains(m.SalesOrderId!.Value)
                && (m.Type == OutboxMessage.CreateSalesOrder
                    || (m.Type == OutboxMessage.ChangeSalesOrder && m.DeliveredAt == null && m.DeadAt == null && m.ClaimToken == null)))
            .Select(m => new { OrderId = m.SalesOrderId!.Value, m.Type })
            .ToListAsync(ct);
        var known = sent.Where(m => m.Type == OutboxMessage.CreateSalesOrder).Select(m => m.OrderId).ToHashSet();
        var waiting = sent.Where(m => m.Type == OutboxMessage.ChangeSalesOrder).Select(m => m.OrderId).ToHashSet();
        return changed.Where(o => known.Contains(o.Id) && !waiting.Contains(o.Id)).Select(o => OrderMessages.Changed(o, now));
    }
}
