using Crm.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Service;

internal sealed class ServiceSettingsConfiguration : IEntityTypeConfiguration<ServiceSettings>
{
    public void Configure(EntityTypeBuilder<ServiceSettings> b)
    {
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.TimeZone).HasMaxLength(100);
        b.PrimitiveCollection(s => s.WorkingDays);
        b.PrimitiveCollection(s => s.Holidays);
        b.Property<long>(CrmDbContext.VersionProperty).IsConcurrencyToken();
        b.OwnsMany(s => s.Policies, p =>
        {
            p.ToTable("SlaPolicies");
            p.WithOwner().HasForeignKey("ServiceSettingsId");
            p.Property<long>("Id").ValueGeneratedOnAdd();
            p.HasKey("Id");
        });
        b.Ignore(s => s.ReopenPeriod);
    }
}
