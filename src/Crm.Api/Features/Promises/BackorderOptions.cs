namespace Crm.Api.Features.Promises;

/// <summary>How backorder processing weighs open orders (configuration section <c>Backorders</c>).</summary>
/// <param name="PullForward">Freed supply may move backorders and late lines earlier (on by default).</param>
/// <param name="TierGroups">ERP customer groups, best tier first; a group not listed comes after all listed ones.</param>
public sealed record BackorderOptions(bool PullForward, IReadOnlyList<string> TierGroups)
{
    public int TierOf(string? customerGroup)
    {
        var index = customerGroup is null ? -1 : TierGroups.ToList().IndexOf(customerGroup);
        return index >= 0 ? index : TierGroups.Count;
    }

    public static BackorderOptions From(IConfiguration configuration) => new(
        configuration.GetValue("Backorders:PullForward", true),
        configuration.GetSection("Backorders:TierGroups").Get<string[]>() ?? []);
}
