using Crm.Domain.Sales;

namespace Crm.Api.Tests;

/// <summary>The areas of DESIGN.md §2 form a DAG in the domain and in the host's use cases: no area reaches "up",
/// none uses another the design does not allow, and the slices inside Sales do not go round in circles either.</summary>
public sealed class AreaTests
{
    private static readonly Lazy<AreaDependencies> Domain = new(() => AreaDependencies.Of(typeof(SalesOrder).Assembly, "Crm.Domain"));
    private static readonly Lazy<AreaDependencies> Features = new(() => AreaDependencies.Of(typeof(Program).Assembly, "Crm.Api.Features"));
    private static readonly Lazy<AreaDependencies> SalesSlices = new(() => AreaDependencies.Of(typeof(Program).Assembly, "Crm.Api.Features.Sales"));

    public static TheoryData<string> Layers => ["domain", "features"];

    [Theory]
    [MemberData(nameof(Layers))]
    public void Every_folder_is_an_area_of_the_design(string layer)
    {
        var unknown = Of(layer).Parts.Where(p => !AreaDependencies.MayUse.ContainsKey(p)).ToList();

        Assert.True(unknown.Count == 0, $"Not areas of DESIGN.md §2 in the {layer}: {string.Join(", ", unknown)}");
    }

    [Theory]
    [MemberData(nameof(Layers))]
    public void An_area_uses_only_the_areas_the_design_allows(string layer)
    {
        var forbidden = Of(layer).Uses
            .Where(u => !AreaDependencies.Allowed(u.Key.From).Contains(u.Key.To))
            .Select(u => $"{u.Key.From} → {u.Key.To} ({string.Join(", ", u.Value.Take(3))})")
            .ToList();

        Assert.True(forbidden.Count == 0, $"Uses the design does not allow in the {layer}: {string.Join("; ", forbidden)}");
    }

    [Theory]
    [MemberData(nameof(Layers))]
    public void The_areas_form_no_cycle(string layer)
    {
        var areas = Of(layer);

        Assert.NotEmpty(areas.Uses);
        Assert.Null(areas.FindCycle());
    }

    [Fact]
    public void The_slices_of_sales_form_no_cycle()
    {
        Assert.NotEmpty(SalesSlices.Value.Uses);
        Assert.Null(SalesSlices.Value.FindCycle());
    }

    [Fact]
    public void The_design_table_itself_is_a_DAG()
    {
        foreach (var area in AreaDependencies.MayUse.Keys.Where(a => a != "Common"))
            Assert.DoesNotContain(area, AreaDependencies.Allowed(area));
    }

    [Fact]
    public void The_domain_references_only_the_base_library()
    {
        var references = typeof(SalesOrder).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.All(references, name => Assert.True(name == "netstandard" || name.StartsWith("System", StringComparison.Ordinal), name));
    }

    private static AreaDependencies Of(string layer) => layer == "domain" ? Domain.Value : Features.Value;
}
