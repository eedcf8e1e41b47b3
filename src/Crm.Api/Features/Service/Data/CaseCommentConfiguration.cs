using Crm.Api.Persistence;
using Crm.Domain.Service;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Service;

internal sealed class CaseCommentConfiguration : IEntityTypeConfiguration<CaseComment>
{
    public void Configure(EntityTypeBuilder<CaseComment> b)
    {
        b.ToTable("CaseComments");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedOnAdd().UseAutoincrement();
        b.Property(c => c.Text).HasMaxLength(ServiceCase.MaxCommentLength);
        b.Property(c => c.Author).HasMaxLength(256);
        b.Property<CaseId>("CaseId");
        b.HasIndex("CaseId");
    }
}
