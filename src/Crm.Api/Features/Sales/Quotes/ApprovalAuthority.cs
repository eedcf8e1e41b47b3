using System.Security.Claims;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Sales.Quotes;

/// <summary>How much discount each role may give without a manager (Approvals:DiscountLimits:{Role}, in percent; a
/// user with several roles has the highest), and the items' floor prices.</summary>
public sealed class ApprovalAuthority(CrmDbContext db, IConfiguration configuration)
{
    private static readonly Dictionary<string, decimal> Defaults = new()
    {
        [Roles.Sales] = 10m,
        [Roles.OrderDesk] = 10m,
        [Roles.Manager] = 30m,
        [Roles.Admin] = 0m,
    };

    public decimal LimitOf(ClaimsPrincipal user) =>
        Roles.People.Where(user.IsInRole)
            .Select(r => configuration.GetValue<decimal?>($"Approvals:DiscountLimits:{r}") ?? Defaults.GetValueOrDefault(r))
            .DefaultIfEmpty(0m).Max();

    public async Task<ApprovalRules> RulesForAsync(ClaimsPrincipal user, Quote quote, CancellationToken ct)
    {
        var items = quote.Lines.Select(l => l.ItemNumber).Distinct().ToList();
        var floors = await db.Products.AsNoTracking().Where(p => items.Contains(p.ItemNumber) && p.FloorPrice != null)
            .ToDictionaryAsync(p => p.ItemNumber, p => p.FloorPrice!.Value, ct);
        return new ApprovalRules(LimitOf(user), floors);
    }
}
