using Crm.Api.Persistence;
using Crm.Domain.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Pipeline;

internal sealed class OpportunityStageConfiguration : IEntityTypeConfiguration<OpportunityStage>
{
    public void Configure(EntityTypeBuilder<OpportunityStage> b)
    {
        b.HasKey(s => s.Id);
        b.Property(s => s.Name).HasMaxLength(OpportunityStage.MaxNameLength);
        b.HasIndex(s => s.Name).IsUnique();
        b.Property<long>(CrmDbContext.VersionProperty).IsConcurrencyToken();
        b.Ignore(s => s.IsClosed);
    }
}
