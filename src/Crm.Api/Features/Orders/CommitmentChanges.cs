using Crm.Api.Features.Erp;
using Crm.Api.Features.Promises;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Orders;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Orders;

/// <summary>What follows a change to an order's promises, inside its transaction: the change is recorded, the ERP
/// hears of it through the outbox (if it knows the order), and the products' other orders may use what was freed.
/// After the commit, the jobs that carry it on are queued.</summary>
public sealed class CommitmentChanges(
    CrmDbContext db, RepromiseQueue repromise, OutboxKick outbox, IBackgroundJobClient jobs, TimeProvider time, ILogger<CommitmentChanges> log)
{
    /// <param name="tellErp">False when the ERP made the change itself.</param>
    public async Task RecordAsync(SalesOrder order, IReadOnlyList<PromiseChange> changes, string repromiseReason, CancellationToken ct, bool tellErp = true)
    {
        if (changes.Count == 0) return;
        db.PromiseChanges.AddRange(changes);
        var changedLines = changes.Select(c => c.LineNumber).ToHashSet();
        var products = order.Lines.Where(l => changedLines.Contains(l.LineNumber)).Select(l => new ProductKey(l.ItemNumber, l.Plant)).Distinct().ToList();
        await repromise.RequestAsync(products, repromiseReason, ct);

        if (!tellErp) return;
        // A provisional order never went out; it goes out whole once it is confirmed.
        var erpKnowsOrder = await db.Outbox.AnyAsync(m => m.SalesOrderId == order.Id && m.Type == OutboxDispatcher.CreateSalesOrder, ct);
        if (erpKnowsOrder)
            db.Outbox.Add(OrderMessages.Changed(order, time.GetUtcNow()));
    }

    public void CarryOn()
    {
        jobs.EnqueueSoon<ProcessBackorders>(p => p.RunAsync(CancellationToken.None), log);
        outbox.Soon();
    }
}
