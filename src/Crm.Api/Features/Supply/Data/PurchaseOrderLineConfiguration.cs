using Crm.Api.Persistence;
using Crm.Domain.Supply;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Supply;

internal sealed class PurchaseOrderLineConfiguration : IEntityTypeConfiguration<PurchaseOrderLine>
{
    public void Configure(EntityTypeBuilder<PurchaseOrderLine> b)
    {
        b.HasKey(p => new { p.PoNumber, p.Line });
        b.Property(p => p.PoNumber).HasMaxLength(40);
        b.Property(p => p.ItemNumber).HasMaxLength(40);
        b.Property(p => p.Plant).HasMaxLength(20);
        b.HasIndex(p => new { p.ItemNumber, p.Plant });
    }
}
