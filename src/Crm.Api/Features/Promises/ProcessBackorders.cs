using Crm.Api.Contracts;
using Crm.Api.Features.Atp;
using Crm.Api.Features.Erp;
using Crm.Api.Features.Orders;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Calendars;
using Crm.Domain.Common;
using Crm.Domain.Orders;
using Crm.Domain.Promising;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Promises;

/// <summary>Works through the queued products (<see cref="RepromiseQueue"/>): under each product's lock, its open
/// commitments are promised again by <see cref="BackorderProcessing"/>; every moved line is recorded and, for an order the
/// ERP knows, the changed commitment goes out through the outbox. Products are taken in batches, one transaction each.</summary>
public sealed class ProcessBackorders(
    CrmDbContext db, ProductLocks locks, AvailabilityReader availability, BackorderOptions options, IBackgroundJobClient jobs,
    TimeProvider time, ILogger<ProcessBackorders> log)
{
    public const string ChangedBy = "backorder-processing";
    private const int ProductsPerBatch = 200;

    public async Task<BackorderRunResponse> RunAsync(CancellationToken ct)
    {
        var started = time.GetUtcNow();
        var total = BackorderRunResponse.None;
        while (!ct.IsCancellationRequested)
        {
            var pending = await db.RepromiseRequests.AsNoTracking().OrderBy(r => r.Id).Take(ProductsPerBatch * 4).ToListAsync(ct);
            if (pending.Count == 0) break;
            var batch = pending.GroupBy(r => new ProductKey(r.ItemNumber, r.Plant)).Take(ProductsPerBatch).ToList();
            var done = await db.RetryAsync(() => ProcessAsync(batch, ct));
            total = total.Plus(done);
        }
        if (total.OrdersChanged > 0) jobs.EnqueueSoon<OutboxDispatcher>(d => d.DispatchAsync(CancellationToken.None), log);
        if (total.Products > 0)
            log.LogInformation("Backorder processing: {Products} products, {Orders} orders and {Lines} lines changed, {AtRisk} lines at risk, in {Elapsed}",
                total.Products, total.OrdersChanged, total.LinesChanged, total.LinesAtRisk, time.GetUtcNow() - started);
        return total;
    }

    private async Task<BackorderRunResponse> ProcessAsync(List<IGrouping<ProductKey, RepromiseRequest>> batch, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var today = time.Today();
        var now = time.GetUtcNow();
        var keys = batch.Select(g => g.Key).ToHashSet();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await locks.LockAsync(keys, ct);

        // Read after the locks: no confirmation of these products can slip in between.
        var orders = await OpenOrdersAsync(keys, ct);
        var products = await availability.LoadSupplyAsync([.. keys], today, ct);
        var customers = await CustomersAsync(orders, ct);
        var calendars = await db.PlantCalendars.AsNoTracking().ToDictionaryAsync(c => c.Plant, ct);
        var schedules = new Dictionary<(long, int), DeliverySchedule>();
        DeliverySchedule ScheduleOf(SalesOrder order, SalesOrderLine line)
        {
            if (schedules.TryGetValue((order.Id, line.LineNumber), out var schedule)) return schedule;
            var calendar = calendars.GetValueOrDefault(line.Plant) ?? PlantCalendar.Standard(line.Plant);
            var transit = customers.GetValueOrDefault(order.CustomerNumber)?.TransitDays ?? 0;
            return schedules[(order.Id, line.LineNumber)] = new DeliverySchedule(calendar, today, order.RequestedDeliveryDate, transit);
        }

        var repromised = new List<RepromisedLine>();
        var openLines = orders.SelectMany(o => o.ActiveLines.Select(l => (Order: o, Line: l)))
            .Where(x => keys.Contains(new ProductKey(x.Line.ItemNumber, x.Line.Plant)))
            .GroupBy(x => new ProductKey(x.Line.ItemNumber, x.Line.Plant));
        foreach (var product in openLines)
        {
            // Lines on an item the ERP no longer knows keep what they hold; there is no supply to weigh them against.
            if (!products.TryGetValue(product.Key, out var supply)) continue;
            var commitments = product
                .Select(x => x.Order.CommitmentOf(x.Line, options.TierOf(customers.GetValueOrDefault(x.Order.CustomerNumber)?.Group), ScheduleOf(x.Order, x.Line)))
                .ToList();
            repromised.AddRange(BackorderProcessing.Run(supply, today, commitments, options.PullForward));
        }

        var byId = orders.ToDictionary(o => o.Id);
        var result = BackorderRunResponse.None with { Products = keys.Count };
        var reasons = batch.ToDictionary(g => g.Key, g => g.Select(r => r.Reason));
        foreach (var orderLines in repromised.GroupBy(r => r.Key.OrderId))
        {
            var order = byId[orderLines.Key];
            var before = order.ActiveLines.ToDictionary(l => l.LineNumber, l => l.ConfirmedQuantity);
            var reason = Reason(order, orderLines, reasons);
            var changes = order.ApplyBackorderProcessing([.. orderLines], line => ScheduleOf(order, line), reason, ChangedBy, now);
            if (changes.Count == 0) continue;
            db.PromiseChanges.AddRange(changes);
            var atRisk = changes.Count(c => order.Lines.Single(l => l.LineNumber == c.LineNumber).AtRiskSince is not null);
            result = result.Plus(new BackorderRunResponse(0, 1, changes.Count, atRisk));
            QueueReleasedSiblings(order, before, keys, now);
            if (order.Status != SalesOrderStatus.Provisional)
                db.Outbox.Add(OrderMessages.Changed(order, now));
        }

        var handled = batch.SelectMany(g => g).Select(r => r.Id).ToList();
        await db.RepromiseRequests.Where(r => handled.Contains(r.Id)).ExecuteDeleteAsync(ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return result;
    }

    private Task<List<SalesOrder>> OpenOrdersAsync(IReadOnlyCollection<ProductKey> keys, CancellationToken ct)
    {
        var items = keys.Select(k => k.ItemNumber).Distinct().ToList();
        return db.SalesOrders
            .Include(o => o.Lines).ThenInclude(l => l.ScheduleLines)
            .Where(o => SalesOrder.CommittedStatuses.Contains(o.Status) && o.Lines.Any(l => !l.Cancelled && items.Contains(l.ItemNumber)))
            .AsSplitQuery()
            .ToListAsync(ct);
    }

    private async Task<Dictionary<string, CustomerTerms>> CustomersAsync(List<SalesOrder> orders, CancellationToken ct)
    {
        var numbers = orders.Select(o => o.CustomerNumber).Distinct().ToList();
        return await db.Customers.AsNoTracking()
            .Where(c => numbers.Contains(c.CustomerNumber))
            .ToDictionaryAsync(c => c.CustomerNumber, c => new CustomerTerms(c.CustomerGroup, c.TransitDays), ct);
    }

    /// <summary>A ship-complete order that can no longer complete frees its other lines too; their products may
    /// have backorders that can use it.</summary>
    private void QueueReleasedSiblings(SalesOrder order, Dictionary<int, decimal> before, HashSet<ProductKey> batch, DateTimeOffset now)
    {
        var released = order.ActiveLines
            .Where(l => l.ConfirmedQuantity < before[l.LineNumber])
            .Select(l => new ProductKey(l.ItemNumber, l.Plant))
            .Where(k => !batch.Contains(k))
            .Distinct();
        db.RepromiseRequests.AddRange(released.Select(k => new RepromiseRequest(k.ItemNumber, k.Plant, RepromiseQueue.CommitmentsReleased, now)));
    }

    /// <summary>Why the order's lines moved: what was asked for their products.</summary>
    private static string Reason(SalesOrder order, IEnumerable<RepromisedLine> lines, Dictionary<ProductKey, IEnumerable<string>> reasons)
    {
        var products = lines.Select(r => order.Lines.Single(l => l.LineNumber == r.Key.LineNumber)).Select(l => new ProductKey(l.ItemNumber, l.Plant));
        var text = string.Join("; ", products.SelectMany(p => reasons.GetValueOrDefault(p) ?? []).Distinct().Order());
        return text.Length <= 500 ? text : text[..500];
    }

    private sealed record CustomerTerms(string Group, int TransitDays);
}
