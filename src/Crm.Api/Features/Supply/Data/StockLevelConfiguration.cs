using Crm.Api.Persistence;
using Crm.Domain.Supply;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Supply;

internal sealed class StockLevelConfiguration : IEntityTypeConfiguration<StockLevel>
{
    public void Configure(EntityTypeBuilder<StockLevel> b)
    {
        b.HasKey(s => new { s.ItemNumber, s.Plant });
        b.Property(s => s.ItemNumber).HasMaxLength(40);
        b.Property(s => s.Plant).HasMaxLength(20);
    }
}
