using Crm.Domain.Accounts;

namespace Crm.Api.Features.Sales.Repromising;

/// <summary>What ranks the customers whose orders compete for short supply.</summary>
public enum BackorderRanking
{
    /// <summary>The ERP's customer group, in the order of <see cref="BackorderOptions.TierGroups"/>.</summary>
    CustomerGroup,

    /// <summary>The account's ABC class from segmentation: A before B before C before accounts not yet segmented.</summary>
    AbcClass,
}

/// <summary>How backorder processing weighs open orders (configuration section <c>Backorders</c>).</summary>
/// <param name="PullForward">Freed supply may move backorders and late lines earlier (on by default).</param>
/// <param name="TierGroups">ERP customer groups, best tier first; a group not listed comes after all listed ones.</param>
/// <param name="LinesPerBatch">About how many open order lines one transaction promises again. A larger batch is
/// quicker in all, but holds its products' locks (and the confirmations of those products) longer and takes more
/// memory.</param>
/// <param name="RankBy">Whether the customer group or the ABC class decides the tier; within a tier, who confirmed first.</param>
public sealed record BackorderOptions(
    bool PullForward, IReadOnlyList<string> TierGroups, int LinesPerBatch = BackorderOptions.DefaultLinesPerBatch,
    BackorderRanking RankBy = BackorderRanking.CustomerGroup)
{
    public const int DefaultLinesPerBatch = 50_000;

    // Asked once per open line (a hundred thousand in a large run): looked up, not searched.
    private readonly Dictionary<string, int> _tiers = TierGroups.Select((g, i) => (g, i)).DistinctBy(t => t.g).ToDictionary(t => t.g, t => t.i);

    /// <summary>The customer's tier, 0 the best.</summary>
    public int TierOf(string? customerGroup, AbcClass? abcClass = null) => RankBy switch
    {
        BackorderRanking.AbcClass => abcClass is { } abc ? (int)abc : (int)AbcClass.C + 1,
        _ => customerGroup is not null && _tiers.TryGetValue(customerGroup, out var tier) ? tier : TierGroups.Count,
    };

    public static BackorderOptions From(IConfiguration configuration)
    {
        var linesPerBatch = configuration.GetValue("Backorders:LinesPerBatch", DefaultLinesPerBatch);
        if (linesPerBatch < 1)
            throw new InvalidOperationException($"Backorders:LinesPerBatch must be at least 1; it is {linesPerBatch}.");
        var rankBy = configuration["Backorders:RankBy"] is { Length: > 0 } text
            ? Enum.TryParse<BackorderRanking>(text, ignoreCase: true, out var ranking) && Enum.IsDefined(ranking)
                ? ranking
                : throw new InvalidOperationException($"Backorders:RankBy is CustomerGroup or AbcClass; it is '{text}'.")
            : BackorderRanking.CustomerGroup;
        return new(
            configuration.GetValue("Backorders:PullForward", true),
            configuration.GetSection("Backorders:TierGroups").Get<string[]>() ?? [],
            linesPerBatch,
            rankBy);
    }
}
