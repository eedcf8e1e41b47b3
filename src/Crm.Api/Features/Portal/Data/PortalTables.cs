using Crm.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Portal;

/// <summary>The tables of the area's own records, on the shared context.</summary>
public static class PortalTables
{
    extension(CrmDbContext db)
    {
        public DbSet<PortalUser> PortalUsers => db.Set<PortalUser>();
    }
}
