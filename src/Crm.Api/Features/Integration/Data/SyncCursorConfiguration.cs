using Crm.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Integration;

internal sealed class SyncCursorConfiguration : IEntityTypeConfiguration<SyncCursor>
{
    public void Configure(EntityTypeBuilder<SyncCursor> b)
    {
        b.HasKey(c => c.Entity);
        b.Property(c => c.Entity).HasMaxLength(40);
        b.Property(c => c.LastKey).HasMaxLength(200);
        b.Property(c => c.LastError).HasMaxLength(2000);
        b.Ignore(c => c.Position);
    }
}
