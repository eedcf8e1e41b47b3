using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Accounts;

internal sealed class TeamMemberConfiguration : IEntityTypeConfiguration<TeamMember>
{
    public void Configure(EntityTypeBuilder<TeamMember> b)
    {
        b.Property<long>("Id").ValueGeneratedOnAdd().UseAutoincrement();
        b.HasKey("Id");
        b.Property(m => m.UserName).HasMaxLength(256);
        b.HasIndex("TeamId", nameof(TeamMember.UserName)).IsUnique();
        // Visibility asks "the teams of this user" on every read.
        b.HasIndex(m => m.UserName);
    }
}
