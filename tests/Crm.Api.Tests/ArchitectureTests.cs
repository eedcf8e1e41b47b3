using NetArchTest.Rules;

namespace Crm.Api.Tests;

/// <summary>The host's layers point one way: use cases (Features) use persistence and infrastructure, never the
/// other way round, so a new area can be added without the base knowing of it; the platform (Infrastructure) uses
/// persistence, never the other way round.</summary>
public sealed class ArchitectureTests
{
    private static readonly Types Host = Types.InAssembly(typeof(Program).Assembly);

    [Theory]
    [InlineData("Crm.Api.Persistence")]
    [InlineData("Crm.Api.Infrastructure")]
    public void The_base_never_uses_a_feature(string layer)
    {
        var result = Host.That().ResideInNamespace(layer).ShouldNot().HaveDependencyOn("Crm.Api.Features").GetResult();

        Assert.True(result.IsSuccessful, $"{layer} uses Features: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Persistence_never_uses_the_platform()
    {
        var result = Host.That().ResideInNamespace("Crm.Api.Persistence").ShouldNot().HaveDependencyOn("Crm.Api.Infrastructure").GetResult();

        Assert.True(result.IsSuccessful, $"Persistence uses Infrastructure: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void The_domain_knows_nothing_of_the_host_or_the_bridge()
    {
        var result = Types.InAssembly(typeof(Crm.Domain.Sales.SalesOrder).Assembly)
            .ShouldNot().HaveDependencyOnAny("Crm.Api", "ErpBridge", "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore")
            .GetResult();

        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }
}
