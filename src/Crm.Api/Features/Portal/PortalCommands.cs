using Crm.Contracts;
using Crm.Api.Features.Sales.Availability;
using Crm.Api.Features.Sales.Orders;
using Crm.Api.Features.Service;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Api.Infrastructure.Visibility;
using Crm.Domain.Common;
using Crm.Domain.Sales;
using Crm.Domain.Service;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Portal;

/// <summary>What a customer does in the portal: opens a case (about one of their orders if they like), answers on
/// it, and asks to order again what an earlier order held — which lands as a draft order for the order desk, with
/// the dates the live promise gives now shown as "expected".</summary>
public sealed class PortalCommands(
    CrmDbContext db, PortalQueries portal, CaseCommands cases, UnitOfWork unitOfWork, CreateOrder createOrder, CheckAvailability availability, TimeProvider time)
{
    public async Task<long> OpenCaseAsync(PortalAccount customer, PortalCaseRequest request, CancellationToken ct)
    {
        SalesOrder? order = null;
        if (request.OrderId is { } orderId)
        {
            var key = new SalesOrderId(orderId);
            order = await portal.Orders(customer).Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == key, ct)
                ?? throw RequestValidationException.For("orderId", $"You have no order {orderId}.");
        }
        else if (request.LineNo is not null) throw RequestValidationException.For("lineNo", "A line is named with its order (orderId).");
        var account = await db.Accounts.FirstAsync(a => a.Id == customer.Account, ct);
        var serviceCase = await cases.OpenAsync(account, customer.Contact, order, request.LineNo,
            new CaseRequest(Subject: request.Subject, Description: request.Description, Category: request.Category), CaseOrigin.Portal, Context(customer), ct);
        await unitOfWork.SaveAsync(ct);
        return serviceCase.Id.Value;
    }

    public async Task ReplyAsync(PortalAccount customer, long caseId, PortalReplyRequest request, CancellationToken ct)
    {
        if (!await portal.OwnsCaseAsync(customer, caseId, ct)) throw new NotFoundException("Case", caseId);
        await cases.CommentAsync(caseId, new CaseCommentRequest(request.Text, true), byCustomer: true, Context(customer), ct);
    }

    public async Task<PortalReorderResponse> ReorderAsync(PortalAccount customer, long orderId, PortalReorderRequest request, string? idempotencyKey, CancellationToken ct)
    {
        var key = new SalesOrderId(orderId);
        var earlier = await portal.Orders(customer).Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == key, ct)
            ?? throw new NotFoundException("Order", orderId);
        var quantities = (request.Lines ?? []).ToDictionary(l => l.LineNumber, l => l.Quantity);
        foreach (var line in quantities.Keys.Where(n => earlier.Lines.All(l => l.LineNumber != n)))
            throw RequestValidationException.For("lines", $"Order {earlier.Number} has no line {line}.");
        var lines = earlier.Lines.Where(l => !l.Cancelled)
            .Select(l => new AvailabilityLineRequest(l.ItemNumber, quantities.TryGetValue(l.LineNumber, out var q) ? q : l.Quantity, l.CompleteDelivery, l.Plant))
            .Where(l => l.Quantity > 0).ToList();
        if (lines.Count == 0) throw RequestValidationException.For("lines", "Order at least one line again.");
        var order = new AvailabilityRequest(null, null, request.RequestedDeliveryDate, earlier.ShipComplete, lines,
            request.PurchaseOrderNumber, customer.Account.Value);
        // The portal account was checked; the order is entered for it as the order desk would, and stays a draft for them.
        var (created, _) = await createOrder.HandleAsync(order, idempotencyKey, new Viewer(customer.UserName, SeesAll: true), ct);
        var promise = await availability.HandleAsync(order with { CustomerNumber = earlier.CustomerNumber.Value, AccountId = null }, explain: false, ct);
        return new PortalReorderResponse(created.Id, created.Number, created.Status,
            [.. promise.Lines.Select(l => new PortalExpectedLine(l.ItemNumber, l.RequestedQuantity, l.ConfirmedQuantity,
                [.. l.ScheduleLines.Select(s => new PortalConfirmedPart(s.Quantity, s.DeliveryDate))]))]);
    }

    private ChangeContext Context(PortalAccount customer) => new(customer.UserName, "portal", time.GetUtcNow());
}
