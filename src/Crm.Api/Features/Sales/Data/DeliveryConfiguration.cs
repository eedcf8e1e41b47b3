using Crm.Api.Persistence;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Sales;

internal sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> b)
    {
        b.HasKey(d => d.DeliveryNumber);
        b.Property(d => d.DeliveryNumber).HasMaxLength(40);
        b.Property(d => d.OrderNumber).HasMaxLength(40);
        b.Property(d => d.ItemNumber).HasMaxLength(40);
        b.Property(d => d.TrackingNumber).HasMaxLength(100);
        b.HasIndex(d => d.OrderNumber);
    }
}
