using Crm.Domain.Calendars;
using Crm.Domain.Supply;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Persistence.Configurations;

internal sealed class StockLevelConfiguration : IEntityTypeConfiguration<StockLevel>
{
    public void Configure(EntityTypeBuilder<StockLevel> b)
    {
        b.HasKey(s => new { s.ItemNumber, s.Plant });
        b.Property(s => s.ItemNumber).HasMaxLength(40);
        b.Property(s => s.Plant).HasMaxLength(20);
    }
}

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

internal sealed class PlantCalendarConfiguration : IEntityTypeConfiguration<PlantCalendar>
{
    public void Configure(EntityTypeBuilder<PlantCalendar> b)
    {
        b.HasKey(c => c.Plant);
        b.Property(c => c.Plant).HasMaxLength(20);
        b.PrimitiveCollection(c => c.WeekendDays);
        b.PrimitiveCollection(c => c.Holidays);
    }
}
