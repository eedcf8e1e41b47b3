using Crm.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Sales;

internal sealed class AtpGuardConfiguration : IEntityTypeConfiguration<AtpGuard>
{
    public void Configure(EntityTypeBuilder<AtpGuard> b)
    {
        b.HasKey(g => new { g.ItemNumber, g.Plant });
        b.Property(g => g.ItemNumber).HasMaxLength(40);
        b.Property(g => g.Plant).HasMaxLength(20);
    }
}
