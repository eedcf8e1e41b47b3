using Crm.Api.Persistence;
using Crm.Domain.Supply;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Supply;

internal sealed class PlantCalendarConfiguration : IEntityTypeConfiguration<PlantCalendar>
{
    public void Configure(EntityTypeBuilder<PlantCalendar> b)
    {
        b.HasKey(c => c.Plant);
        b.Property(c => c.Plant).HasMaxLength(20);
        b.PrimitiveCollection(c => c.WeekendDays);
        b.PrimitiveCollection(c => c.Holidays);
    }
}
