using Crm.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Sales;

internal sealed class RepromiseRequestConfiguration : IEntityTypeConfiguration<RepromiseRequest>
{
    public void Configure(EntityTypeBuilder<RepromiseRequest> b)
    {
        b.HasKey(r => r.Id);
        b.Property(r => r.ItemNumber).HasMaxLength(40);
        b.Property(r => r.Plant).HasMaxLength(20);
        b.Property(r => r.Reason).HasMaxLength(200);
        b.HasIndex(r => new { r.ItemNumber, r.Plant });
    }
}
