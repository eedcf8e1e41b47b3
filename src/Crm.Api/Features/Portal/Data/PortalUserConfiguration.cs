using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Portal;

internal sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> b)
    {
        b.HasKey(u => u.Id);
        b.Property(u => u.Id).ValueGeneratedOnAdd().UseAutoincrement();
        b.Property(u => u.UserName).HasMaxLength(256);
        b.Property(u => u.InvitedBy).HasMaxLength(256);
        b.HasIndex(u => u.UserName).IsUnique();
        b.HasIndex(u => u.ContactId).IsUnique();
        b.HasOne<Account>().WithMany().HasForeignKey(u => u.AccountId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Contact>().WithMany().HasForeignKey(u => u.ContactId).OnDelete(DeleteBehavior.Restrict);
    }
}
