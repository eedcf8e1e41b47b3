using Crm.Domain.Catalog;
using Crm.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Persistence.Configurations;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> b)
    {
        b.HasKey(p => p.ItemNumber);
        b.Property(p => p.ItemNumber).HasMaxLength(40);
        b.Property(p => p.Description).HasMaxLength(200);
        b.Property(p => p.BaseUnit).HasMaxLength(10);
        b.Property(p => p.Currency).HasMaxLength(3);
        b.Property(p => p.Plant).HasMaxLength(20);
    }
}

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> b)
    {
        b.HasKey(c => c.CustomerNumber);
        b.Property(c => c.CustomerNumber).HasMaxLength(40);
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.Street).HasMaxLength(200);
        b.Property(c => c.City).HasMaxLength(100);
        b.Property(c => c.PostalCode).HasMaxLength(20);
        b.Property(c => c.Country).HasMaxLength(2);
        b.Property(c => c.Email).HasMaxLength(200);
        b.Property(c => c.Phone).HasMaxLength(50);
        b.Property(c => c.CustomerGroup).HasMaxLength(20);
        b.Property(c => c.Currency).HasMaxLength(3);
        b.HasIndex(c => c.Name);
    }
}
