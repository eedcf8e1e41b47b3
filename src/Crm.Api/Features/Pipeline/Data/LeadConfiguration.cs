using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Pipeline;

internal sealed class LeadConfiguration : IEntityTypeConfiguration<Lead>
{
    public void Configure(EntityTypeBuilder<Lead> b)
    {
        b.HasKey(l => l.Id);
        b.Property(l => l.Id).ValueGeneratedOnAdd().UseAutoincrement();
        b.Property(l => l.Company).HasMaxLength(LeadDetails.MaxCompanyLength);
        b.Property(l => l.FirstName).HasMaxLength(LeadDetails.MaxNameLength);
        b.Property(l => l.LastName).HasMaxLength(LeadDetails.MaxNameLength);
        b.Property(l => l.JobTitle).HasMaxLength(100);
        b.Property(l => l.Email).HasMaxLength(EmailAddress.MaxLength);
        b.Property(l => l.Phone).HasMaxLength(20);
        b.Property(l => l.Country).HasMaxLength(2);
        b.Property(l => l.Industry).HasMaxLength(100);
        b.Property(l => l.Owner).HasMaxLength(256);
        b.Property(l => l.DisqualifiedReason).HasMaxLength(Lead.MaxReasonLength);
        b.PrimitiveCollection(l => l.ScoreReasons).HasField("_scoreReasons");
        b.Property(l => l.SearchText).HasMaxLength(SearchText.MaxLength);
        b.Property(l => l.ConvertedBy).HasMaxLength(256);
        b.Property(l => l.ConfirmedNotDuplicateBy).HasMaxLength(256);
        b.Property(l => l.CreatedBy).HasMaxLength(256);
        b.Property<long>(CrmDbContext.VersionProperty).IsConcurrencyToken();
        b.HasOne<Campaign>().WithMany().HasForeignKey(l => l.CampaignId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Account>().WithMany().HasForeignKey(l => l.AccountId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(l => new { l.TeamId, l.Status });
        b.HasIndex(l => l.CampaignId);
        b.HasIndex(l => l.Owner);
        b.Ignore(l => l.IsOpen);
        b.Ignore(l => l.Details);
        b.Ignore(l => l.DomainEvents);
    }
}
