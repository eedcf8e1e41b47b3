using Crm.Domain.Orders;
using Crm.Domain.Quotes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Persistence.Configurations;

internal sealed class QuoteConfiguration : IEntityTypeConfiguration<Quote>
{
    public void Configure(EntityTypeBuilder<Quote> b)
    {
        b.HasKey(q => q.Id);
        b.Property(q => q.Number).HasMaxLength(20);
        b.Property(q => q.CustomerNumber).HasMaxLength(40);
        b.Property(q => q.CreatedBy).HasMaxLength(256);
        b.Property<long>(CrmDbContext.VersionProperty).IsConcurrencyToken();
        b.HasIndex(q => q.Number);
        b.HasIndex(q => q.CustomerNumber);
        b.HasMany(q => q.Lines).WithOne().HasForeignKey("QuoteId").IsRequired().OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class QuoteLineConfiguration : IEntityTypeConfiguration<QuoteLine>
{
    public void Configure(EntityTypeBuilder<QuoteLine> b)
    {
        b.HasKey(l => l.Id);
        b.Property(l => l.ItemNumber).HasMaxLength(40);
        b.Property(l => l.Plant).HasMaxLength(20);
    }
}

internal sealed class SalesOrderConfiguration : IEntityTypeConfiguration<SalesOrder>
{
    public void Configure(EntityTypeBuilder<SalesOrder> b)
    {
        b.HasKey(o => o.Id);
        b.Property(o => o.Number).HasMaxLength(20);
        b.Property(o => o.CustomerNumber).HasMaxLength(40);
        b.Property(o => o.CreatedBy).HasMaxLength(256);
        b.Property(o => o.ErpOrderNumber).HasMaxLength(40);
        b.Property<long>(CrmDbContext.VersionProperty).IsConcurrencyToken();
        b.HasIndex(o => o.Number);
        b.HasIndex(o => o.Status);
        // A quote converts to exactly one order, even when two conversions race.
        b.HasIndex(o => o.QuoteId).IsUnique();
        // Required: a line or schedule line taken out of its document is deleted, never left behind without one.
        b.HasMany(o => o.Lines).WithOne().HasForeignKey(SalesOrderLoading.OrderKey).IsRequired().OnDelete(DeleteBehavior.Cascade);
        b.Ignore(o => o.ActiveLines);
    }
}

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

internal sealed class ScheduleLineConfiguration : IEntityTypeConfiguration<ScheduleLine>
{
    public void Configure(EntityTypeBuilder<ScheduleLine> b)
    {
        b.HasKey(s => s.Id);
        b.Property(s => s.ItemNumber).HasMaxLength(40);
        b.Property(s => s.Plant).HasMaxLength(20);
        b.HasIndex(s => new { s.ItemNumber, s.Plant });
        b.HasStorageParameter(FillFactor.Name, FillFactor.RewrittenInPlace);
    }
}

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

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> b)
    {
        b.HasKey(i => i.InvoiceNumber);
        b.Property(i => i.InvoiceNumber).HasMaxLength(40);
        b.Property(i => i.OrderNumber).HasMaxLength(40);
        b.Property(i => i.Currency).HasMaxLength(3);
        b.HasIndex(i => i.OrderNumber);
    }
}
