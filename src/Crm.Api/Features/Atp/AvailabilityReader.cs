using Crm.Api.Persistence;
using Crm.Domain.Calendars;
using Crm.Domain.Common;
using Crm.Domain.Orders;
using Crm.Domain.Promising;
using Crm.Domain.Supply;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Atp;

/// <summary>Reads the supply picture of some products from the database: stock, production and purchase orders
/// counted by the checking rule, and every open commitment as demand.</summary>
public sealed class AvailabilityReader(CrmDbContext db)
{
    public Task<Dictionary<ProductKey, ProductAvailability>> LoadAsync(
        IReadOnlyCollection<ProductKey> keys, DateOnly today, long? excludingOrderId, CancellationToken ct) =>
        LoadAsync(keys, today, withDemand: true, excludingOrderId, ct);

    /// <summary>Supply only: for backorder processing, which weighs every commitment of these products itself.</summary>
    public Task<Dictionary<ProductKey, ProductAvailability>> LoadSupplyAsync(IReadOnlyCollection<ProductKey> keys, DateOnly today, CancellationToken ct) =>
        LoadAsync(keys, today, withDemand: false, excludingOrderId: null, ct);

    private async Task<Dictionary<ProductKey, ProductAvailability>> LoadAsync(
        IReadOnlyCollection<ProductKey> keys, DateOnly today, bool withDemand, long? excludingOrderId, CancellationToken ct)
    {
        var items = keys.Select(k => k.ItemNumber).Distinct().ToList();
        var plants = keys.Select(k => k.Plant).Distinct().ToList();

        var products = await db.Products.AsNoTracking().Where(p => items.Contains(p.ItemNumber)).ToListAsync(ct);
        var stock = await db.StockLevels.AsNoTracking().Where(s => items.Contains(s.ItemNumber)).ToListAsync(ct);
        var productionOrders = await db.ProductionOrders.AsNoTracking()
            .Where(p => items.Contains(p.ItemNumber) && p.Status != ProductionOrderStatus.Cancelled && p.Status != ProductionOrderStatus.Completed)
            .ToListAsync(ct);
        var purchaseOrderLines = await db.PurchaseOrderLines.AsNoTracking().Where(p => items.Contains(p.ItemNumber)).ToListAsync(ct);
        var calendars = await db.PlantCalendars.AsNoTracking().Where(c => plants.Contains(c.Plant)).ToDictionaryAsync(c => c.Plant, ct);
        var demand = !withDemand ? [] : await db.SalesOrders.AsNoTracking()
            .Where(o => SalesOrder.CommittedStatuses.Contains(o.Status) && o.Id != (excludingOrderId ?? 0))
            .SelectMany(o => o.Lines).SelectMany(l => l.ScheduleLines)
            .Where(s => items.Contains(s.ItemNumber))
            .Select(s => new { s.ItemNumber, s.Plant, s.MaterialAvailabilityDate, s.Quantity })
            .ToListAsync(ct);

        // Grouped once by product, so that many products (backorder processing takes a thousand) cost no more per product.
        var productsByItem = products.ToDictionary(p => p.ItemNumber);
        var stockOf = stock.ToLookup(s => new ProductKey(s.ItemNumber, s.Plant));
        var productionOf = productionOrders.ToLookup(p => new ProductKey(p.ItemNumber, p.Plant));
        var purchasesOf = purchaseOrderLines.ToLookup(p => new ProductKey(p.ItemNumber, p.Plant));
        var demandOf = demand.ToLookup(d => new ProductKey(d.ItemNumber, d.Plant), d => new DemandEvent(d.MaterialAvailabilityDate, d.Quantity));

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
                [.. demandOf[key]],
                rule.UseReplenishmentLeadTime ? product.ReplenishmentLeadDays : 0);
        }
        return result;
    }
}
