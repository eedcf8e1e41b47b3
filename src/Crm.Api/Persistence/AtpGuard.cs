namespace Crm.Api.Persistence;

/// <summary>One row per product and plant. Every promise that reserves the product bumps the version first, which
/// locks the row until the transaction ends: two confirmations of the same product, in any process, run one after
/// the other and the second sees the first one's commitments.</summary>
public sealed class AtpGuard(string itemNumber, string plant)
{
    public string ItemNumber { get; private set; } = itemNumber;

    public string Plant { get; private set; } = plant;

    public long Version { get; private set; }
}
