using Crm.Api.Persistence.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.HasKey(e => e.Id);
        b.Property(e => e.Entity).HasMaxLength(40);
        b.Property(e => e.EntityId).HasMaxLength(60);
        b.Property(e => e.Field).HasMaxLength(200);
        b.Property(e => e.OldValue).HasMaxLength(AuditEntry.MaxValueLength);
        b.Property(e => e.NewValue).HasMaxLength(AuditEntry.MaxValueLength);
        b.Property(e => e.ChangedBy).HasMaxLength(256);
        // A record's audit is read by its name and id, newest first.
        b.HasIndex(e => new { e.Entity, e.EntityId, e.Id });
    }
}
