using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Persistence;

public static class Claims
{
    /// <summary>Makes the matching versioned rows a version newer inside the caller's transaction: the row lock held
    /// until it ends makes a second claimant wait, then find the rows changed. The number claimed (0: someone was first).</summary>
    public static Task<int> ClaimAsync<T>(this IQueryable<T> rows, Expression<Func<T, bool>> which, CancellationToken ct) where T : class =>
        rows.Where(which).ExecuteUpdateAsync(s => s.SetProperty(
            r => EF.Property<long>(r, CrmDbContext.VersionProperty), r => EF.Property<long>(r, CrmDbContext.VersionProperty) + 1), ct);
}
