using Crm.Api.Persistence;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Sales;

internal sealed class QuoteLineConfiguration : IEntityTypeConfiguration<QuoteLine>
{
    public void Configure(EntityTypeBuilder<QuoteLine> b)
    {
        b.HasKey(l => l.Id);
        b.Property(l => l.ItemNumber).HasMaxLength(40);
        b.Property(l => l.Plant).HasMaxLength(20);
        b.Property(l => l.Currency).HasMaxLength(3);
        // A line's few deliveries are read and written with it, never queried apart: one column of JSON.
        b.Ignore(l => l.PromisedDeliveries);
        b.Property<List<PromisedDelivery>>("_promisedDeliveries")
            .HasColumnName("PromisedDeliveries")
            .HasConversion(PromisedDeliveriesJson.Converter, PromisedDeliveriesJson.Comparer)
            .HasMaxLength(4000);
    }
}
