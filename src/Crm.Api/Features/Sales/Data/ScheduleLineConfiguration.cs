using Crm.Api.Persistence;
using Crm.Api.Persistence.Configurations;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Sales;

internal sealed class ScheduleLineConfiguration : IEntityTypeConfiguration<ScheduleLine>
{
    public void Configure(EntityTypeBuilder<ScheduleLine> b)
    {
        b.HasKey(s => s.Id);
        b.Property(s => s.ItemNumber).HasMaxLength(40);
        b.Property(s => s.Plant).HasMaxLength(20);
        b.HasIndex(s => new { s.ItemNumber, s.Plant });
        b.HasStorageParameter(FillFactor.Name, FillFactor.RewrittenInPlace);
    }
}
