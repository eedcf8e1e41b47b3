using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Promising;
using Crm.Domain.Sales;
using Crm.Domain.Supply;

namespace Crm.Api.Features.Sales.Availability;

/// <summary>Reads the supply picture of some products from the database: stock, production and purchase orders
/// counted by the checking rule, and every open commitment as demand.</summary>
public sealed class AvailabilityReader(CrmDbContext db)
{
    /// <summary>Supply and every open commitment but the given order's.</summary>
    public async Task<Dictionary<ProductKey, ProductAvailability>> LoadAsync(
        IReadOnlyCollection<ProductKey> keys, DateOnly today, SalesOrder? excluding, CancellationToken ct) =>
        await WithDemandAsync(await LoadSupplyAsync(keys, today, ct), excluding, ct);

    /// <summary>The commitments of these products added to their supply. A confirmation reads supply before it takes
    /// the products' locks and only this after, so that the locks are held for as short a time as possible: what
    /// the locks protect is the demand, and a sync that moves supply in the meantime queues backorder processing,
    /// which weighs this confirmation too.</summary>
    /// <param name="excluding">An order promised again: what it holds now is what it gives up.</param>
    /// <remarks>Every schedule line is an open commitment, since only orders whose status counts as demand hold any
    /// (<see cref="SalesOrder.CommittedStatuses"/>): demand is read from the schedule lines alone, without the orders,
    /// and summed by date in the database, since a promise weighs only how much is committed by each date. Joining
    /// the orders for their status cost a confirmation three index reads per schedule line of its products.</remarks>
    public async Task<Dictionary<ProductKey, ProductAvailability>> WithDemandAsync(
        Dictionary<ProductKey, ProductAvailability> supply, SalesOrder? excluding, CancellationToken ct)
    {
        var items = supply.Keys.Select(k => k.ItemNumber).Distinct().ToList();
        var ownLines = excluding?.Lines.Select(l => l.Id).ToList() ?? [];
        var demand = await AvailabilityQueries.For(db).Demand(db, items, ownLines).ToListAsync(ct);
        var demandOf = demand.ToLookup(d => new ProductKey(d.ItemNumber, d.Plant), d => d.Event);
        return supply.ToDictionary(p => p.Key, p => p.Value with { Demand = [.. demandOf[p.Key]] });
    }

    /// <summary>Supply only: backorder processing weighs every commitment of these products itself.</summary>
    /// <param name="deletedInErp">Filled with the items the ERP has deleted, read with the products for nothing: a
    /// confirmation refuses them, while existing commitments keep being weighed.</param>
    public async Task<Dictionary<ProductKey, ProductAvailability>> LoadSupplyAsync(
        IReadOnlyCollection<ProductKey> keys, DateOnly today, CancellationToken ct, ISet<string>? deletedInErp = null)
    {
        var items = keys.Select(k => k.ItemNumber).Distinct().ToList();
        var plants = keys.Select(k => k.Plant).Distinct().ToList();

        var queries = AvailabilityQueries.For(db);
        var products = await queries.Products(db, items).ToListAsync(ct);
        var stock = await queries.Stock(db, items).ToListAsync(ct);
        var productionOrders = await queries.OpenProductionOrders(db, items).ToListAsync(ct);
        var purchaseOrderLines = await queries.PurchaseOrderLines(db, items).ToListAsync(ct);
        var calendars = await queries.Calendars(db, plants).ToDictionaryAsync(c => c.Plant, cancellationToken: ct);

        // Grouped once by product, so that many products (backorder processing takes a thousand) cost no more per product.
        var productsByItem = products.ToDictionary(p => p.ItemNumber);
        foreach (var deleted in products.Where(p => p.DeletedInErpAt is not null)) deletedInErp?.Add(deleted.ItemNumber);
        var stockOf = stock.ToLookup(s => new ProductKey(s.ItemNumber, s.Plant));
        var productionOf = productionOrders.ToLookup(p => new ProductKey(p.ItemNumber, p.Plant));
        var purchasesOf = purchaseOrderLines.ToLookup(p => new ProductKey(p.ItemNumber, p.Plant));

        var rule = CheckingRule.Default;
        var result = new Dictionary<ProductKey, ProductAvailability>();
        foreach (var key in keys)
        {
            if (!productsByItem.TryGetValue(key.ItemNumber, out var product)) continue;
            var supply = rule.SupplyEvents(today, stockOf[key].Sum(s => s.Quantity), productionOf[key], purchasesOf[key]);
            result[key] = new ProductAvailability(
                key,
                calendars.GetValueOrDefault(key.Plant) ?? PlantCalendar.Standard(key.Plant),
                supply,
                [],
                rule.UseReplenishmentLeadTime ? product.ReplenishmentLeadDays : 0);
        }
        return result;
    }
}
