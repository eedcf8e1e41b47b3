using Crm.Api.Persistence;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Sales;

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> b)
    {
        b.HasKey(i => i.InvoiceNumber);
        b.Property(i => i.InvoiceNumber).HasMaxLength(40);
        b.Property(i => i.OrderNumber).HasMaxLength(40);
        b.Property(i => i.Currency).HasMaxLength(3);
        b.HasIndex(i => i.OrderNumber);
    }
}
