namespace Crm.Api.Features.Promises;

/// <summary>How backorder processing weighs open orders (configuration section <c>Backorders</c>).</summary>
/// <param name="PullForward">Freed supply may move backorders and late lines earlier (on by default).</param>
/// <param name="TierGroups">ERP customer groups, best tier first; a group not listed comes after all listed ones.</param>
public sealed record BackorderOptions(bool PullForward, IReadOnlyList<string> TierGroups)
{
    // Asked once per open line (a hundred thousand in a large run): looked up, not searched.
    private readonly Dictionary<string, int> _tiers = TierGroups.Select((g, i) => (g, i)).DistinctBy(t => t.g).ToDictionary(t => t.g, t => t.i);

    public int TierOf(string? customerGroup) =>
        customerGroup is not null && _tiers.TryGetValue(customerGroup, out var tier) ? tier : TierGroups.Count;

    public static BackorderOptions From(IConfiguration configuration) => new(
        configuration.GetValue("Backorders:PullForward", true),
        configuration.GetSection("Backorders:TierGroups").Get<string[]>() ?? []);
}
