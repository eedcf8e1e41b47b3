using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Sales;
using Crm.Domain.Service;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Service;

internal sealed class ServiceCaseConfiguration : IEntityTypeConfiguration<ServiceCase>
{
    public void Configure(EntityTypeBuilder<ServiceCase> b)
    {
        b.ToTable("Cases");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedOnAdd().UseAutoincrement();
        b.Property(c => c.Subject).HasMaxLength(ServiceCase.MaxSubjectLength);
        b.Property(c => c.Description).HasMaxLength(ServiceCase.MaxDescriptionLength);
        b.Property(c => c.Queue).HasMaxLength(ServiceCase.MaxQueueLength);
        b.Property(c => c.Owner).HasMaxLength(256);
        b.Property(c => c.CreatedBy).HasMaxLength(256);
        b.Property(c => c.SearchText).HasMaxLength(Crm.Domain.Common.SearchText.MaxLength);
        b.Property<long>(CrmDbContext.VersionProperty).IsConcurrencyToken();
        b.HasOne<Account>().WithMany().HasForeignKey(c => c.AccountId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SalesOrder>().WithMany().HasForeignKey(c => c.SalesOrderId).OnDelete(DeleteBehavior.Restrict);
        b.OwnsMany(c => c.History, h =>
        {
            h.ToTable("CaseHistory");
            h.WithOwner().HasForeignKey("CaseId");
            h.Property<long>("Id").ValueGeneratedOnAdd();
            h.HasKey("Id");
            h.Property(e => e.By).HasMaxLength(256);
            h.Property(e => e.Note).HasMaxLength(500);
        });
        b.Navigation(c => c.History).HasField("_history");
        b.HasMany(c => c.Comments).WithOne().HasForeignKey("CaseId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Comments).HasField("_comments");
        b.OwnsMany(c => c.Articles, a =>
        {
            a.ToTable("CaseArticles");
            a.WithOwner().HasForeignKey("CaseId");
            a.Property<long>("Id").ValueGeneratedOnAdd();
            a.HasKey("Id");
            a.Property(l => l.By).HasMaxLength(256);
            a.HasIndex(l => l.Article);
        });
        b.Navigation(c => c.Articles).HasField("_articles");
        // The queues: open cases by what is due first; an account's and an order's cases; the SLA job's open cases.
        b.HasIndex(c => new { c.Status, c.Queue, c.ResolutionDue });
        b.HasIndex(c => new { c.Owner, c.Status });
        b.HasIndex(c => c.AccountId);
        b.HasIndex(c => c.SalesOrderId);
        b.HasIndex(c => c.TeamId);
        b.Ignore(c => c.IsOpen);
        b.Ignore(c => c.DomainEvents);
    }
}
