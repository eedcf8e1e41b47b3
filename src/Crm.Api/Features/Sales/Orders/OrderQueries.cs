using AutoMapper;
using Crm.Contracts;
using Crm.Api.Features.Accounts;
using Crm.Api.Features.Sales.Availability;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Sales.Orders;

public sealed class OrderQueries(
    CrmDbContext db, IMapper mapper, AvailabilityReader availability, PromiseExplainer explainer, IHttpContextAccessor http, TimeProvider time)
{
    public async Task<OrderResponse> GetAsync(long id, bool explain, CancellationToken ct) =>
        await FindAsync(id, explain, ct) ?? throw new NotFoundException("Sales order", id);

    public async Task<OrderResponse?> FindAsync(long id, bool explain, CancellationToken ct)
    {
        if (await db.SalesOrders.AsNoTracking().FindWithCommitmentsAsync(new SalesOrderId(id), ct) is not { } order) return null;
        var customer = await db.Accounts.Buying(order.CustomerNumber).Select(c => new { c.Name }).FirstOrDefaultAsync(ct);
        var items = order.Lines.Select(l => l.ItemNumber).Distinct().ToList();
        var catalogue = await db.Products.AsNoTracking().Where(p => items.Contains(p.ItemNumber))
            .Select(p => new { p.ItemNumber, p.Plant, p.Description, p.BaseUnit }).ToListAsync(ct);
        var mapped = mapper.Map<OrderResponse>(order);
        var response = mapped with
        {
            CustomerName = customer?.Name,
            // The page shows what each line is without asking the catalogue once per line.
            Lines = [.. mapped.Lines.Select(l => catalogue.FirstOrDefault(p => p.ItemNumber == l.ItemNumber && p.Plant == l.Plant) is { } product
                ? l with { Description = product.Description, BaseUnit = product.BaseUnit } : l)],
            AllowedActions = OrderPermissions.AllowedActions(order, http.HttpContext?.User),
            Deliveries = await db.Deliveries.AsNoTracking().Where(d => d.OrderNumber == order.Number)
                .OrderBy(d => d.ShipDate).ThenBy(d => d.DeliveryNumber)
                .Select(d => new DeliveryResponse(d.DeliveryNumber, d.LineNumber, d.ItemNumber, d.Quantity, d.ShipDate, d.TrackingNumber))
                .ToListAsync(ct),
            Invoices = await db.Invoices.AsNoTracking().Where(i => i.OrderNumber == order.Number)
                .OrderBy(i => i.InvoiceNumber)
                .Select(i => new InvoiceResponse(i.InvoiceNumber, i.Amount, i.Currency, i.DueDate, i.Paid))
                .ToListAsync(ct),
        };
        if (!explain) return response;

        // Explained against today's supply and every other commitment, as a re-check would see it.
        var today = time.Today();
        var keys = order.Lines.Select(l => new ProductKey(l.ItemNumber, l.Plant)).Distinct().ToList();
        var products = await availability.LoadAsync(keys, today, order, ct);
        var explained = explainer.Explain(
            [.. response.Lines.Select(l => new LineToExplain(new ProductKey(l.ItemNumber, l.Plant), l.ScheduleLines))], products, today);
        return response with
        {
            Lines = [.. response.Lines.Select((l, i) => l with { ScheduleLines = explained[i] })],
            Sources = await explainer.FreshnessAsync(ct),
        };
    }

    public async Task<PagedResult<OrderSummary>> ListAsync(
        string? customerNumber, SalesOrderStatus? status, string? search, string? sort, Viewer viewer, int? pageNumber, int? pageSize, CancellationToken ct)
    {
        var query = db.SalesOrders.AsNoTracking().VisibleTo(viewer, db.Teams);
        if (SearchText.Fold(search) is { Length: > 0 } folded)
        {
            var upper = search!.Trim().ToUpperInvariant();
            var customers = db.Customers.NumbersMatching(folded);
            query = query.Where(o => o.Number.Contains(upper) || customers.Contains(o.CustomerNumber));
        }
        if (!string.IsNullOrWhiteSpace(customerNumber))
        {
            var number = new CustomerNumber(customerNumber);
            query = query.Where(o => o.CustomerNumber == number);
        }
        if (status is { } s) query = query.Where(o => o.Status == s);
        query = sort switch
        {
            null or "-number" or "-created" => query.OrderByDescending(o => o.Id),
            "number" or "created" => query.OrderBy(o => o.Id),
            "customer" => query.OrderBy(o => o.CustomerNumber).ThenByDescending(o => o.Id),
            "-customer" => query.OrderByDescending(o => o.CustomerNumber).ThenByDescending(o => o.Id),
            "delivery" => query.OrderBy(o => o.RequestedDeliveryDate).ThenByDescending(o => o.Id),
            "-delivery" => query.OrderByDescending(o => o.RequestedDeliveryDate).ThenByDescending(o => o.Id),
            _ => throw RequestValidationException.For("sort", "Sort by number, created, customer or delivery; a leading minus sorts descending."),
        };
        var page = await query
            .Select(o => new OrderSummary(
                o.Id.Value, o.Number, o.CustomerNumber.Value, o.Status.ToString(), o.RequestedDeliveryDate, o.CreatedAt,
                db.Customers.Where(c => c.CustomerNumber == o.CustomerNumber).Select(c => c.Name).FirstOrDefault(),
                o.NetTotal,
                o.Lines.Count(l => !l.Cancelled),
                o.Lines.Count(l => !l.Cancelled && (l.AtRiskSince != null || l.Shortfall != null)),
                o.Currency,
                o.AwaitsCustomerNumber))
            .PageAsync(pageNumber, pageSize, ct);
        return await WithProspectNamesAsync(page, ct);
    }

    /// <summary>A prospect's orders carry its CRM reference rather than a customer number: their names come by it.</summary>
    private async Task<PagedResult<OrderSummary>> WithProspectNamesAsync(PagedResult<OrderSummary> page, CancellationToken ct)
    {
        var references = page.Items.Where(o => o.AwaitsCustomerNumber).Select(o => o.CustomerNumber).Distinct().ToList();
        if (references.Count == 0) return page;
        var names = await db.Accounts.Where(a => references.Contains(a.ErpReference!))
            .ToDictionaryAsync(a => a.ErpReference!, a => a.Name, ct);
        return page with { Items = [.. page.Items.Select(o => o.AwaitsCustomerNumber ? o with { CustomerName = names.GetValueOrDefault(o.CustomerNumber) } : o)] };
    }
}
