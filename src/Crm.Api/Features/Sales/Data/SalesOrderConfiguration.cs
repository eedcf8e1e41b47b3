using Crm.Api.Persistence;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Sales;

internal sealed class SalesOrderConfiguration : IEntityTypeConfiguration<SalesOrder>
{
    public void Configure(EntityTypeBuilder<SalesOrder> b)
    {
        b.HasKey(o => o.Id);
        // A typed id keeps the identity column it replaced; SQLite needs to be told, since its key now has a converter.
        b.Property(o => o.Id).ValueGeneratedOnAdd().UseAutoincrement();
        b.Property(o => o.Number).HasMaxLength(20);
        b.Property(o => o.CustomerNumber).HasMaxLength(40);
        b.Property(o => o.CreatedBy).HasMaxLength(256);
        b.Property(o => o.Currency).HasMaxLength(3);
        b.Property(o => o.PurchaseOrderNumber).HasMaxLength(SalesOrder.MaxPurchaseOrderNumberLength);
        b.Property(o => o.ConfirmedBy).HasMaxLength(256);
        b.Property(o => o.CreditHoldReason).HasMaxLength(500);
        b.Property(o => o.CreditReleasedBy).HasMaxLength(256);
        b.Property(o => o.CancelledBy).HasMaxLength(256);
        b.Property(o => o.CancelReason).HasMaxLength(500);
        // The credit check sums a customer's open orders' values.
        b.HasIndex(o => new { o.CustomerNumber, o.Status });
        b.Property(o => o.ErpOrderNumber).HasMaxLength(40);
        b.Property<long>(CrmDbContext.VersionProperty).IsConcurrencyToken();
        b.HasIndex(o => o.Number);
        b.HasIndex(o => o.Status);
        b.HasIndex(o => o.TeamId);
        // A quote converts to exactly one order, even when two conversions race.
        b.HasIndex(o => o.QuoteId).IsUnique();
        // Required: a line or schedule line taken out of its document is deleted, never left behind without one.
        b.HasMany(o => o.Lines).WithOne().HasForeignKey(SalesOrderLoading.OrderKey).IsRequired().OnDelete(DeleteBehavior.Cascade);
        b.Ignore(o => o.ActiveLines);
        b.Ignore(o => o.DomainEvents);
    }
}
