using System.ComponentModel.DataAnnotations;

namespace Crm.Contracts;

/// <summary>A new service case: for an account (its customer number or id), optionally about an order and its line.</summary>
/// <param name="Priority">Low, Normal (default), High or Urgent.</param>
/// <param name="Category">Delivery, Quality, Invoice, Technical or Other (default).</param>
/// <param name="Queue">The queue it waits in; the first support tier's by default.</param>
public sealed record CaseRequest(
    [property: StringLength(40)] string? CustomerNumber = null,
    long? AccountId = null,
    long? ContactId = null,
    long? OrderId = null,
    [property: Range(1, 9999)] int? LineNo = null,
    [property: Required, StringLength(200)] string? Subject = null,
    [property: StringLength(8000)] string? Description = null,
    [property: StringLength(40)] string? Priority = null,
    [property: StringLength(40)] string? Category = null,
    [property: StringLength(100)] string? Queue = null);

/// <summary>Changes to a case: a field left out stays.</summary>
public sealed record CasePatch(
    [property: StringLength(200)] string? Subject = null,
    [property: StringLength(8000)] string? Description = null,
    [property: StringLength(40)] string? Priority = null,
    [property: StringLength(40)] string? Category = null,
    [property: StringLength(256)] string? Owner = null,
    [property: StringLength(100)] string? Queue = null);

/// <param name="Public">Seen by the customer (and mailed to the case's contact); internal otherwise.</param>
public sealed record CaseCommentRequest([property: Required, StringLength(8000)] string? Text, bool Public = false);

/// <param name="Status">InProgress, WaitingOnCustomer, Resolved or Closed; InProgress on a resolved case reopens it.</param>
public sealed record CaseStatusRequest([property: Required, StringLength(40)] string? Status, [property: StringLength(8000)] string? Comment = null);

public sealed record CaseEscalationRequest([property: StringLength(500)] string? Reason = null);

/// <param name="Solved">The article was the answer: it counts towards the article's resolved cases.</param>
public sealed record CaseArticleRequest(long ArticleId, bool Solved = false);

/// <summary>One SLA clock. Remaining is business minutes left (negative once overdue).</summary>
public sealed record SlaClockResponse(DateTimeOffset? Due, string State, int TargetMinutes, int ElapsedMinutes, int RemainingMinutes);

/// <param name="State">OnTrack, Warning, Breached, Paused or Met.</param>
public sealed record SlaResponse(DateTimeOffset? FirstResponseDue, DateTimeOffset? ResolutionDue, string State, SlaClockResponse FirstResponse, SlaClockResponse Resolution);

public sealed record CaseCommentResponse(long Id, string Text, bool Public, bool ByCustomer, string Author, DateTimeOffset At);

public sealed record CaseHistoryResponse(DateTimeOffset At, string Kind, string Status, string Priority, int Level, string By, string? Note);

public sealed record CaseAttachmentResponse(long Id, string FileName, string ContentType, long Size, bool Public, string UploadedBy, DateTimeOffset UploadedAt);

public sealed record CaseArticleResponse(long ArticleId, string Title, bool Solved, string By, DateTimeOffset At);

public sealed record CaseResponse(
    long Id, long AccountId, string AccountName, string? CustomerNumber, long? ContactId, string? ContactName, string? ContactEmail,
    long? OrderId, string? OrderNumber, int? LineNo, string Subject, string Description, string Category, string Priority, string Status,
    string Origin, string? Owner, string Queue, int EscalationLevel, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? FirstResponseAt,
    DateTimeOffset? ResolvedAt, SlaResponse Sla, IReadOnlyList<CaseCommentResponse> Comments, IReadOnlyList<CaseHistoryResponse> History,
    IReadOnlyList<CaseAttachmentResponse> Attachments, IReadOnlyList<CaseArticleResponse> Articles, IReadOnlyList<string>? AllowedActions = null);

/// <summary>A case in a queue or list: what is due first.</summary>
public sealed record CaseSummary(
    long Id, string Subject, long AccountId, string AccountName, string? CustomerNumber, string Category, string Priority, string Status,
    string? Owner, string Queue, int EscalationLevel, string SlaState, DateTimeOffset? FirstResponseDue, DateTimeOffset? ResolutionDue,
    DateTimeOffset CreatedAt, long? OrderId);

/// <summary>The desk's calendar and SLA. Targets are business minutes.</summary>
public sealed record ServiceSettingsResponse(
    string TimeZone, IReadOnlyList<string> WorkingDays, string OpensAt, int HoursPerDayMinutes, IReadOnlyList<DateOnly> Holidays,
    double WarningShare, double SecondLevelShare, bool RaisePriorityOnBreach, int ReopenDays, IReadOnlyList<SlaPolicyDto> Policies,
    IReadOnlyList<string> Queues);

/// <param name="Segment">A, B or C for a policy of that ABC class only; none for all accounts.</param>
public sealed record SlaPolicyDto(
    [property: Required] string? Priority, string? Segment,
    [property: Range(1, 100_000)] int FirstResponseMinutes, [property: Range(1, 1_000_000)] int ResolutionMinutes);

public sealed record ServiceSettingsRequest(
    [property: Required, StringLength(100)] string? TimeZone,
    [property: Required] IReadOnlyList<string>? WorkingDays,
    [property: Required, StringLength(5)] string? OpensAt,
    [property: Range(1, 1440)] int HoursPerDayMinutes,
    IReadOnlyList<DateOnly>? Holidays,
    [property: Range(0.01, 0.99)] double WarningShare,
    [property: Range(1.01, 10)] double SecondLevelShare,
    bool RaisePriorityOnBreach,
    [property: Range(0, 365)] int ReopenDays,
    [property: Required] IReadOnlyList<SlaPolicyDto>? Policies);

/// <summary>What one SLA run did.</summary>
public sealed record SlaRunResponse(int Checked, int Warned, int Escalated);

/// <summary>What became of a mail to the desk.</summary>
/// <param name="Outcome">Opened (a new case), Answered (the customer's reply on the case) or AlreadyTaken (the same mail before).</param>
/// <param name="NotTaken">The mail's files the desk does not take, each with the reason.</param>
public sealed record InboundMailResponse(long CaseId, string Outcome, IReadOnlyList<string> NotTaken);

/// <summary>The screen pop: who is calling, with what is open for them.</summary>
public sealed record LookupResponse(
    string Query, IReadOnlyList<CallerMatch> Matches);

/// <param name="Contact">The contact the number or address belongs to; none when it is the account's own.</param>
public sealed record CallerMatch(
    long AccountId, string AccountName, string? CustomerNumber, string? Owner, LookupContact? Contact,
    IReadOnlyList<CaseSummary> OpenCases, IReadOnlyList<LookupOrder> OpenOrders, int LinesAtRisk);

public sealed record LookupContact(long Id, string Name, string? JobTitle, string? Email, string? Phone, string? Mobile);

/// <param name="NextDelivery">The earliest promised delivery among its open lines.</param>
public sealed record LookupOrder(long Id, string Number, string Status, DateOnly? NextDelivery, int LinesAtRisk, decimal OpenValue, string Currency);

public sealed record ArticleRequest(
    [property: Required, StringLength(200)] string? Title,
    [property: Required, StringLength(50_000)] string? Body,
    IReadOnlyList<string>? Tags = null,
    IReadOnlyList<string>? Products = null,
    bool Public = false);

public sealed record ArticlePatch(
    [property: StringLength(200)] string? Title = null,
    [property: StringLength(50_000)] string? Body = null,
    IReadOnlyList<string>? Tags = null,
    IReadOnlyList<string>? Products = null,
    bool? Public = null,
    [property: StringLength(40)] string? Status = null);

/// <param name="Html">The body rendered from Markdown and sanitised: safe to show as it is.</param>
/// <param name="SolvedCases">How many cases this article was the answer to.</param>
public sealed record ArticleResponse(
    long Id, string Title, string Body, string Html, IReadOnlyList<string> Tags, IReadOnlyList<string> Products, string Status, bool Public,
    string Author, int Version, DateTimeOffset UpdatedAt, string UpdatedBy, DateTimeOffset? PublishedAt, int SolvedCases,
    IReadOnlyList<ArticleVersionResponse> Versions);

public sealed record ArticleVersionResponse(int Version, string Title, string EditedBy, DateTimeOffset EditedAt);

public sealed record ArticleSummary(long Id, string Title, IReadOnlyList<string> Tags, string Status, bool Public, int Version, DateTimeOffset UpdatedAt, int SolvedCases);

/// <param name="Score">How well it fits the case: its words in title and tags count three, in the body one.</param>
public sealed record ArticleSuggestion(long Id, string Title, IReadOnlyList<string> Tags, int Score, int SolvedCases);
