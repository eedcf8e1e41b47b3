using System.Collections.Concurrent;
using Crm.Api.Persistence;
using Crm.Domain.Catalog;
using Crm.Domain.Common;
using Crm.Domain.Promising;
using Crm.Domain.Supply;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Crm.Api.Features.Sales.Availability;

/// <summary>The queries every ATP check and confirmation runs, compiled once, supply and demand in date order. A LINQ query is built, hashed, looked up
/// in EF Core's cache and has its parameters extracted on every call: for these small reads that was a tenth of
/// Crm.Api's CPU under load. A compiled query serves one model, so each provider's model has its own set.</summary>
internal sealed class AvailabilityQueries
{
    private static readonly ConcurrentDictionary<IModel, AvailabilityQueries> PerModel = new();

    public static AvailabilityQueries For(CrmDbContext db) => PerModel.GetOrAdd(db.Model, _ => new AvailabilityQueries());

    public Func<CrmDbContext, List<string>, IAsyncEnumerable<Product>> Products { get; } = EF.CompileAsyncQuery(
        (CrmDbContext db, List<string> items) => db.Products.AsNoTracking().Where(p => items.Contains(p.ItemNumber)));

    public Func<CrmDbContext, List<string>, IAsyncEnumerable<StockLevel>> Stock { get; } = EF.CompileAsyncQuery(
        (CrmDbContext db, List<string> items) => db.StockLevels.AsNoTracking().Where(s => items.Contains(s.ItemNumber)));

    public Func<CrmDbContext, List<string>, IAsyncEnumerable<ProductionOrder>> OpenProductionOrders { get; } = EF.CompileAsyncQuery<CrmDbContext, List<string>, ProductionOrder>(
        (CrmDbContext db, List<string> items) => db.ProductionOrders.AsNoTracking()
            .Where(p => items.Contains(p.ItemNumber) && p.Status != ProductionOrderStatus.Cancelled && p.Status != ProductionOrderStatus.Completed)
            .OrderBy(p => p.ScheduledFinish));

    public Func<CrmDbContext, List<string>, IAsyncEnumerable<PurchaseOrderLine>> PurchaseOrderLines { get; } = EF.CompileAsyncQuery<CrmDbContext, List<string>, PurchaseOrderLine>(
        (CrmDbContext db, List<string> items) => db.PurchaseOrderLines.AsNoTracking().Where(p => items.Contains(p.ItemNumber)).OrderBy(p => p.ExpectedDate));

    public Func<CrmDbContext, List<string>, IAsyncEnumerable<PlantCalendar>> Calendars { get; } = EF.CompileAsyncQuery(
        (CrmDbContext db, List<string> plants) => db.PlantCalendars.AsNoTracking().Where(c => plants.Contains(c.Plant)));

    /// <summary>Committed quantity per product and date, but that of some order lines.</summary>
    public Func<CrmDbContext, List<string>, List<long>, IAsyncEnumerable<DatedDemand>> Demand { get; } = EF.CompileAsyncQuery(
        (CrmDbContext db, List<string> items, List<long> exceptLines) => db.ScheduleLines.AsNoTracking()
            .Where(s => items.Contains(s.ItemNumber) && !exceptLines.Contains(EF.Property<long>(s, SalesOrderLoading.LineKey)))
            .GroupBy(s => new { s.ItemNumber, s.Plant, s.MaterialAvailabilityDate })
            .OrderBy(g => g.Key.MaterialAvailabilityDate)
            .Select(g => new DatedDemand(g.Key.ItemNumber, g.Key.Plant, new DemandEvent(g.Key.MaterialAvailabilityDate, g.Sum(s => s.Quantity)))));

    /// <summary>A customer by its number, or a prospect by the reference its documents carry (the same text).</summary>
    public Func<CrmDbContext, CustomerNumber, string, CancellationToken, Task<CustomerTransit?>> Customer { get; } = EF.CompileAsyncQuery(
        (CrmDbContext db, CustomerNumber customerNumber, string reference, CancellationToken ct) => db.Accounts.AsNoTracking()
            .Where(c => c.CustomerNumber == customerNumber || (c.CustomerNumber == null && c.ErpReference == reference))
            .Select(c => new CustomerTransit(c.TransitDays, c.ReceivingDays, c.DeletedInErpAt))
            .FirstOrDefault());
}

internal sealed record DatedDemand(string ItemNumber, string Plant, DemandEvent Event);

internal sealed record CustomerTransit(int TransitDays, Crm.Domain.Common.ReceivingDays ReceivingDays, DateTimeOffset? DeletedInErpAt);
