using Crm.Api.Persistence;
using Crm.Domain.Service;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Service;

internal sealed class KnowledgeArticleConfiguration : IEntityTypeConfiguration<KnowledgeArticle>
{
    public void Configure(EntityTypeBuilder<KnowledgeArticle> b)
    {
        b.ToTable("Articles");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedOnAdd().UseAutoincrement();
        b.Property(a => a.Title).HasMaxLength(KnowledgeArticle.MaxTitleLength);
        b.Property(a => a.Body).HasMaxLength(KnowledgeArticle.MaxBodyLength);
        b.Property(a => a.SearchText).HasMaxLength(KnowledgeArticle.MaxBodyLength + 2_000);
        b.Property(a => a.Author).HasMaxLength(256);
        b.Property(a => a.UpdatedBy).HasMaxLength(256);
        b.PrimitiveCollection(a => a.Tags);
        b.PrimitiveCollection(a => a.Products);
        b.Property<long>(CrmDbContext.VersionProperty).IsConcurrencyToken();
        b.OwnsMany(a => a.Versions, v =>
        {
            v.ToTable("ArticleVersions");
            v.WithOwner().HasForeignKey("ArticleId");
            v.Property<long>("Id").ValueGeneratedOnAdd();
            v.HasKey("Id");
            v.Property(e => e.Title).HasMaxLength(KnowledgeArticle.MaxTitleLength);
            v.Property(e => e.Body).HasMaxLength(KnowledgeArticle.MaxBodyLength);
            v.Property(e => e.EditedBy).HasMaxLength(256);
        });
        b.Navigation(a => a.Versions).HasField("_versions");
        b.HasIndex(a => new { a.Status, a.IsPublic });
        b.Ignore(a => a.DomainEvents);
    }
}
