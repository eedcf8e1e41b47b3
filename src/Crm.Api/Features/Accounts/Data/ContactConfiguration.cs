using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Accounts;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> b)
    {
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedOnAdd().UseAutoincrement();
        b.HasOne<Account>().WithMany().HasForeignKey(c => c.AccountId).OnDelete(DeleteBehavior.Restrict);
        b.Property(c => c.FirstName).HasMaxLength(Contact.MaxNameLength);
        b.Property(c => c.LastName).HasMaxLength(Contact.MaxNameLength);
        b.Property(c => c.JobTitle).HasMaxLength(100);
        b.Property(c => c.Email).HasMaxLength(EmailAddress.MaxLength);
        b.Property(c => c.Phone).HasMaxLength(20);
        b.Property(c => c.Mobile).HasMaxLength(20);
        b.Property(c => c.Language).HasMaxLength(2);
        b.Property(c => c.SearchText).HasMaxLength(SearchText.MaxLength);
        b.Property(c => c.ConfirmedNotDuplicateBy).HasMaxLength(256);
        b.Property(c => c.CreatedBy).HasMaxLength(256);
        b.Property<long>(CrmDbContext.VersionProperty).IsConcurrencyToken();
        b.HasIndex(c => c.AccountId);
        // The call centre's screen pop finds a caller by number.
        b.HasIndex(c => c.Phone);
        b.HasIndex(c => c.Mobile);
        b.Ignore(c => c.DomainEvents);
    }
}
