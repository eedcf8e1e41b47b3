using Crm.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Integration;

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
