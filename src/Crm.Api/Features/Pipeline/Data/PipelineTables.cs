using Crm.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Pipeline;

/// <summary>The tables of the area's own records, on the shared context.</summary>
public static class PipelineTables
{
    extension(CrmDbContext db)
    {
        public DbSet<SalesQuota> SalesQuotas => db.Set<SalesQuota>();
    }
}
