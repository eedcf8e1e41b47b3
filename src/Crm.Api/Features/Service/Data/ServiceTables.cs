using Crm.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Service;

/// <summary>The tables of the area's own records, on the shared context.</summary>
public static class ServiceTables
{
    extension(CrmDbContext db)
    {
        public DbSet<CaseAttachment> CaseAttachments => db.Set<CaseAttachment>();
        public DbSet<InboundEmail> InboundEmails => db.Set<InboundEmail>();
        public DbSet<ServiceSettings> ServiceSettings => db.Set<ServiceSettings>();
    }
}
