using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Persistence;

public static class QueryPlans
{
    /// <summary>For the rest of the caller's transaction, PostgreSQL plans each prepared statement for the values it is
    /// given instead of reusing a generic plan made while a table was still small.</summary>
    public static async Task PlanEachQueryForItsKeysAsync(this CrmDbContext db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync("SET LOCAL plan_cache_mode = force_custom_plan", ct);
    }
}
