using Crm.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Integration;

/// <summary>The tables of the area's own records, on the shared context.</summary>
public static class IntegrationTables
{
    extension(CrmDbContext db)
    {
        public DbSet<OutboxMessage> Outbox => db.Set<OutboxMessage>();
        public DbSet<SyncCursor> SyncCursors => db.Set<SyncCursor>();
        public DbSet<ErpRejection> ErpRejections => db.Set<ErpRejection>();
    }
}
