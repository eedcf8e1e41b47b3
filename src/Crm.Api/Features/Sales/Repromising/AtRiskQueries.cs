using System.Security.Claims;
using Crm.Contracts;
using Crm.Api.Features.Accounts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Sales.Repromising;

/// <summary>The lines a rep has to talk to the customer about: promises that moved (later, or less) and lines not
/// confirmed in full, of the orders the user sees (their teams'; every order for the order desk).</summary>
public sealed class AtRiskQueries(CrmDbContext db)
{
    /// <param name="customer">Only this customer's orders (its number), for a rep about to call them.</param>
    /// <param name="item">Only lines of this item, for the order desk chasing one short product.</param>
    public async Task<PagedResult<AtRiskLineResponse>> ListAsync(
        Viewer viewer, string? customer, string? item, int? page, int? pageSize, CancellationToken ct)
    {
        (customer, item) = (Blank(customer), Blank(item));
        var customerNumber = customer is null ? null : new CustomerNumber(customer);
        var query =
            from o in db.SalesOrders.AsNoTracking().VisibleTo(viewer, db.Teams)
            where SalesOrder.CommittedStatuses.Contains(o.Status)
                && (customerNumber == null || o.CustomerNumber == customerNumber)
            from l in o.Lines
            where !l.Cancelled && (l.AtRiskSince != null || l.Shortfall != null) && (item == null || l.ItemNumber == item)
            orderby l.AtRiskSince descending, o.Id, l.LineNumber
            select new AtRiskRow(
                o.Id, o.Number, o.CustomerNumber,
                db.Customers.Where(c => c.CustomerNumber == o.CustomerNumber).Select(c => c.Name).FirstOrDefault(),
                o.CreatedBy, l.LineNumber, l.ItemNumber, l.Plant, l.Quantity, o.RequestedDeliveryDate, l.AtRiskSince,
                l.ScheduleLines.Select(s => new Part(s.Quantity, s.DeliveryDate)).ToList());
        var rows = await query.PageAsync(page, pageSize, ct);

        var moves = await FirstMovesAsync(rows.Items, ct);
        return new PagedResult<AtRiskLineResponse>(
            [.. rows.Items.Select(r =>
            {
                var move = moves.GetValueOrDefault((r.OrderId, r.LineNumber));
                return new AtRiskLineResponse(
                    r.OrderId.Value, r.OrderNumber, r.CustomerNumber.Value, r.CustomerName, r.Owner, r.LineNumber, r.ItemNumber, r.Plant,
                    r.Quantity, r.Promised.Sum(p => p.Quantity), r.RequestedDeliveryDate,
                    r.Promised.Count > 0 ? r.Promised.Max(p => p.DeliveryDate) : null,
                    move is { Before.Count: > 0 } ? move.Before.Max(p => p.DeliveryDate) : null,
                    r.AtRiskSince, move?.Reason);
            })],
            rows.Total, rows.Page, rows.PageSize);
    }

    /// <summary>For each moved line, the re-promise that put it at risk: what the customer held before, and why.</summary>
    private async Task<Dictionary<(SalesOrderId, int), PromiseChange>> FirstMovesAsync(IReadOnlyList<AtRiskRow> rows, CancellationToken ct)
    {
        var moved = rows.Where(r => r.AtRiskSince is not null).ToList();
        var orderIds = moved.Select(r => r.OrderId).Distinct().ToList();
        if (orderIds.Count == 0) return [];
        var changes = await db.PromiseChanges.AsNoTracking()
            .Where(c => orderIds.Contains(c.SalesOrderId) && c.Kind == PromiseChangeKind.Repromised)
            .OrderBy(c => c.Id)
            .ToListAsync(ct);
        return moved
            .Select(r => changes.FirstOrDefault(c => c.SalesOrderId == r.OrderId && c.LineNumber == r.LineNumber && c.ChangedAt >= r.AtRiskSince))
            .OfType<PromiseChange>()
            .ToDictionary(c => (c.SalesOrderId, c.LineNumber));
    }

    /// <summary>An empty filter filters nothing out.</summary>
    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private sealed record Part(decimal Quantity, DateOnly DeliveryDate);

    private sealed record AtRiskRow(
        SalesOrderId OrderId, string OrderNumber, CustomerNumber CustomerNumber, string? CustomerName, string Owner, int LineNumber, string ItemNumber,
        string Plant, decimal Quantity, DateOnly? RequestedDeliveryDate, DateTimeOffset? AtRiskSince, List<Part> Promised);
}
