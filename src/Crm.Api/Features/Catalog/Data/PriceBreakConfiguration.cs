using Crm.Api.Persistence;
using Crm.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Catalog;

internal sealed class PriceBreakConfiguration : IEntityTypeConfiguration<PriceBreak>
{
    public void Configure(EntityTypeBuilder<PriceBreak> b)
    {
        b.ToTable("PriceListLines");
        b.Property<long>("Id").ValueGeneratedOnAdd().UseAutoincrement();
        b.HasKey("Id");
        b.Property(l => l.ItemNumber).HasMaxLength(40);
        b.HasIndex("PriceListId", nameof(PriceBreak.ItemNumber), nameof(PriceBreak.MinQuantity)).IsUnique();
        // Pricing asks "the lists that have this item".
        b.HasIndex(l => l.ItemNumber);
    }
}
