using System.Linq.Expressions;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Persistence;

/// <summary>Sales orders read without tracking, with what their lines and schedule lines held when read. Once the
/// domain has changed some of them, <see cref="SaveAsync"/> writes exactly the rows that differ: changed lines, moved,
/// new and dropped schedule lines. The orders' own rows are not written; nothing here changes them.</summary>
public sealed class DetachedOrders
{
    private readonly RowSnapshots<SalesOrderLine> _lines;
    private readonly RowSnapshots<ScheduleLine> _scheduleLines;
    private readonly Dictionary<SalesOrderLine, ScheduleLine[]> _scheduledWhenRead = new(ReferenceEqualityComparer.Instance);

    /// <summary>Reads the orders, those of their lines that <paramref name="lines"/> selects, and those lines'
    /// schedule lines: three queries by key, joined up here. EF Core's own Include would do the same, but without
    /// tracking its materialiser for collections compiled code as it went, which took longer than the reading.</summary>
    public static async Task<DetachedOrders> ReadAsync(
        CrmDbContext db, IReadOnlyCollection<SalesOrderId> orderIds, Expression<Func<SalesOrderLine, bool>> lines, CancellationToken ct)
    {
        var ids = orderIds as List<SalesOrderId> ?? [.. orderIds];
        var orders = await db.SalesOrders.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var orderLines = await db.Set<SalesOrderLine>().AsNoTracking()
            .Where(l => ids.Contains(EF.Property<SalesOrderId>(l, SalesOrderLoading.OrderKey)))
            .Where(lines)
            .OrderBy(l => l.LineNumber)
            .Select(l => new { Line = l, OrderId = EF.Property<SalesOrderId>(l, SalesOrderLoading.OrderKey) })
            .ToListAsync(ct);
        var lineIds = orderLines.Select(l => l.Line.Id).ToList();
        var scheduleLines = await db.ScheduleLines.AsNoTracking()
            .Where(s => lineIds.Contains(EF.Property<long>(s, SalesOrderLoading.LineKey)))
            .OrderBy(s => s.Id)
            .Select(s => new { ScheduleLine = s, LineId = EF.Property<long>(s, SalesOrderLoading.LineKey) })
            .ToListAsync(ct);

        // The domain keeps its collections to itself; EF Core's metadata knows how to fill them while materialising.
        var linesOf = db.Model.FindEntityType(typeof(SalesOrder))!.FindNavigation(nameof(SalesOrder.Lines))!.GetCollectionAccessor()!;
        var scheduleLinesOf = db.Model.FindEntityType(typeof(SalesOrderLine))!.FindNavigation(nameof(SalesOrderLine.ScheduleLines))!.GetCollectionAccessor()!;
        foreach (var line in orderLines) linesOf.Add(orders[line.OrderId], line.Line, forMaterialization: true);
        var lineById = orderLines.ToDictionary(l => l.Line.Id, l => l.Line);
        foreach (var scheduleLine in scheduleLines) scheduleLinesOf.Add(lineById[scheduleLine.LineId], scheduleLine.ScheduleLine, forMaterialization: true);
        return new DetachedOrders(db, [.. orders.Values]);
    }

    private DetachedOrders(CrmDbContext db, IReadOnlyList<SalesOrder> orders)
    {
        _lines = new(db.Model.FindEntityType(typeof(SalesOrderLine))!);
        _scheduleLines = new(db.Model.FindEntityType(typeof(ScheduleLine))!);
        Orders = orders;
        foreach (var line in orders.SelectMany(o => o.Lines))
        {
            _lines.Take(line);
            _scheduledWhenRead[line] = [.. line.ScheduleLines];
            foreach (var scheduleLine in line.ScheduleLines) _scheduleLines.Take(scheduleLine);
        }
    }

    public IReadOnlyList<SalesOrder> Orders { get; }

    /// <summary>Writes what changed in these orders, which must be among <see cref="Orders"/>.</summary>
    public async Task SaveAsync(CrmDbContext db, IEnumerable<SalesOrder> changed, CancellationToken ct)
    {
        var lines = new DetachedChanges<SalesOrderLine>();
        var scheduleLines = new DetachedChanges<ScheduleLine>();
        foreach (var line in changed.SelectMany(o => o.Lines))
        {
            if (!_scheduledWhenRead.TryGetValue(line, out var before))
                throw new InvalidOperationException($"Order line {line.Id} was not read here; only orders read by this DetachedOrders can be saved through it.");
            lines.Update(line, _lines.Changed(line));
            foreach (var scheduleLine in line.ScheduleLines)
            {
                if (_scheduleLines.WasRead(scheduleLine)) scheduleLines.Update(scheduleLine, _scheduleLines.Changed(scheduleLine));
                else scheduleLines.Add(scheduleLine, new Dictionary<string, object?> { [SalesOrderLoading.LineKey] = line.Id });
            }
            foreach (var dropped in before.Except<ScheduleLine>(line.ScheduleLines, ReferenceEqualityComparer.Instance)) scheduleLines.Remove(dropped);
        }
        await db.WriteDetachedAsync(lines, ct);
        await db.WriteDetachedAsync(scheduleLines, ct);
    }
}
