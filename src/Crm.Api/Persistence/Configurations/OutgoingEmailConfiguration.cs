using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Persistence.Configurations;

internal sealed class OutgoingEmailConfiguration : IEntityTypeConfiguration<OutgoingEmail>
{
    public void Configure(EntityTypeBuilder<OutgoingEmail> b)
    {
        b.ToTable("OutgoingEmails");
        b.HasKey(m => m.Id);
        b.Property(m => m.To).HasMaxLength(256);
        b.Property(m => m.Subject).HasMaxLength(OutgoingEmail.MaxSubjectLength);
        b.Property(m => m.Body).HasMaxLength(OutgoingEmail.MaxBodyLength);
        b.Property(m => m.LastError).HasMaxLength(1000);
        b.Property(m => m.AttachmentName).HasMaxLength(200);
        b.HasIndex(m => new { m.SentAt, m.FailedAt, m.NextAttemptAt });
        b.HasIndex(m => m.ClaimToken);
    }
}
