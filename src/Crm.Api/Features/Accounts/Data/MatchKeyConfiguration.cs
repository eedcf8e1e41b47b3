using Crm.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Accounts;

internal sealed class MatchKeyConfiguration : IEntityTypeConfiguration<MatchKey>
{
    public void Configure(EntityTypeBuilder<MatchKey> b)
    {
        b.HasKey(k => k.Id);
        b.Property(k => k.RecordType).HasMaxLength(20);
        b.Property(k => k.Kind).HasMaxLength(20);
        b.Property(k => k.Value).HasMaxLength(MatchKey.MaxValueLength);
        // Candidates are found by key; a record's keys are replaced when it changes.
        b.HasIndex(k => new { k.Kind, k.Value, k.RecordType });
        b.HasIndex(k => new { k.RecordType, k.RecordId });
    }
}
