using Crm.Api.Infrastructure;
using Crm.Contracts;

namespace Crm.Api.Tests;

/// <summary>The contract's names for statuses, kinds and roles are the domain's own: a value added or renamed on one
/// side fails here, not in a user's browser.</summary>
public sealed class VocabularyTests
{
    public static TheoryData<Type, Type> Pairs => new()
    {
        { typeof(OrderState), typeof(Crm.Domain.Sales.SalesOrderStatus) },
        { typeof(QuoteState), typeof(Crm.Domain.Sales.QuoteStatus) },
        { typeof(ChangeKind), typeof(Crm.Domain.Sales.PromiseChangeKind) },
        { typeof(CaseState), typeof(Crm.Domain.Service.CaseStatus) },
        { typeof(SlaState), typeof(Crm.Domain.Service.SlaState) },
        { typeof(PromiseState), typeof(Crm.Domain.Promising.PromiseStatus) },
        { typeof(SupplyKind), typeof(Crm.Domain.Promising.SupplyKind) },
        { typeof(Shortfall), typeof(Crm.Domain.Promising.ShortfallReason) },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void The_contract_names_what_the_domain_names(Type contract, Type domain) =>
        Assert.Equal(Enum.GetNames(domain).Order(StringComparer.Ordinal), Enum.GetNames(contract).Order(StringComparer.Ordinal));

    [Fact]
    public void The_roles_are_the_contracts_roles() =>
        Assert.Equal(Enum.GetNames<Role>().Order(StringComparer.Ordinal), Roles.All.Order(StringComparer.Ordinal));
}
