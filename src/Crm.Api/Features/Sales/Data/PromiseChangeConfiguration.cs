using Crm.Api.Persistence;
using System.Text.Json;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Sales;

internal sealed class PromiseChangeConfiguration : IEntityTypeConfiguration<PromiseChange>
{
    public void Configure(EntityTypeBuilder<PromiseChange> b)
    {
        b.HasKey(c => c.Id);
        b.Property(c => c.ItemNumber).HasMaxLength(40);
        b.Property(c => c.Reason).HasMaxLength(500);
        b.Property(c => c.ChangedBy).HasMaxLength(256);
        // The schedule lines before and after, kept whole as JSON text: a record, never queried into.
        b.Property(c => c.Before).HasConversion(Parts.Converter, Parts.Comparer);
        b.Property(c => c.After).HasConversion(Parts.Converter, Parts.Comparer);
        b.HasIndex(c => new { c.SalesOrderId, c.ChangedAt });
    }

    private static class Parts
    {
        public static readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<IReadOnlyList<PromisedPart>, string> Converter = new(
            parts => JsonSerializer.Serialize(parts, (JsonSerializerOptions?)null),
            text => JsonSerializer.Deserialize<List<PromisedPart>>(text, (JsonSerializerOptions?)null) ?? new List<PromisedPart>());

        public static readonly ValueComparer<IReadOnlyList<PromisedPart>> Comparer = new(
            (a, b) => a!.SequenceEqual(b!),
            parts => parts.Aggregate(0, (hash, part) => HashCode.Combine(hash, part)),
            parts => parts.ToList());
    }
}
