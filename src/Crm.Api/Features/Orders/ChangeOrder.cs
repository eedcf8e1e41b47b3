using Crm.Api.Features.Atp;
using Crm.Api.Features.Promises;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Api.Features.Catalog;
using Crm.Domain.Common;
using Crm.Domain.Orders;
using Crm.Domain.Promising;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Orders;

/// <summary>Changes to an order after entry. Each runs under its products' locks, re-checks only what changed,
/// frees what is no longer needed, and records every moved promise.</summary>
public sealed class ChangeOrder(
    CrmDbContext db, ProductLocks locks, AvailabilityReader availability, CustomerLookup customers, CommitmentChanges effects, TimeProvider time)
{
    private const string DefaultReason = "Changed at the customer's request";

    public Task CancelAsync(long id, string? reason, string user, CancellationToken ct) =>
        InTransactionAsync(id, order => Task.FromResult(order.Cancel(Reason(reason), user, time.GetUtcNow())), ct);

    public Task CancelLineAsync(long id, int lineNumber, string? reason, string user, CancellationToken ct) =>
        InTransactionAsync(id, order => Task.FromResult<IReadOnlyList<PromiseChange>>(
            [Known(order, lineNumber).CancelLine(lineNumber, Reason(reason), user, time.GetUtcNow())]), ct);

    public Task ChangeQuantityAsync(long id, int lineNumber, decimal quantity, string? reason, string user, CancellationToken ct) =>
        InTransactionAsync(id, async order =>
        {
            var before = Known(order, lineNumber).PromisedFor(lineNumber);
            var committed = order.IsCommitted;
            var unit = await db.UnitOfAsync(order.Lines.First(l => l.LineNumber == lineNumber).ItemNumber, ct);
            order.ChangeQuantity(lineNumber, unit.Quantity(quantity, "quantity"));
            if (!committed) return [];
            if (order.Unpromised(lineNumber) > 0)
            {
                // A line or an order that must arrive whole is promised again as a whole.
                if (!order.PromisesLinesSeparately(lineNumber))
                    return await RepromiseAsync(order, PromiseChangeKind.QuantityChanged, Reason(reason), user, ct);
                // Otherwise only the extra is checked, against everything committed so far, this line's part included.
                var products = await availability.LoadAsync(Products(order), time.Today(), excluding: null, ct);
                var terms = await customers.TermsAsync(order.CustomerNumber, ct, existingOrder: true);
                var extra = PromisingEngine.Promise(order.ExtraRequest(lineNumber, order.Unpromised(lineNumber), time.Today(), terms), products);
                order.AddPromise(lineNumber, extra.Lines.Single());
            }
            return [order.RecordChange(lineNumber, before, PromiseChangeKind.QuantityChanged, Reason(reason), user, time.GetUtcNow())];
        }, ct);

    public Task ChangeRequestedDateAsync(long id, DateOnly? requestedDeliveryDate, string? reason, string user, CancellationToken ct) =>
        InTransactionAsync(id, async order =>
        {
            order.ChangeRequestedDate(requestedDeliveryDate, time.Today());
            return order.IsCommitted ? await RepromiseAsync(order, PromiseChangeKind.DateChanged, Reason(reason), user, ct) : [];
        }, ct);

    /// <summary>Releases the order's own commitments and promises its lines again against everything else.</summary>
    private async Task<IReadOnlyList<PromiseChange>> RepromiseAsync(
        SalesOrder order, PromiseChangeKind kind, string reason, string user, CancellationToken ct)
    {
        var products = await availability.LoadAsync(Products(order), time.Today(), order, ct);
        var terms = await customers.TermsAsync(order.CustomerNumber, ct, existingOrder: true);
        var promise = PromisingEngine.Promise(order.ToPromiseRequest(time.Today(), terms), products);
        return order.Repromise(promise, kind, reason, user, time.GetUtcNow());
    }

    private async Task InTransactionAsync(long id, Func<SalesOrder, Task<IReadOnlyList<PromiseChange>>> change, CancellationToken ct)
    {
        await db.RetryAsync(async () =>
        {
            await ChangeOnceAsync(id, change, ct);
            return true;
        });
        effects.CarryOn();
    }

    private async Task ChangeOnceAsync(long id, Func<SalesOrder, Task<IReadOnlyList<PromiseChange>>> change, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var order = await db.SalesOrders.WithCommitmentsAsync(id, ct);
        await locks.LockAsync(Products(order), ct);
        await effects.RecordAsync(order, await change(order), RepromiseQueue.CommitmentsReleased, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>A line number that the order never had is an unknown address (404); a cancelled one is a broken rule.</summary>
    private static SalesOrder Known(SalesOrder order, int lineNumber) =>
        order.Lines.Any(l => l.LineNumber == lineNumber) ? order : throw new NotFoundException($"Line of order {order.Number}", lineNumber);

    private static List<ProductKey> Products(SalesOrder order) =>
        [.. order.ActiveLines.Select(l => new ProductKey(l.ItemNumber, l.Plant)).Distinct()];

    private static string Reason(string? reason) => string.IsNullOrWhiteSpace(reason) ? DefaultReason : reason.Trim();
}
