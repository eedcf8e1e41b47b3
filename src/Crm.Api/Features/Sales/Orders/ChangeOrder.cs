using Crm.Api.Features.Catalog;
using Crm.Api.Features.Sales.Availability;
using Crm.Api.Features.Sales.Commitments;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Promising;
using Crm.Domain.Sales;

namespace Crm.Api.Features.Sales.Orders;

/// <summary>Changes to an order after entry. Each re-checks only what changed and frees what is no longer needed;
/// the order records every moved promise.</summary>
public sealed class ChangeOrder(
    CrmDbContext db, CommitmentTransaction commitments, AvailabilityReader availability, CustomerLookup customers, TimeProvider time)
{
    private const string DefaultReason = "Changed at the customer's request";

    public Task CancelAsync(long id, string? reason, string user, CancellationToken ct) =>
        commitments.ChangeOrderAsync(id, order =>
        {
            order.Cancel(Context(user, reason));
            return Task.FromResult(true);
        }, ct);

    public Task CancelLineAsync(long id, int lineNumber, string? reason, string user, CancellationToken ct) =>
        commitments.ChangeOrderAsync(id, order =>
        {
            Known(order, lineNumber).CancelLine(lineNumber, Context(user, reason));
            return Task.FromResult(true);
        }, ct);

    public Task ChangeQuantityAsync(long id, int lineNumber, decimal quantity, string? reason, string user, CancellationToken ct) =>
        commitments.ChangeOrderAsync(id, async order =>
        {
            var itemNumber = Known(order, lineNumber).Lines.First(l => l.LineNumber == lineNumber).ItemNumber;
            var unit = await db.UnitOfAsync(itemNumber, ct);
            var context = Context(user, reason);
            switch (order.ChangeQuantity(lineNumber, unit.Quantity(quantity, "quantity"), context))
            {
                case QuantityChangeOutcome.PromiseAgain:
                    await RepromiseAsync(order, PromiseChangeKind.QuantityChanged, context, ct);
                    break;
                case QuantityChangeOutcome.PromiseExtra:
                    // Only the extra is checked, against everything committed so far, this line's part included.
                    var products = await availability.LoadAsync(Products(order), time.Today(), excluding: null, ct);
                    var terms = await customers.TermsAsync(order.CustomerNumber, ct, existingOrder: true);
                    var extra = PromisingEngine.Promise(order.ExtraRequest(lineNumber, order.Unpromised(lineNumber), time.Today(), terms), products);
                    order.PromiseMore(lineNumber, extra.Lines.Single(), context);
                    break;
            }
            return true;
        }, ct);

    public Task ChangeRequestedDateAsync(long id, DateOnly? requestedDeliveryDate, string? reason, string user, CancellationToken ct) =>
        commitments.ChangeOrderAsync(id, async order =>
        {
            if (order.ChangeRequestedDate(requestedDeliveryDate, time.Today()))
                await RepromiseAsync(order, PromiseChangeKind.DateChanged, Context(user, reason), ct);
            return true;
        }, ct);

    /// <summary>Releases the order's own commitments and promises its lines again against everything else.</summary>
    private async Task RepromiseAsync(SalesOrder order, PromiseChangeKind kind, ChangeContext context, CancellationToken ct)
    {
        var products = await availability.LoadAsync(Products(order), time.Today(), order, ct);
        var terms = await customers.TermsAsync(order.CustomerNumber, ct, existingOrder: true);
        order.Repromise(PromisingEngine.Promise(order.ToPromiseRequest(time.Today(), terms), products), kind, context);
    }

    /// <summary>A line number that the order never had is an unknown address (404); a cancelled one is a broken rule.</summary>
    private static SalesOrder Known(SalesOrder order, int lineNumber) =>
        order.Lines.Any(l => l.LineNumber == lineNumber) ? order : throw new NotFoundException($"Line of order {order.Number}", lineNumber);

    private static List<ProductKey> Products(SalesOrder order) =>
        [.. order.ActiveLines.Select(l => new ProductKey(l.ItemNumber, l.Plant)).Distinct()];

    private ChangeContext Context(string user, string? reason) =>
        new(user, string.IsNullOrWhiteSpace(reason) ? DefaultReason : reason, time.GetUtcNow());
}
