using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Pipeline;

internal sealed class OpportunityConfiguration : IEntityTypeConfiguration<Opportunity>
{
    public void Configure(EntityTypeBuilder<Opportunity> b)
    {
        b.HasKey(o => o.Id);
        b.Property(o => o.Id).ValueGeneratedOnAdd().UseAutoincrement();
        b.Property(o => o.Name).HasMaxLength(OpportunityTerms.MaxNameLength);
        b.Property(o => o.Currency).HasMaxLength(3);
        b.Property(o => o.StageName).HasMaxLength(OpportunityStage.MaxNameLength);
        b.Property(o => o.Owner).HasMaxLength(256);
        b.Property(o => o.LostReason).HasMaxLength(Opportunity.MaxReasonLength);
        b.Property(o => o.CreatedBy).HasMaxLength(256);
        b.Property<long>(CrmDbContext.VersionProperty).IsConcurrencyToken();
        b.HasOne<Account>().WithMany().HasForeignKey(o => o.AccountId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OpportunityStage>().WithMany().HasForeignKey(o => o.StageId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(o => o.Lines).HasField("_lines");
        b.HasMany(o => o.History).WithOne().HasForeignKey(h => h.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(o => o.History).HasField("_history");
        b.HasIndex(o => new { o.TeamId, o.Status, o.ExpectedCloseDate });
        b.HasIndex(o => o.AccountId);
        b.HasIndex(o => o.QuoteId);
        b.Ignore(o => o.IsOpen);
        b.Ignore(o => o.DomainEvents);
    }
}
