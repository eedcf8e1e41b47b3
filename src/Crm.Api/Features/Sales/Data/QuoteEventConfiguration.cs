using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Sales;

internal sealed class QuoteEventConfiguration : IEntityTypeConfiguration<QuoteEvent>
{
    public void Configure(EntityTypeBuilder<QuoteEvent> b)
    {
        b.HasKey(e => e.Id);
        b.Property(e => e.By).HasMaxLength(256);
        b.Property(e => e.Text).HasMaxLength(QuoteEvent.MaxTextLength);
        b.HasIndex(e => new { e.QuoteId, e.At });
    }
}
