using Crm.Api.Persistence;
using Crm.Domain.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Pipeline;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> b)
    {
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedOnAdd().UseAutoincrement();
        b.Property(c => c.Name).HasMaxLength(CampaignDetails.MaxNameLength);
        b.Property(c => c.Currency).HasMaxLength(3);
        b.Property(c => c.Description).HasMaxLength(4000);
        b.Property(c => c.CreatedBy).HasMaxLength(256);
        b.Property<long>(CrmDbContext.VersionProperty).IsConcurrencyToken();
        b.HasIndex(c => c.StartsOn);
        b.Ignore(c => c.TakesLeads);
        b.Ignore(c => c.DomainEvents);
    }
}
