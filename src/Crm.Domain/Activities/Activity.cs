using Crm.Domain.Accounts;
using Crm.Domain.Common;

namespace Crm.Domain.Activities;

/// <summary>A call, meeting, task or note about one record: planned for a time with an owner, optionally a reminder,
/// and done with its outcome. A note is done when written.</summary>
public sealed class Activity : AggregateRoot, ITeamOwned
{
    public const int MaxSubjectLength = 200, MaxNotesLength = 4_000, MaxDurationMinutes = 24 * 60;

    private Activity()
    {
        Subject = Owner = RegardingTitle = CreatedBy = "";
    }

    public ActivityId Id { get; private set; }

    public ActivityType Type { get; private set; }

    public string Subject { get; private set; }

    public string? Notes { get; private set; }

    public RegardingType RegardingType { get; private set; }

    public long RegardingId { get; private set; }

    /// <summary>How the record read when the activity was planned, for lists that show it.</summary>
    public string RegardingTitle { get; private set; }

    public AccountId? AccountId { get; private set; }

    public TeamId? TeamId { get; private set; }

    public string Owner { get; private set; }

    /// <summary>When a call or task is due, or a meeting starts.</summary>
    public DateTimeOffset? Due { get; private set; }

    public int? DurationMinutes { get; private set; }

    public ActivityStatus Status { get; private set; }

    public string? Outcome { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public DateTimeOffset? RemindAt { get; private set; }

    public DateTimeOffset? RemindedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; }

    public static Activity Plan(ActivityType type, string? subject, string? notes, Regarding regarding, string owner,
        DateTimeOffset? due, int? durationMinutes, DateTimeOffset? remindAt, ChangeContext context)
    {
        var activity = new Activity
        {
            Type = type, RegardingType = regarding.Type, RegardingId = regarding.Id, RegardingTitle = Cut(regarding.Title, MaxSubjectLength),
            AccountId = regarding.Account, TeamId = regarding.Team, Owner = owner, Status = ActivityStatus.Open,
            CreatedAt = context.Now, CreatedBy = context.By,
        };
        activity.Describe(subject, notes);
        activity.Schedule(due, durationMinutes, remindAt);
        if (type == ActivityType.Note) activity.Complete(null, context);
        return activity;
    }

    public void Describe(string? subject, string? notes)
    {
        var text = subject?.Trim() ?? "";
        if (text.Length is 0 or > MaxSubjectLength)
            throw new DomainRuleException("activity.subject", $"An activity needs a subject of at most {MaxSubjectLength} characters.", "subject");
        var body = notes?.Trim();
        if (body?.Length > MaxNotesLength)
            throw new DomainRuleException("activity.notes_too_long", $"Notes take at most {MaxNotesLength} characters.", "notes");
        (Subject, Notes) = (text, string.IsNullOrEmpty(body) ? null : body);
    }

    public void Schedule(DateTimeOffset? due, int? durationMinutes, DateTimeOffset? remindAt)
    {
        // Kept in UTC: the agenda reads them in the user's zone.
        (due, remindAt) = (due?.ToUniversalTime(), remindAt?.ToUniversalTime());
        if (Type is ActivityType.Call or ActivityType.Meeting or ActivityType.Task && due is null)
            throw new DomainRuleException("activity.due_missing", $"A {Type.ToString().ToLowerInvariant()} needs a time.", "due");
        if (durationMinutes is < 0 or > MaxDurationMinutes)
            throw new DomainRuleException("activity.duration", $"A duration is from 0 to {MaxDurationMinutes} minutes.", "durationMinutes");
        if (remindAt is { } at && (due is null || at > due))
            throw new DomainRuleException("activity.reminder_after_due", "A reminder comes before the activity is due.", "remindAt");
        if (remindAt != RemindAt) RemindedAt = null;
        (Due, DurationMinutes, RemindAt) = (due, Type == ActivityType.Meeting ? durationMinutes ?? 30 : durationMinutes, remindAt);
    }

    public void HandTo(string owner) => Owner = owner;

    public void Complete(string? outcome, ChangeContext context)
    {
        if (Status == ActivityStatus.Done) return;
        var text = outcome?.Trim();
        if (text?.Length > MaxNotesLength)
            throw new DomainRuleException("activity.outcome_too_long", $"An outcome takes at most {MaxNotesLength} characters.", "outcome");
        (Status, Outcome, CompletedAt) = (ActivityStatus.Done, string.IsNullOrEmpty(text) ? null : text, context.Now);
        Raise(new ActivityCompleted(this));
    }

    /// <summary>The owner was reminded; a reminder goes out once.</summary>
    public void Reminded(DateTimeOffset now) => RemindedAt = now;

    public bool ReminderDue(DateTimeOffset now) => Status == ActivityStatus.Open && RemindAt <= now && RemindedAt is null;

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
