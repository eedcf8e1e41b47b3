using AutoMapper;
using Crm.Contracts;
using Crm.Api.Features.Sales.Availability;
using Crm.Api.Features.Sales.Commitments;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Promising;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Sales.Orders;

/// <summary>Checks availability and reserves it in one database transaction. Never promises the same unit twice,
/// however many processes confirm at once. An order over the customer's credit limit is promised all the same but held
/// for a manager (<see cref="SalesOrderStatus.CreditHold"/>).</summary>
public sealed class ConfirmOrder(
    CrmDbContext db, CommitmentTransaction commitments, AvailabilityReader availability, CustomerLookup customers, ISupplyFreshness freshness,
    CreditExposure credit, Accounts.RequestErpCustomer erpCustomers, TimeProvider time, IMapper mapper)
{
    /// <param name="by">Who confirms; none when a job re-checks a provisional order.</param>
    public async Task<ConfirmOrderResponse> HandleAsync(long orderId, CancellationToken ct, string? by = null)
    {
        // Outside the transaction: a refresh talks to the ERP. On data too old to trust the order is provisional.
        var trusted = await freshness.EnsureFreshAsync(ct);
        var today = time.Today();
        return await commitments.RunAsync(async work =>
        {
            var order = await db.SalesOrders.WithCommitmentsAsync(new SalesOrderId(orderId), ct);
            order.EnsureConfirmable();
            // A prospect's first order asks the ERP for the customer through Accounts; it goes out once the number is there.
            if (order.AwaitsCustomerNumber) await erpCustomers.ForFirstOrderAsync(order.CustomerNumber.Value, order.Number, by ?? order.CreatedBy, ct);
            var terms = await customers.TermsAsync(order.CustomerNumber, ct);
            var standing = await credit.CheckAsync(order, ct);
            if (order.PurchaseOrderNumber is null && standing.RequiresPurchaseOrderNumber)
                throw RequestValidationException.For("purchaseOrderNumber",
                    $"Customer {order.CustomerNumber.Value} wants its purchase order number on every order: add it before confirming.");
            var keys = order.Lines.Select(l => new ProductKey(l.ItemNumber, l.Plant)).Distinct().ToList();
            var deleted = new HashSet<string>();
            var supply = await availability.LoadSupplyAsync(keys, today, ct, deleted);
            RequestedLines.EnsureStillSold([.. order.Lines.Select(l => l.ItemNumber)], deleted);

            await work.LockAsync(keys);

            // Demand only after the locks: every commitment made before ours is visible now.
            var products = await availability.WithDemandAsync(supply, order, ct);
            var promise = PromisingEngine.Promise(order.ToPromiseRequest(today, terms), products);
            order.Confirm(promise, provisional: !trusted, time.GetUtcNow(), standing.Credit, by);
            return new ConfirmOrderResponse(
                orderId, order.Number, order.Status.ToString(), today, mapper.Map<List<AvailabilityLineResponse>>(promise.Lines), order.CreditHoldReason);
        }, ct);
    }
}
