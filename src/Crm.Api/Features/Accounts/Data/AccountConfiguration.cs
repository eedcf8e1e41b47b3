using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Accounts;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> b)
    {
        b.ToTable("Accounts");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedOnAdd().UseAutoincrement();
        b.Property(a => a.CustomerNumber).HasMaxLength(CustomerNumber.MaxLength);
        // Each ERP customer once; prospects have no number yet.
        b.HasIndex(a => a.CustomerNumber).IsUnique();
        b.Property(a => a.Name).HasMaxLength(Account.MaxNameLength);
        b.Property(a => a.Street).HasMaxLength(200);
        b.Property(a => a.City).HasMaxLength(100);
        b.Property(a => a.PostalCode).HasMaxLength(20);
        b.Property(a => a.Country).HasMaxLength(2);
        b.Property(a => a.Email).HasMaxLength(EmailAddress.MaxLength);
        b.Property(a => a.Phone).HasMaxLength(50);
        b.Property(a => a.VatId).HasMaxLength(VatId.MaxLength);
        b.Property(a => a.CustomerGroup).HasMaxLength(20);
        b.Property(a => a.Currency).HasMaxLength(3);
        b.Property(a => a.Industry).HasMaxLength(100);
        b.Property(a => a.Website).HasMaxLength(200);
        b.Property(a => a.Notes).HasMaxLength(Account.MaxNotesLength);
        b.PrimitiveCollection(a => a.Tags).HasField("_tags");
        b.Property(a => a.SearchText).HasMaxLength(SearchText.MaxLength);
        // Stored as a bit per weekday (bit 0 is Sunday).
        b.Property(a => a.ReceivingDays).HasConversion(d => d.Mask, mask => ReceivingDays.FromMask(mask));
        b.Property(a => a.Owner).HasMaxLength(256);
        b.Property(a => a.ConfirmedNotDuplicateBy).HasMaxLength(256);
        b.Property(a => a.CreatedBy).HasMaxLength(256);
        b.Property<long>(CrmDbContext.VersionProperty).IsConcurrencyToken();
        b.HasIndex(a => a.Name);
        b.HasIndex(a => a.TeamId);
        b.Property(a => a.ErpCustomerRequestedBy).HasMaxLength(256);
        b.Property(a => a.ErpReference).HasMaxLength(40);
        b.HasIndex(a => a.ErpReference);
        b.Ignore(a => a.IsProspect);
        b.Ignore(a => a.DomainEvents);
    }
}
