using Crm.Contracts;
using Crm.Domain.Sales;

namespace Crm.Api.Features.Sales.Quotes;

/// <summary>The order a converted quote became and its lines' dates by order line number.</summary>
public sealed record OrderPromise(string Number, IReadOnlyDictionary<int, IReadOnlyList<PromisedDelivery>> Lines);

/// <summary>A quote line as the API shows it, with its promise: the last check's, or its order's once converted.</summary>
public static class QuoteLines
{
    public static QuoteLineResponse Response(QuoteLine line, Quote quote, OrderPromise? order, string? description) => new(
        line.LineNumber, line.ItemNumber, line.Plant, line.Quantity, line.UnitPrice, line.DiscountPercent, line.NetAmount, line.CompleteDelivery,
        line.PriceSource.ToString(), line.PriceListId?.Value, line.ReferencePrice, line.EffectiveDiscountPercent,
        line.PromisedQuantity, line.PromisedDeliveryDate, line.Optional, line.Chosen, line.HeaderDiscountPercent,
        Promise(line, quote, order), line.OrderLineNumber, description);

    public static QuoteLinePromiseResponse Promise(QuoteLine line, Quote quote, OrderPromise? order)
    {
        if (order is not null && line.OrderLineNumber is { } orderLine)
        {
            var deliveries = order.Lines.GetValueOrDefault(orderLine) ?? [];
            return new(null, nameof(QuoteLinePromiseState.Ordered), [.. deliveries.Select(d => new PromisedDeliveryResponse(d.Quantity, d.DeliveryDate))]);
        }
        if (line.PromisedQuantity is not { } confirmed) return new(null, nameof(QuoteLinePromiseState.NotChecked), []);
        var status = confirmed >= line.Quantity ? QuoteLinePromiseState.Confirmed : confirmed > 0 ? QuoteLinePromiseState.Partial : QuoteLinePromiseState.NotAvailable;
        return new(quote.PromiseCheckedAt, status.ToString(), [.. line.PromisedDeliveries.Select(d => new PromisedDeliveryResponse(d.Quantity, d.DeliveryDate))]);
    }
}
