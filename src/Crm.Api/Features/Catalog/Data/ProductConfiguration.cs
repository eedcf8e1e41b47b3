using Crm.Api.Persistence;
using Crm.Domain.Catalog;
using Crm.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Catalog;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> b)
    {
        b.HasKey(p => p.ItemNumber);
        b.Property(p => p.ItemNumber).HasMaxLength(40);
        b.Property(p => p.Description).HasMaxLength(200);
        b.Property(p => p.BaseUnit).HasMaxLength(10);
        b.Property(p => p.Currency).HasMaxLength(3);
        b.Property(p => p.Plant).HasMaxLength(20);
        b.Property(p => p.SearchText).HasMaxLength(SearchText.MaxLength);
    }
}
