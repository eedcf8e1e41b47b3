using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Persistence.Configurations;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> b)
    {
        b.HasKey(c => c.CustomerNumber);
        b.Property(c => c.CustomerNumber).HasMaxLength(40);
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.Street).HasMaxLength(200);
        b.Property(c => c.City).HasMaxLength(100);
        b.Property(c => c.PostalCode).HasMaxLength(20);
        b.Property(c => c.Country).HasMaxLength(2);
        b.Property(c => c.Email).HasMaxLength(200);
        b.Property(c => c.Phone).HasMaxLength(50);
        b.Property(c => c.CustomerGroup).HasMaxLength(20);
        b.Property(c => c.Currency).HasMaxLength(3);
        b.Property(c => c.SearchText).HasMaxLength(SearchText.MaxLength);
        // Stored as a bit per weekday (bit 0 is Sunday).
        b.Property(c => c.ReceivingDays).HasConversion(d => d.Mask, mask => ReceivingDays.FromMask(mask));
        b.Property(c => c.Owner).HasMaxLength(256);
        b.Property<long>(CrmDbContext.VersionProperty).IsConcurrencyToken();
        b.HasIndex(c => c.Name);
        b.HasIndex(c => c.TeamId);
        b.Ignore(c => c.DomainEvents);
    }
}
