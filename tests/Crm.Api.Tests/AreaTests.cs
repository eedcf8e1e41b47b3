using Crm.Domain.Sales;

namespace Crm.Api.Tests;

/// <summary>The areas of DESIGN.md §2 form a DAG in the domain and in the host's use cases, across layers: code in
/// Features/X that uses Crm.Domain.Y, Features/Y or the ERP bridge uses Y, and must be allowed to.</summary>
public sealed class AreaTests
{
    private static readonly Lazy<AreaDependencies> Domain = new(() => AreaDependencies.Of(typeof(SalesOrder).Assembly, "Crm.Domain"));
    private static readonly Lazy<AreaDependencies> Features =
        new(() => AreaDependencies.Of(typeof(Program).Assembly, "Crm.Api.Features", "Crm.Domain", "ErpBridge"));
    private static readonly Lazy<AreaDependencies> SalesSlices = new(() => AreaDependencies.Of(typeof(Program).Assembly, "Crm.Api.Features.Sales"));

    public static TheoryData<string> Layers => ["domain", "features"];

    [Theory]
    [MemberData(nameof(Layers))]
    public void Every_folder_is_an_area_of_the_design(string layer)
    {
        var unknown = Of(layer).Parts.Where(p => !AreaDependencies.MayUse.ContainsKey(p) && !AreaDependencies.Readers.Contains(p)).ToList();

        Assert.True(unknown.Count == 0, $"Not areas of DESIGN.md §2 in the {layer}: {string.Join(", ", unknown)}");
    }

    [Theory]
    [MemberData(nameof(Layers))]
    public void An_area_uses_only_the_areas_the_design_allows(string layer)
    {
        var forbidden = Of(layer).Forbidden();

        Assert.True(forbidden.Count == 0, $"Uses the design does not allow in the {layer}: {string.Join("; ", forbidden)}");
    }

    [Fact]
    public void A_forbidden_use_across_layers_is_caught()
    {
        var planted = AreaDependencies.Of(typeof(AreaTests).Assembly, "Crm.Api.Tests.Planted.Features", "Crm.Domain", "ErpBridge");

        Assert.Equal(["Sales → Activities", "Sales → Integration"],
            planted.Forbidden().Select(f => f[..f.IndexOf(" (", StringComparison.Ordinal)]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void No_area_uses_a_read_model()
    {
        var users = Features.Value.Uses.Keys.Where(u => AreaDependencies.Readers.Contains(u.To) && !AreaDependencies.Readers.Contains(u.From)).ToList();

        Assert.True(users.Count == 0, $"Areas that use a read model: {string.Join(", ", users)}");
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
