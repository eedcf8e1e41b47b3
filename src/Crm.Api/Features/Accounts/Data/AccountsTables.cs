using Crm.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Accounts;

/// <summary>The tables of the area's own records, on the shared context.</summary>
public static class AccountsTables
{
    extension(CrmDbContext db)
    {
        public DbSet<MatchKey> MatchKeys => db.Set<MatchKey>();
    }
}
