namespace Crm.Api.Features.Sales;

/// <summary>A product whose open commitments must be promised again: its supply changed, or commitments on it were
/// released or set by hand. Written in the same transaction as the change, so a crash never loses the trigger;
/// backorder processing removes it once the product is done.</summary>
public sealed class RepromiseRequest(string itemNumber, string plant, string reason, DateTimeOffset requestedAt)
{
    public long Id { get; private set; }

    public string ItemNumber { get; private set; } = itemNumber;

    public string Plant { get; private set; } = plant;

    public string Reason { get; private set; } = reason;

    public DateTimeOffset RequestedAt { get; private set; } = requestedAt;
}
