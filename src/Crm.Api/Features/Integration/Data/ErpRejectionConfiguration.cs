using Crm.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Integration;

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
