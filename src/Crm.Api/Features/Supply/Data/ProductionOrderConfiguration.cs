using Crm.Api.Persistence;
using Crm.Domain.Supply;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Supply;

internal sealed class ProductionOrderConfiguration : IEntityTypeConfiguration<ProductionOrder>
{
    public void Configure(EntityTypeBuilder<ProductionOrder> b)
    {
        b.HasKey(p => p.OrderNumber);
        b.Property(p => p.OrderNumber).HasMaxLength(40);
        b.Property(p => p.ItemNumber).HasMaxLength(40);
        b.Property(p => p.Plant).HasMaxLength(20);
        b.HasIndex(p => new { p.ItemNumber, p.Plant });
    }
}
