using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Persistence.Configurations;

internal sealed class AtpGuardConfiguration : IEntityTypeConfiguration<AtpGuard>
{
    public void Configure(EntityTypeBuilder<AtpGuard> b)
    {
        b.HasKey(g => new { g.ItemNumber, g.Plant });
        b.Property(g => g.ItemNumber).HasMaxLength(40);
        b.Property(g => g.Plant).HasMaxLength(20);
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("Outbox");
        b.HasKey(m => m.Id);
        b.Property(m => m.Type).HasMaxLength(100);
        b.Property(m => m.LastError).HasMaxLength(2000);
        b.HasIndex(m => new { m.DeliveredAt, m.NextAttemptAt });
        // The dispatcher asks of every due message whether an earlier one of its order is still undelivered; without
        // this index each question scans the whole backlog, and delivery slows as the backlog grows.
        b.HasIndex(m => new { m.SalesOrderId, m.DeliveredAt, m.CreatedAt });
        // A dispatcher reads back the batch it claimed by the claim's token.
        b.HasIndex(m => m.ClaimToken);
    }
}

internal sealed class SyncCursorConfiguration : IEntityTypeConfiguration<SyncCursor>
{
    public void Configure(EntityTypeBuilder<SyncCursor> b)
    {
        b.HasKey(c => c.Entity);
        b.Property(c => c.Entity).HasMaxLength(40);
        b.Property(c => c.LastKey).HasMaxLength(200);
        b.Property(c => c.LastError).HasMaxLength(2000);
        b.Ignore(c => c.Position);
    }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> b)
    {
        b.HasKey(r => new { r.Scope, r.Key });
        b.Property(r => r.Scope).HasMaxLength(300);
        b.Property(r => r.Key).HasMaxLength(100);
    }
}

internal sealed class RepromiseRequestConfiguration : IEntityTypeConfiguration<RepromiseRequest>
{
    public void Configure(EntityTypeBuilder<RepromiseRequest> b)
    {
        b.HasKey(r => r.Id);
        b.Property(r => r.ItemNumber).HasMaxLength(40);
        b.Property(r => r.Plant).HasMaxLength(20);
        b.Property(r => r.Reason).HasMaxLength(200);
        b.HasIndex(r => new { r.ItemNumber, r.Plant });
    }
}

internal sealed class ErpRejectionConfiguration : IEntityTypeConfiguration<ErpRejection>
{
    public void Configure(EntityTypeBuilder<ErpRejection> b)
    {
        b.HasKey(r => r.Id);
        b.Property(r => r.Entity).HasMaxLength(40);
        b.Property(r => r.Source).HasMaxLength(300);
        b.Property(r => r.Key).HasMaxLength(200);
        b.Property(r => r.Field).HasMaxLength(100);
        b.Property(r => r.Reason).HasMaxLength(1000);
        // A taken record strikes its key from the report.
        b.HasIndex(r => new { r.Entity, r.Key });
    }
}
