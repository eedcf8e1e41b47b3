using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.HasKey(n => n.Id);
        b.Property(n => n.UserName).HasMaxLength(256);
        b.Property(n => n.Kind).HasMaxLength(40);
        b.Property(n => n.Text).HasMaxLength(Notification.MaxTextLength);
        b.Property(n => n.Link).HasMaxLength(200);
        b.HasIndex(n => new { n.UserName, n.ReadAt });
    }
}
