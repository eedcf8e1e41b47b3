namespace Crm.Domain.Sales;

/// <summary>Part of a quote line that a check could promise, and the day it would reach the customer.</summary>
public sealed record PromisedDelivery(decimal Quantity, DateOnly DeliveryDate);

/// <summary>What a check could promise of one line: its deliveries, in date order (none when nothing could be).</summary>
public sealed record QuoteLinePromise(IReadOnlyList<PromisedDelivery> Deliveries)
{
    public decimal Confirmed => Deliveries.Sum(d => d.Quantity);

    public DateOnly? LastDelivery => Deliveries.Count == 0 ? null : Deliveries.Max(d => d.DeliveryDate);
}
