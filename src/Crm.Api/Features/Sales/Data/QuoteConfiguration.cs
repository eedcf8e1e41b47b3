using Crm.Api.Persistence;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Sales;

internal sealed class QuoteConfiguration : IEntityTypeConfiguration<Quote>
{
    public void Configure(EntityTypeBuilder<Quote> b)
    {
        b.HasKey(q => q.Id);
        // A typed id keeps the identity column it replaced; SQLite needs to be told, since its key now has a converter.
        b.Property(q => q.Id).ValueGeneratedOnAdd().UseAutoincrement();
        b.Property(q => q.Number).HasMaxLength(20);
        b.Property(q => q.CustomerNumber).HasMaxLength(40);
        b.Property(q => q.CreatedBy).HasMaxLength(256);
        b.Property(q => q.Currency).HasMaxLength(3);
        b.Property(q => q.SubmittedBy).HasMaxLength(256);
        b.Property(q => q.DecidedBy).HasMaxLength(256);
        b.Property(q => q.DecisionComment).HasMaxLength(Quote.MaxCommentLength);
        b.Property(q => q.ApprovalReasons).HasMaxLength(4000);
        // The approvals inbox and the expiry job look quotes up by status.
        b.HasIndex(q => q.Status);
        b.Ignore(q => q.DomainEvents);
        b.Property<long>(CrmDbContext.VersionProperty).IsConcurrencyToken();
        b.HasIndex(q => q.Number);
        b.HasIndex(q => q.CustomerNumber);
        b.HasIndex(q => q.TeamId);
        b.HasMany(q => q.Lines).WithOne().HasForeignKey("QuoteId").IsRequired().OnDelete(DeleteBehavior.Cascade);
    }
}
