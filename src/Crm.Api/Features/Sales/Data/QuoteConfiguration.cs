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
        b.Ignore(q => q.OrderedLines);
        b.Property<long>(CrmDbContext.VersionProperty).IsConcurrencyToken();
        b.HasIndex(q => q.Number);
        b.HasIndex(q => q.CustomerNumber);
        b.HasIndex(q => q.TeamId);
        b.Property(q => q.DeclineReason).HasMaxLength(Quote.MaxCommentLength);
        b.ComplexProperty(q => q.Terms, t =>
        {
            t.Property(x => x.Contact).HasColumnName("ContactId");
            t.Property(x => x.PaymentTerms).HasColumnName("PaymentTerms").HasMaxLength(QuoteTerms.MaxPaymentTermsLength);
            t.Property(x => x.Incoterms).HasColumnName("Incoterms").HasMaxLength(3);
            t.Property(x => x.IncotermsPlace).HasColumnName("IncotermsPlace").HasMaxLength(QuoteTerms.MaxPlaceLength);
            t.Property(x => x.HeaderDiscountPercent).HasColumnName("HeaderDiscountPercent");
            t.Property(x => x.IntroText).HasColumnName("IntroText").HasMaxLength(QuoteTerms.MaxTextLength);
            t.Property(x => x.ClosingText).HasColumnName("ClosingText").HasMaxLength(QuoteTerms.MaxTextLength);
        });
        b.ComplexProperty(q => q.Acceptance, a =>
        {
            a.Property(x => x.Name).HasColumnName("AcceptedByName").HasMaxLength(QuoteAcceptance.MaxNameLength);
            a.Property(x => x.At).HasColumnName("AcceptedAt");
            a.Property(x => x.PurchaseOrderNumber).HasColumnName("AcceptedPurchaseOrderNumber").HasMaxLength(35);
            a.Property(x => x.Address).HasColumnName("AcceptedFromAddress").HasMaxLength(64);
            a.Property(x => x.DocumentSha256).HasColumnName("AcceptedDocumentSha256").HasMaxLength(64);
            a.Property(x => x.Online).HasColumnName("AcceptedOnline");
        });
        b.HasMany(q => q.Lines).WithOne().HasForeignKey("QuoteId").IsRequired().OnDelete(DeleteBehavior.Cascade);
    }
}
