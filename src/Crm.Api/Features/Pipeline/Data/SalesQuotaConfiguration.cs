using Crm.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Pipeline;

internal sealed class SalesQuotaConfiguration : IEntityTypeConfiguration<SalesQuota>
{
    public void Configure(EntityTypeBuilder<SalesQuota> b)
    {
        b.HasKey(q => new { q.Owner, q.Year, q.Month });
        b.Property(q => q.Owner).HasMaxLength(256);
        b.Property(q => q.Currency).HasMaxLength(3);
    }
}
