using AutoMapper;
using Crm.Api.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Orders;

public sealed class OrderQueries(CrmDbContext db, IMapper mapper)
{
    public async Task<OrderResponse> GetAsync(long id, CancellationToken ct)
    {
        var order = await db.SalesOrders.AsNoTracking()
            .Include(o => o.Lines).ThenInclude(l => l.ScheduleLines)
            .AsSplitQuery()
            .FirstOrDefaultAsync(o => o.Id == id, ct)
            ?? throw new NotFoundException("Sales order", id);
        var customerName = await db.Customers.Where(c => c.CustomerNumber == order.CustomerNumber).Select(c => c.Name).FirstOrDefaultAsync(ct);
        return mapper.Map<OrderResponse>(order) with { CustomerName = customerName };
    }

    public Task<PagedResult<OrderSummary>> ListAsync(
        string? customerNumber, SalesOrderStatus? status, string? sort, int? page, int? pageSize, CancellationToken ct)
    {
        var query = db.SalesOrders.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(customerNumber)) query = query.Where(o => o.CustomerNumber == customerNumber);
        if (status is { } s) query = query.Where(o => o.Status == s);
        query = sort switch
        {
            null or "-number" or "-created" => query.OrderByDescending(o => o.Id),
            "number" or "created" => query.OrderBy(o => o.Id),
            "customer" => query.OrderBy(o => o.CustomerNumber).ThenByDescending(o => o.Id),
            "delivery" => query.OrderBy(o => o.RequestedDeliveryDate).ThenByDescending(o => o.Id),
            _ => throw RequestValidationException.For("sort", "Sort by number, -number, created, -created, customer or delivery."),
        };
        return query
            .Select(o => new OrderSummary(o.Id, o.Number, o.CustomerNumber, o.Status.ToString(), o.RequestedDeliveryDate, o.CreatedAt))
            .PageAsync(page, pageSize, ct);
    }
}
