using Crm.Contracts;
using Crm.Api.Features.Sales.Availability;
using Crm.Api.Features.Sales.Commitments;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Crm.Domain.Promising;
using Crm.Domain.Sales;
using Crm.Domain.Supply;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Sales.Repromising;

/// <summary>Works through the queued products (<see cref="RepromiseQueue"/>): under each product's lock, its open
/// commitments are promised again by <see cref="BackorderProcessing"/>. The orders raise an event for every moved line,
/// which the commitment transaction's handlers record and pass on. Products are taken in batches, one transaction each,
/// written as sets.</summary>
public sealed class ProcessBackorders(
    CrmDbContext db, CommitmentTransaction commitments, RepromiseMovedProducts triggers, IServiceScopeFactory scopes, BackorderOptions options,
    TimeProvider time, ILogger<ProcessBackorders> log)
{
    public const string ChangedBy = "backorder-processing";
    /// <summary>How far ahead in the queue a batch looks for products to fill it.</summary>
    private const int ProductsAhead = 20_000;

    public async Task<BackorderRunResponse> RunAsync(CancellationToken ct)
    {
        var started = time.GetUtcNow();
        var total = BackorderRunResponse.None;
        while (!ct.IsCancellationRequested)
        {
            var keys = await NextProductsAsync(ct);
            if (keys.Count == 0) break;
            total = total.Plus(await ProcessAsync(keys, ct));
        }
        if (total.Products > 0)
            log.LogInformation("Backorder processing: {Products} products, {Orders} orders and {Lines} lines changed, {AtRisk} lines at risk, in {Elapsed}",
                total.Products, total.OrdersChanged, total.LinesChanged, total.LinesAtRisk, time.GetUtcNow() - started);
        return total;
    }

    /// <summary>The products asked for longest ago, each once however often it was asked for, as many as have
    /// about <see cref="BackorderOptions.LinesPerBatch"/> open lines between them (always at least one product).</summary>
    private async Task<HashSet<ProductKey>> NextProductsAsync(CancellationToken ct)
    {
        var queued = await db.RepromiseRequests
            .GroupBy(r => new { r.ItemNumber, r.Plant })
            .Select(g => new { g.Key.ItemNumber, g.Key.Plant, First = g.Min(r => r.Id) })
            .OrderBy(g => g.First)
            .Take(ProductsAhead)
            .ToListAsync(ct);
        var items = queued.Select(q => q.ItemNumber).Distinct().ToList();
        var openLines = (await db.SalesOrders.Committed()
            .SelectMany(o => o.Lines)
            .Where(l => !l.Cancelled && items.Contains(l.ItemNumber))
            .GroupBy(l => new { l.ItemNumber, l.Plant })
            .Select(g => new { g.Key.ItemNumber, g.Key.Plant, Lines = g.Count() })
            .ToListAsync(ct))
            .ToDictionary(p => new ProductKey(p.ItemNumber, p.Plant), p => p.Lines);

        var batch = new HashSet<ProductKey>();
        var lines = 0;
        foreach (var key in queued.Select(q => new ProductKey(q.ItemNumber, q.Plant)))
        {
            var open = openLines.GetValueOrDefault(key);
            if (batch.Count > 0 && lines + open > options.LinesPerBatch) break;
            batch.Add(key);
            lines += open;
        }
        return batch;
    }

    private Task<BackorderRunResponse> ProcessAsync(HashSet<ProductKey> keys, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        triggers.Weighing = keys;
        return commitments.RunAsync(work => WeighAsync(work, keys, ct), ct, setBased: true);
    }

    private async Task<BackorderRunResponse> WeighAsync(CommitmentWork work, HashSet<ProductKey> keys, CancellationToken ct)
    {
        var today = time.Today();
        var now = time.GetUtcNow();
        await work.LockAsync(keys);

        // Read after the locks: no confirmation of these products can slip in between. A request that arrives from
        // now on waits for the next batch, since only the ones read here are removed.
        // The supply is read on a connection of its own while this one reads the commitments: one waits on the
        // database while the other works, and both cores are used. The locks keep both reads of these products stable.
        await using var supplyScope = scopes.CreateAsyncScope();
        var supplyRead = supplyScope.ServiceProvider.GetRequiredService<AvailabilityReader>().LoadSupplyAsync([.. keys], today, ct);
        var commitmentsRead = CommitmentsAsync(keys, ct);
        await Task.WhenAll(supplyRead, commitmentsRead);
        var (requests, detached, customers) = await commitmentsRead;
        var orders = detached.Orders;
        var products = await supplyRead;
        var calendars = await db.PlantCalendars.AsNoTracking().ToDictionaryAsync(c => c.Plant, ct);
        DeliverySchedule ScheduleOf(SalesOrder order, SalesOrderLine line) => new(
            calendars.GetValueOrDefault(line.Plant) ?? PlantCalendar.Standard(line.Plant), today, order.RequestedDateOf(line),
            customers.GetValueOrDefault(order.CustomerNumber)?.TransitDays ?? 0,
            customers.GetValueOrDefault(order.CustomerNumber)?.ReceivingDays);

        var repromised = new List<RepromisedLine>();
        var openLines = orders.SelectMany(o => o.ActiveLines.Select(l => (Order: o, Line: l)))
            .Where(x => keys.Contains(new ProductKey(x.Line.ItemNumber, x.Line.Plant)))
            .GroupBy(x => new ProductKey(x.Line.ItemNumber, x.Line.Plant));
        foreach (var product in openLines)
        {
            // Lines on an item the ERP no longer knows keep what they hold; there is no supply to weigh them against.
            if (!products.TryGetValue(product.Key, out var supply)) continue;
            var commitments = product
                .Select(x => x.Order.CommitmentOf(x.Line, options.TierOf(customers.GetValueOrDefault(x.Order.CustomerNumber)?.Group, customers.GetValueOrDefault(x.Order.CustomerNumber)?.AbcClass), ScheduleOf(x.Order, x.Line)))
                .ToList();
            repromised.AddRange(BackorderProcessing.Run(supply, today, commitments, options.PullForward));
        }

        var byId = orders.ToDictionary(o => o.Id);
        var result = BackorderRunResponse.None with { Products = keys.Count };
        var changedOrders = new List<SalesOrder>();
        foreach (var orderLines in repromised.GroupBy(r => r.Key.OrderId))
        {
            var order = byId[new SalesOrderId(orderLines.Key)];
            var moved = order.ApplyBackorderProcessing(
                [.. orderLines], line => ScheduleOf(order, line), new ChangeContext(ChangedBy, Reason(order, orderLines, requests), now));
            if (moved == 0) continue;
            var atRisk = order.DomainEvents.OfType<LinePromiseMoved>()
                .Count(e => order.Lines.Single(l => l.LineNumber == e.Change.LineNumber).AtRiskSince is not null);
            result = result.Plus(new BackorderRunResponse(0, 1, moved, atRisk));
            changedOrders.Add(order);
        }
        await detached.SaveAsync(db, changedOrders, ct);
        work.Include(changedOrders);

        var handled = requests.Values.SelectMany(r => r).Select(r => r.Id).ToList();
        await db.RepromiseRequests.Where(r => handled.Contains(r.Id)).ExecuteDeleteAsync(ct);
        return result;
    }

    private async Task<(Dictionary<ProductKey, List<RepromiseRequest>> Requests, DetachedOrders Orders, Dictionary<CustomerNumber, CustomerTerms> Customers)>
        CommitmentsAsync(HashSet<ProductKey> keys, CancellationToken ct)
    {
        var requests = await RequestsAsync(keys, ct);
        var orders = await OpenOrdersAsync(keys, ct);
        return (requests, orders, await CustomersAsync(orders.Orders, ct));
    }

    private async Task<Dictionary<ProductKey, List<RepromiseRequest>>> RequestsAsync(HashSet<ProductKey> keys, CancellationToken ct)
    {
        var items = keys.Select(k => k.ItemNumber).Distinct().ToList();
        var requests = await db.RepromiseRequests.AsNoTracking().Where(r => items.Contains(r.ItemNumber)).ToListAsync(ct);
        return requests.Where(r => keys.Contains(new ProductKey(r.ItemNumber, r.Plant)))
            .GroupBy(r => new ProductKey(r.ItemNumber, r.Plant))
            .ToDictionary(g => g.Key, g => g.ToList());
    }

    /// <summary>The committed orders with open lines on these products, with just those lines: an order on many
    /// products is not read whole for each of them. A ship-complete order is read whole, since its lines move together.
    /// Read without tracking: a large run reads a hundred thousand lines, and tracking them took most of its time.</summary>
    private async Task<DetachedOrders> OpenOrdersAsync(IReadOnlyCollection<ProductKey> keys, CancellationToken ct)
    {
        var items = keys.Select(k => k.ItemNumber).Distinct().ToList();
        var open = await db.SalesOrders.Committed()
            .SelectMany(o => o.Lines.Where(l => !l.Cancelled && items.Contains(l.ItemNumber)), (o, l) => new { o.Id, o.ShipComplete })
            .Distinct()
            .ToListAsync(ct);
        var orderIds = open.Select(o => o.Id).ToList();
        var shipComplete = open.Where(o => o.ShipComplete).Select(o => o.Id).ToList();
        return await DetachedOrders.ReadAsync(db, orderIds,
            l => shipComplete.Contains(EF.Property<SalesOrderId>(l, SalesOrderLoading.OrderKey)) || (!l.Cancelled && items.Contains(l.ItemNumber)), ct);
    }

    /// <summary>The orders' customers, and the prospects whose orders wait for a customer number (by their reference).</summary>
    private async Task<Dictionary<CustomerNumber, CustomerTerms>> CustomersAsync(IReadOnlyList<SalesOrder> orders, CancellationToken ct)
    {
        var numbers = orders.Select(o => o.CustomerNumber).Distinct().ToList();
        var references = orders.Where(o => o.AwaitsCustomerNumber).Select(o => o.CustomerNumber.Value).Distinct().ToList();
        var accounts = await db.Accounts.AsNoTracking()
            .Where(c => numbers.Contains(c.CustomerNumber!) || (c.CustomerNumber == null && references.Contains(c.ErpReference!)))
            .Select(c => new { c.CustomerNumber, c.ErpReference, Terms = new CustomerTerms(c.CustomerGroup, c.TransitDays, c.ReceivingDays, c.AbcClass) })
            .ToListAsync(ct);
        return accounts.ToDictionary(a => a.CustomerNumber ?? new CustomerNumber(a.ErpReference!), a => a.Terms);
    }

    /// <summary>Why the order's lines moved: what was asked for their products.</summary>
    private static string Reason(SalesOrder order, IEnumerable<RepromisedLine> lines, Dictionary<ProductKey, List<RepromiseRequest>> requests)
    {
        var products = lines.Select(r => order.Lines.Single(l => l.LineNumber == r.Key.LineNumber)).Select(l => new ProductKey(l.ItemNumber, l.Plant));
        var text = string.Join("; ", products.SelectMany(p => requests.GetValueOrDefault(p) ?? []).Select(r => r.Reason).Distinct().Order());
        return text.Length <= 500 ? text : text[..500];
    }

    private sealed record CustomerTerms(string Group, int TransitDays, ReceivingDays ReceivingDays, AbcClass? AbcClass);
}
