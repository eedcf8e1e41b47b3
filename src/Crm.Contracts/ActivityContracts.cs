using System.ComponentModel.DataAnnotations;

namespace Crm.Contracts;

/// <summary>The record an activity is about.</summary>
/// <param name="Type">Account, Contact, Lead, Opportunity, Quote or Order.</param>
public sealed record RegardingRef([property: Required] string? Type, long Id);

/// <summary>An activity to plan or log.</summary>
/// <param name="Type">Call, Meeting, Task or Note (a note is done at once).</param>
/// <param name="Due">When a call or task is due, or a meeting starts; required for all but notes.</param>
/// <param name="RemindAt">When the owner is reminded in the app; before <paramref name="Due"/>.</param>
/// <param name="Owner">Whose it is; by default the creator.</param>
public sealed record ActivityRequest(
    [property: Required] string? Type,
    [property: Required, StringLength(200)] string? Subject,
    [property: Required] RegardingRef? Regarding,
    DateTimeOffset? Due = null,
    [property: Range(0, 1440)] int? DurationMinutes = null,
    DateTimeOffset? RemindAt = null,
    [property: StringLength(4000)] string? Notes = null,
    [property: StringLength(256)] string? Owner = null);

/// <summary>Changes to an activity: a field left out stays.</summary>
public sealed record ActivityPatch(
    [property: StringLength(200)] string? Subject = null,
    [property: StringLength(4000)] string? Notes = null,
    DateTimeOffset? Due = null,
    [property: Range(0, 1440)] int? DurationMinutes = null,
    DateTimeOffset? RemindAt = null,
    [property: StringLength(256)] string? Owner = null);

/// <summary>Marks an activity done; <paramref name="Next"/> plans the follow-up about the same record in one go.</summary>
public sealed record ActivityCompletion([property: StringLength(4000)] string? Outcome = null, ActivityFollowUp? Next = null);

public sealed record ActivityFollowUp(
    [property: Required] string? Type,
    [property: Required, StringLength(200)] string? Subject,
    DateTimeOffset? Due = null,
    [property: Range(0, 1440)] int? DurationMinutes = null);

public sealed record ActivityResponse(
    long Id, string Type, string Subject, string? Notes, string RegardingType, long RegardingId, string RegardingTitle, long? AccountId,
    string Owner, DateTimeOffset? Due, int? DurationMinutes, string Status, string? Outcome, DateTimeOffset? CompletedAt,
    DateTimeOffset? RemindAt, long? TeamId, DateTimeOffset CreatedAt, string CreatedBy);

/// <param name="NextId">The follow-up planned with the completion, if one was asked for.</param>
public sealed record ActivityCompletedResponse(ActivityResponse Activity, long? NextId);

/// <summary>The signed-in user's open activities: overdue, due today, and due later this week (to Sunday), in the
/// configured time zone.</summary>
public sealed record AgendaResponse(
    string TimeZone, IReadOnlyList<ActivityResponse> Overdue, IReadOnlyList<ActivityResponse> Today, IReadOnlyList<ActivityResponse> ThisWeek);

/// <summary>The user's secret calendar address; asking again makes a new one and the old one stops working.</summary>
public sealed record CalendarLinkResponse(string Url);

public sealed record NotificationResponse(long Id, string Kind, string Text, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);
