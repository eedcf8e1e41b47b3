using Crm.Api.Persistence;
using Crm.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Catalog;

internal sealed class PriceListConfiguration : IEntityTypeConfiguration<PriceList>
{
    public void Configure(EntityTypeBuilder<PriceList> b)
    {
        b.HasKey(l => l.Id);
        b.Property(l => l.Id).ValueGeneratedOnAdd().UseAutoincrement();
        b.Property(l => l.Name).HasMaxLength(PriceList.MaxNameLength);
        b.Property(l => l.Currency).HasMaxLength(3);
        b.Property(l => l.CustomerNumber).HasMaxLength(40);
        b.Property(l => l.CustomerGroup).HasMaxLength(PriceList.MaxGroupLength);
        b.Property<long>(CrmDbContext.VersionProperty).IsConcurrencyToken();
        b.HasIndex(l => l.CustomerNumber);
        b.HasIndex(l => l.CustomerGroup);
        b.HasMany(l => l.Lines).WithOne().HasForeignKey("PriceListId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        b.Ignore(l => l.Scope);
        b.Ignore(l => l.DomainEvents);
    }
}
