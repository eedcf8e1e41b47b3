using Crm.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Sales;

/// <summary>The tables of the area's own records, on the shared context.</summary>
public static class SalesTables
{
    extension(CrmDbContext db)
    {
        public DbSet<RepromiseRequest> RepromiseRequests => db.Set<RepromiseRequest>();

        public DbSet<QuoteEvent> QuoteEvents => db.Set<QuoteEvent>();
    }
}
