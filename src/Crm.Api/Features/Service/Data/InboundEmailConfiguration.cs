using Crm.Api.Persistence;
using Crm.Domain.Service;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Service;

internal sealed class InboundEmailConfiguration : IEntityTypeConfiguration<InboundEmail>
{
    public void Configure(EntityTypeBuilder<InboundEmail> b)
    {
        b.ToTable("InboundEmails");
        b.HasKey(m => m.Id);
        b.Property(m => m.Id).ValueGeneratedOnAdd().UseAutoincrement();
        b.Property(m => m.MessageId).HasMaxLength(InboundEmail.MaxMessageIdLength);
        b.Property(m => m.From).HasMaxLength(256);
        b.Property(m => m.Outcome).HasMaxLength(20);
        b.HasIndex(m => m.MessageId).IsUnique();
        b.HasOne<ServiceCase>().WithMany().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(m => m.CaseId);
    }
}
