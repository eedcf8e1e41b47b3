using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Sales.Repromising;

/// <summary>Asks for backorder processing of products, inside the caller's transaction: the request is saved with the
/// change that caused it, or not at all. Only products with open order lines are queued; the others hold no promise.</summary>
public sealed class RepromiseQueue(CrmDbContext db, TimeProvider time)
{
    public const string SupplyChanged = "ERP supply changed";
    public const string CalendarChanged = "Plant calendar changed";
    public const string CommitmentsReleased = "Commitments released";
    public const string ManualPromise = "A promise was set by hand";

    public async Task RequestAsync(IReadOnlyCollection<ProductKey> products, string reason, CancellationToken ct) =>
        db.RepromiseRequests.AddRange(await RequestsForOpenAsync(products, reason, ct));

    /// <summary>Requests for those of the products that have open order lines.</summary>
    public async Task<IReadOnlyList<RepromiseRequest>> RequestsForOpenAsync(IReadOnlyCollection<ProductKey> products, string reason, CancellationToken ct)
    {
        if (products.Count == 0) return [];
        var items = products.Select(p => p.ItemNumber).Distinct().ToList();
        var open = await OpenLines().Where(l => items.Contains(l.ItemNumber)).Select(l => new { l.ItemNumber, l.Plant }).Distinct().ToListAsync(ct);
        var wanted = products.ToHashSet();
        return Requests(open.Select(o => new ProductKey(o.ItemNumber, o.Plant)).Where(wanted.Contains), reason);
    }

    /// <summary>A plant's calendar moves every date promised there.</summary>
    public async Task RequestPlantsAsync(IReadOnlyCollection<string> plants, string reason, CancellationToken ct)
    {
        if (plants.Count == 0) return;
        var open = await OpenLines().Where(l => plants.Contains(l.Plant)).Select(l => new { l.ItemNumber, l.Plant }).Distinct().ToListAsync(ct);
        db.RepromiseRequests.AddRange(Requests(open.Select(o => new ProductKey(o.ItemNumber, o.Plant)), reason));
    }

    /// <summary>Requests for products known to have open lines.</summary>
    public IReadOnlyList<RepromiseRequest> Requests(IEnumerable<ProductKey> products, string reason)
    {
        var now = time.GetUtcNow();
        return [.. products.Distinct().Select(p => new RepromiseRequest(p.ItemNumber, p.Plant, reason, now))];
    }

    private IQueryable<SalesOrderLine> OpenLines() =>
        db.SalesOrders.Committed().SelectMany(o => o.Lines).Where(l => !l.Cancelled);
}
