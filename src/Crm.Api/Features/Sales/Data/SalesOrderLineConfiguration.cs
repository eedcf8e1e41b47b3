using Crm.Api.Persistence;
using Crm.Api.Persistence.Configurations;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Sales;

internal sealed class SalesOrderLineConfiguration : IEntityTypeConfiguration<SalesOrderLine>
{
    public void Configure(EntityTypeBuilder<SalesOrderLine> b)
    {
        b.HasKey(l => l.Id);
        b.Property(l => l.ItemNumber).HasMaxLength(40);
        b.Property(l => l.Plant).HasMaxLength(20);
        b.HasMany(l => l.ScheduleLines).WithOne().HasForeignKey(SalesOrderLoading.LineKey).IsRequired().OnDelete(DeleteBehavior.Cascade);
        // Backorder processing finds the open lines of a product without reading every order.
        b.HasIndex(l => new { l.ItemNumber, l.Plant });
        b.HasStorageParameter(FillFactor.Name, FillFactor.RewrittenInPlace);
    }
}
