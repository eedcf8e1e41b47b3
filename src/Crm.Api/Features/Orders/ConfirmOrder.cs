using AutoMapper;
using Crm.Api.Contracts;
using Crm.Api.Features.Atp;
using Crm.Api.Features.Erp;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Promising;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Orders;

/// <summary>Checks availability and reserves it in one database transaction, and writes the commitment to the
/// outbox in the same transaction. Never promises the same unit twice, however many processes confirm at once.</summary>
public sealed class ConfirmOrder(
    CrmDbContext db, ProductLocks locks, AvailabilityReader availability, CustomerLookup customers, SupplyFreshness freshness,
    TimeProvider time, IMapper mapper, OutboxKick outbox)
{
    public async Task<ConfirmOrderResponse> HandleAsync(long orderId, CancellationToken ct)
    {
        // Outside the transaction: a refresh talks to the ERP. On data too old to trust the order is provisional.
        var trusted = await freshness.EnsureFreshAsync(ct);
        var today = time.Today();
        OrderPromise promise;
        string number, status;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var order = await db.SalesOrders.WithCommitmentsAsync(orderId, ct);
            var terms = await customers.TermsAsync(order.CustomerNumber, ct);
            var keys = order.Lines.Select(l => new ProductKey(l.ItemNumber, l.Plant)).Distinct().ToList();
            var deleted = new HashSet<string>();
            var supply = await availability.LoadSupplyAsync(keys, today, ct, deleted);
            RequestedLines.EnsureStillSold([.. order.Lines.Select(l => l.ItemNumber)], deleted);

            await locks.LockAsync(keys, ct);

            // Demand only after the locks: every commitment made before ours is visible now.
            var products = await availability.WithDemandAsync(supply, order, ct);
            promise = PromisingEngine.Promise(order.ToPromiseRequest(today, terms), products);

            var now = time.GetUtcNow();
            order.Confirm(promise, provisional: !trusted, now);
            // A provisional promise stays in the CRM until it is confirmed on fresh data.
            if (trusted)
                db.Outbox.Add(OrderMessages.Created(order, now));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            (number, status) = (order.Number, order.Status.ToString());
        }

        if (trusted) outbox.Soon();
        return new ConfirmOrderResponse(orderId, number, status, today, mapper.Map<List<AvailabilityLineResponse>>(promise.Lines));
    }
}
