using Crm.Api.Persistence;
using Crm.Domain.Service;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Service;

internal sealed class CaseAttachmentConfiguration : IEntityTypeConfiguration<CaseAttachment>
{
    public void Configure(EntityTypeBuilder<CaseAttachment> b)
    {
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedOnAdd().UseAutoincrement();
        b.Property(a => a.FileName).HasMaxLength(CaseAttachment.MaxFileNameLength);
        b.Property(a => a.ContentType).HasMaxLength(100);
        b.Property(a => a.StoredAs).HasMaxLength(300);
        b.Property(a => a.UploadedBy).HasMaxLength(256);
        b.HasOne<ServiceCase>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => a.CaseId);
    }
}
