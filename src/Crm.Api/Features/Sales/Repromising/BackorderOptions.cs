namespace Crm.Api.Features.Sales.Repromising;

/// <summary>How backorder processing weighs open orders (configuration section <c>Backorders</c>).</summary>
/// <param name="PullForward">Freed supply may move backorders and late lines earlier (on by default).</param>
/// <param name="TierGroups">ERP customer groups, best tier first; a group not listed comes after all listed ones.</param>
/// <param name="LinesPerBatch">About how many open order lines one transaction promises again. A larger batch is
/// quicker in all, but holds its products' locks (and the confirmations of those products) longer and takes more
/// memory.</param>
public sealed record BackorderOptions(bool PullForward, IReadOnlyList<string> TierGroups, int LinesPerBatch = BackorderOptions.DefaultLinesPerBatch)
{
    public const int DefaultLinesPerBatch = 50_000;

    // Asked once per open line (a hundred thousand in a large run): looked up, not searched.
    private readonly Dictionary<string, int> _tiers = TierGroups.Select((g, i) => (g, i)).DistinctBy(t => t.g).ToDictionary(t => t.g, t => t.i);

    public int TierOf(string? customerGroup) =>
        customerGroup is not null && _tiers.TryGetValue(customerGroup, out var tier) ? tier : TierGroups.Count;

    public static BackorderOptions From(IConfiguration configuration)
    {
        var linesPerBatch = configuration.GetValue("Backorders:LinesPerBatch", DefaultLinesPerBatch);
        if (linesPerBatch < 1)
            throw new InvalidOperationException($"Backorders:LinesPerBatch must be at least 1; it is {linesPerBatch}.");
        return new(
            configuration.GetValue("Backorders:PullForward", true),
            configuration.GetSection("Backorders:TierGroups").Get<string[]>() ?? [],
            linesPerBatch);
    }
}
