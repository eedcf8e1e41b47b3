using Crm.Api.Persistence;
using Crm.Domain.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Features.Activities;

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> b)
    {
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedOnAdd().UseAutoincrement();
        b.Property(a => a.Subject).HasMaxLength(Activity.MaxSubjectLength);
        b.Property(a => a.Notes).HasMaxLength(Activity.MaxNotesLength);
        b.Property(a => a.Outcome).HasMaxLength(Activity.MaxNotesLength);
        b.Property(a => a.RegardingTitle).HasMaxLength(Activity.MaxSubjectLength);
        b.Property(a => a.Owner).HasMaxLength(256);
        b.Property(a => a.CreatedBy).HasMaxLength(256);
        b.Property<long>(CrmDbContext.VersionProperty).IsConcurrencyToken();
        // The agenda: a user's open activities by time; the timelines: a record's or an account's activities.
        b.HasIndex(a => new { a.Owner, a.Status, a.Due });
        b.HasIndex(a => new { a.RegardingType, a.RegardingId });
        b.HasIndex(a => a.AccountId);
        // The reminder job: open activities with a reminder not yet sent.
        b.HasIndex(a => new { a.RemindedAt, a.RemindAt });
        b.Ignore(a => a.DomainEvents);
    }
}
