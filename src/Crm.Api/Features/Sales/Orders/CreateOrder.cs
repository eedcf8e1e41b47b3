using Crm.Contracts;
using Crm.Api.Features.Accounts;
using Crm.Api.Features.Sales.Ownership;
using Crm.Api.Features.Sales.Availability;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Sales.Orders;

/// <summary>Direct order entry: a draft order from the same body as an availability check.</summary>
public sealed class CreateOrder(
    CrmDbContext db, RequestedLines requestedLines, CustomerLookup customers, CustomerTeams teams, PricedLines pricing, IdempotencyKeys idempotency,
    UnitOfWork unitOfWork, TimeProvider time)
{

    public async Task<(OrderCreatedResponse Order, bool Created)> HandleAsync(
        AvailabilityRequest request, string? idempotencyKey, Viewer viewer, CancellationToken ct)
    {
        var idempotent = IdempotencyKeys.For("orders", viewer.UserName, idempotencyKey, request);
        if (await idempotency.FindAsync(idempotent, ct) is { } existing) return (await SummaryAsync(existing, ct), false);

        var buyer = await teams.ForNewOrderAsync(request.CustomerNumber, request.AccountId, viewer, ct);
        await customers.TermsAsync(buyer.Number, ct);
        var lines = await requestedLines.ResolveAsync(request.ToRequestedLines(), request.Plant, ct);
        // Entered directly, a line sells at the customer's price for its quantity, without a discount.
        var (prices, currency) = await pricing.PriceAsync(buyer.Number.Value, lines, [.. lines.Select(_ => new AskedPrice(null, 0))], ct);

        var order = SalesOrder.Create(
            buyer.Number, request.RequestedDeliveryDate, request.ShipComplete,
            [.. lines.Select((l, i) => l.Request.ToOrderLine(prices[i].Price))], time.Today(), viewer.UserName, time.GetUtcNow(), team: buyer.Team, currency: currency,
            purchaseOrderNumber: request.PurchaseOrderNumber, forProspect: buyer.Prospect);
        try
        {
            await unitOfWork.SaveNewAsync(order, order.AssignNumber, o => idempotency.Remember(idempotent, o.Id.Value), ct);
        }
        catch (DbUpdateException) when (idempotent.Key is not null)
        {
            // Another request with the same key created the order first.
            db.ChangeTracker.Clear();
            if (await idempotency.FindAsync(idempotent, ct) is not { } raced) throw;
            return (await SummaryAsync(raced, ct), false);
        }
        return (new OrderCreatedResponse(order.Id.Value, order.Number, order.Status.ToString()), true);
    }

    private async Task<OrderCreatedResponse> SummaryAsync(long id, CancellationToken ct)
    {
        var orderId = new SalesOrderId(id);
        return await db.SalesOrders.AsNoTracking().Where(o => o.Id == orderId)
            .Select(o => new OrderCreatedResponse(o.Id.Value, o.Number, o.Status.ToString()))
            .FirstAsync(ct);
    }
}
