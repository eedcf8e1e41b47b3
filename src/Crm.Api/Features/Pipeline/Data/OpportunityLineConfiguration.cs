using Crm.Api.Persistence;
using Crm.Domain.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Pipeline;

internal sealed class OpportunityLineConfiguration : IEntityTypeConfiguration<OpportunityLine>
{
    public void Configure(EntityTypeBuilder<OpportunityLine> b)
    {
        b.HasKey(l => l.Id);
        b.HasIndex(l => l.OpportunityId);
        b.Property(l => l.ItemNumber).HasMaxLength(40);
        b.Ignore(l => l.Amount);
    }
}
