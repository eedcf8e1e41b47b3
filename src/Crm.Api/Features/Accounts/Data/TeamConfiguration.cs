using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Accounts;

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> b)
    {
        b.HasKey(t => t.Id);
        b.Property(t => t.Id).ValueGeneratedOnAdd().UseAutoincrement();
        b.Property(t => t.Name).HasMaxLength(Team.MaxNameLength);
        b.Property(t => t.ManagerUserName).HasMaxLength(256);
        b.Property<long>(CrmDbContext.VersionProperty).IsConcurrencyToken();
        b.HasIndex(t => t.Name).IsUnique();
        b.HasIndex(t => t.ManagerUserName);
        b.HasMany(t => t.Members).WithOne().HasForeignKey("TeamId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        b.Ignore(t => t.DomainEvents);
    }
}
