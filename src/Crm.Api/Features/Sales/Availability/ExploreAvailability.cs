using Crm.Contracts;
using Crm.Api.Features.Accounts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Promising;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Sales.Availability;

/// <summary>One product at one plant over time, as the engine sees it: cumulative supply, demand and ATP, the
/// receipts, and which receipt covers which commitment.</summary>
public sealed class ExploreAvailability(CrmDbContext db, AvailabilityReader availability, PromiseExplainer explainer, TimeProvider time)
{
    public async Task<AtpExplorerResponse?> FindAsync(Viewer viewer, string itemNumber, string? plant, CancellationToken ct)
    {
        var item = new ItemNumber(itemNumber).Value;
        var product = await db.Products.AsNoTracking().Where(p => p.ItemNumber == item)
            .Select(p => new { p.ItemNumber, p.Plant, p.Description, p.BaseUnit })
            .FirstOrDefaultAsync(ct);
        if (product is null) return null;
        var key = new ProductKey(product.ItemNumber, string.IsNullOrWhiteSpace(plant) ? product.Plant : plant.Trim());

        var today = time.Today();
        var supply = (await availability.LoadSupplyAsync([key], today, ct)).GetValueOrDefault(key);
        if (supply is null) return null;
        var withDemand = (await availability.WithDemandAsync(new() { [key] = supply }, null, ct))[key];
        var profile = AtpProfile.Of(withDemand, today);

        var seesAll = viewer.SeesAll;
        var own = db.Teams.Of(viewer);
        var commitments = await (
                from o in db.SalesOrders.AsNoTracking()
                from l in o.Lines
                where l.ItemNumber == key.ItemNumber && l.Plant == key.Plant
                from s in l.ScheduleLines
                orderby s.MaterialAvailabilityDate, o.Id, l.LineNumber
                select new { o.Id, o.Number, o.CustomerNumber, Visible = seesAll || own.Contains(o.TeamId), l.LineNumber, s.Quantity, s.MaterialAvailabilityDate, s.ShipDate, s.DeliveryDate })
            .ToListAsync(ct);
        var coverage = Pegging.Explain(
            supply, today, [.. commitments.Select(c => new ScheduleLinePromise(c.Quantity, c.MaterialAvailabilityDate, c.ShipDate, c.DeliveryDate))]);

        return new AtpExplorerResponse(
            product.ItemNumber, key.Plant, product.Description, product.BaseUnit, today, profile.ReplenishmentDate,
            [.. profile.Points.Select(p => new AtpPointResponse(p.Date, p.CumulativeSupply, p.CumulativeDemand, p.Available))],
            [.. supply.Supply.OrderBy(s => s.Date).Select(s => new ReceiptResponse(s.Source.Kind.ToString(), s.Source.Reference, s.Date < today ? today : s.Date, s.Quantity))],
            [.. commitments.Select((c, i) => new PeggedCommitmentResponse(
                c.Visible ? c.Id.Value : null, c.Visible ? c.Number : null, c.Visible ? c.CustomerNumber.Value : null, c.LineNumber, c.Quantity,
                c.MaterialAvailabilityDate, c.DeliveryDate, [.. coverage[i].Select(PromiseExplainer.ToResponse)]))],
            await explainer.FreshnessAsync(ct));
    }
}
