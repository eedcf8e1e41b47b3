using Crm.Api.Persistence;
using Crm.Domain.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Pipeline;

internal sealed class StageChangeConfiguration : IEntityTypeConfiguration<StageChange>
{
    public void Configure(EntityTypeBuilder<StageChange> b)
    {
        b.ToTable("OpportunityStageChanges");
        b.HasKey(h => h.Id);
        b.Property(h => h.FromStage).HasMaxLength(OpportunityStage.MaxNameLength);
        b.Property(h => h.ToStage).HasMaxLength(OpportunityStage.MaxNameLength);
        b.Property(h => h.ChangedBy).HasMaxLength(256);
        b.HasIndex(h => h.OpportunityId);
    }
}
