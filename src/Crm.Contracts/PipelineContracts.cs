using System.ComponentModel.DataAnnotations;

namespace Crm.Contracts;

/// <summary>A campaign to plan or change.</summary>
/// <param name="Type">TradeFair, Webinar, Email, Advertising, Event, Referral or Other.</param>
public sealed record CampaignRequest(
    [property: Required, StringLength(200)] string? Name,
    [property: Required] string? Type,
    [property: Required] DateOnly? StartsOn,
    DateOnly? EndsOn = null,
    [property: Range(typeof(decimal), "0", "1000000000")] decimal Budget = 0,
    [property: StringLength(3)] string? Currency = null,
    [property: StringLength(4000)] string? Description = null);

/// <summary>A campaign with what it brought: leads, how many qualified, the deals they became, the amount won and the
/// cost per won deal (budget ÷ deals won; none before the first win).</summary>
public sealed record CampaignResponse(
    long Id, string Name, string Type, DateOnly StartsOn, DateOnly? EndsOn, decimal Budget, string Currency, string? Description,
    string Status, CampaignResults Results, DateTimeOffset CreatedAt, string CreatedBy);

public sealed record CampaignResults(int Leads, int Qualified, int Disqualified, int Opportunities, int Won, decimal WonAmount, decimal? CostPerWonDeal);

/// <param name="Status">Planned, Active, Completed or Cancelled.</param>
public sealed record CampaignStatusRequest([property: Required] string? Status);

/// <summary>A lead to enter.</summary>
/// <param name="Source">Web, Referral, TradeFair, Webinar, Email, ColdCall, Partner, Import or Other (default Web).</param>
/// <param name="ConfirmedNotDuplicate">The likely duplicates found were looked at and this is someone else (recorded).</param>
public sealed record LeadRequest(
    [property: Required, StringLength(200)] string? Company,
    [property: Required, StringLength(100)] string? LastName,
    [property: StringLength(100)] string? FirstName = null,
    [property: StringLength(254)] string? Email = null,
    [property: StringLength(50)] string? Phone = null,
    string? Source = null,
    long? CampaignId = null,
    [property: StringLength(100)] string? JobTitle = null,
    [property: StringLength(2)] string? Country = null,
    [property: StringLength(100)] string? Industry = null,
    long? TeamId = null,
    [property: StringLength(256)] string? Owner = null,
    bool ConfirmedNotDuplicate = false);

/// <summary>Changes to an open lead: a field left out stays; the person and company are checked for duplicates again.</summary>
public sealed record LeadPatch(
    [property: StringLength(200)] string? Company = null,
    [property: StringLength(100)] string? LastName = null,
    [property: StringLength(100)] string? FirstName = null,
    [property: StringLength(254)] string? Email = null,
    [property: StringLength(50)] string? Phone = null,
    [property: StringLength(100)] string? JobTitle = null,
    [property: StringLength(2)] string? Country = null,
    [property: StringLength(100)] string? Industry = null,
    [property: StringLength(256)] string? Owner = null,
    bool ConfirmedNotDuplicate = false);

public sealed record LeadSummary(
    long Id, string Company, string Name, string? Email, string? Phone, string Source, long? CampaignId, string? CampaignName,
    string Status, int Score, string Owner, long? TeamId, DateTimeOffset CreatedAt);

/// <summary>A lead with its score's reasons and, once converted, what it became.</summary>
public sealed record LeadResponse(
    long Id, string Company, string FirstName, string LastName, string? JobTitle, string? Email, string? Phone, string? Country,
    string? Industry, string Source, long? CampaignId, string? CampaignName, string Status, string? DisqualifiedReason,
    int Score, IReadOnlyList<string> ScoreReasons, string Owner, long? TeamId, string? TeamName,
    long? AccountId, long? ContactId, long? OpportunityId, DateTimeOffset? ConvertedAt, string? ConvertedBy,
    string? ConfirmedNotDuplicateBy, DateTimeOffset CreatedAt, string CreatedBy, IReadOnlyList<string>? AllowedActions = null);

/// <param name="Status">Working, or Disqualified with a reason. Qualified comes by converting.</param>
public sealed record LeadStatusRequest([property: Required] string? Status, [property: StringLength(500)] string? Reason = null);

/// <summary>Converts a lead: to the existing account <paramref name="AccountId"/>, or else to a new prospect made from the
/// lead's company (checked for duplicates: a likely one answers 409 with the candidates unless
/// <paramref name="ConfirmedNotDuplicate"/>); the person becomes a contact there (or <paramref name="ContactId"/> is
/// used), and the opportunity is opened.</summary>
public sealed record LeadConversionRequest(
    long? AccountId,
    [property: Required] OpportunityDraft? Opportunity,
    long? ContactId = null,
    bool ConfirmedNotDuplicate = false);

/// <param name="Stage">A configured stage's name; by default the first open one.</param>
public sealed record OpportunityDraft(
    [property: Required, StringLength(200)] string? Name,
    [property: Range(typeof(decimal), "0", "10000000000")] decimal Amount,
    [property: StringLength(3)] string? Currency,
    [property: Required] DateOnly? ExpectedCloseDate,
    [property: StringLength(60)] string? Stage = null);

/// <param name="Created">False when the lead had been converted already: the same links as the first time.</param>
public sealed record LeadConversionResponse(long LeadId, long AccountId, long ContactId, long OpportunityId, bool Created);

/// <summary>One row of a lead import: stored (with its id), or refused with the errors per field, or held back as a likely
/// duplicate with the candidates.</summary>
/// <param name="Outcome">Imported, Invalid or Duplicate.</param>
public sealed record LeadImportRow(int Row, string Outcome, long? LeadId, IReadOnlyDictionary<string, string[]> Errors, IReadOnlyList<DuplicateCandidate> Candidates);

public sealed record LeadImportResponse(int Rows, int Imported, int Invalid, int Duplicates, IReadOnlyList<LeadImportRow> Report);

/// <summary>A stage of the sales process.</summary>
public sealed record StageRequest(
    [property: Required, StringLength(60)] string? Name,
    int SortOrder,
    [property: Range(0, 100)] int DefaultProbability,
    bool IsWon = false,
    bool IsLost = false,
    bool IsRetired = false);

public sealed record StageResponse(int Id, string Name, int SortOrder, int DefaultProbability, bool IsWon, bool IsLost, bool IsRetired);

public sealed record OpportunityLineRequest(
    [property: Required, StringLength(40, MinimumLength = 1)] string? ItemNumber,
    [property: Range(typeof(decimal), "0.001", "1000000000")] decimal Quantity,
    [property: Range(typeof(decimal), "0", "100000000")] decimal? UnitPrice = null);

/// <summary>A new opportunity. A missing unit price takes the account's price for the item.</summary>
/// <param name="Stage">A configured stage's name; by default the first open one.</param>
/// <param name="Probability">Whole percent; by default the stage's.</param>
/// <param name="ForecastCategory">Pipeline (default), BestCase or Commit.</param>
public sealed record OpportunityRequest(
    long AccountId,
    [property: Required, StringLength(200)] string? Name,
    [property: Range(typeof(decimal), "0", "10000000000")] decimal Amount,
    [property: Required] DateOnly? ExpectedCloseDate,
    [property: StringLength(3)] string? Currency = null,
    [property: StringLength(60)] string? Stage = null,
    [property: Range(0, 100)] int? Probability = null,
    string? ForecastCategory = null,
    [property: StringLength(256)] string? Owner = null,
    [property: MaxLength(200)] List<OpportunityLineRequest>? Lines = null);

/// <summary>Changes to an open opportunity; a field left out stays. Moving to a lost stage needs <paramref name="LostReason"/>.</summary>
public sealed record OpportunityPatch(
    [property: StringLength(200)] string? Name = null,
    [property: StringLength(60)] string? Stage = null,
    [property: Range(0, 100)] int? Probability = null,
    string? ForecastCategory = null,
    [property: Range(typeof(decimal), "0", "10000000000")] decimal? Amount = null,
    [property: StringLength(3)] string? Currency = null,
    DateOnly? ExpectedCloseDate = null,
    [property: StringLength(256)] string? Owner = null,
    [property: StringLength(500)] string? LostReason = null,
    [property: MaxLength(200)] List<OpportunityLineRequest>? Lines = null);

public sealed record OpportunitySummary(
    long Id, string Name, long AccountId, string AccountName, string? CustomerNumber, decimal Amount, string Currency,
    DateOnly ExpectedCloseDate, int StageId, string Stage, int Probability, string ForecastCategory, string Status, string Owner,
    long? TeamId, DateTimeOffset? NextActivityDue);

public sealed record OpportunityLineResponse(int LineNumber, string ItemNumber, decimal Quantity, decimal UnitPrice, decimal Amount);

public sealed record StageChangeResponse(string? FromStage, string ToStage, int Probability, DateTimeOffset ChangedAt, string ChangedBy);

public sealed record OpportunityResponse(
    long Id, string Name, long AccountId, string AccountName, string? CustomerNumber, decimal Amount, string Currency,
    DateOnly ExpectedCloseDate, int StageId, string Stage, int Probability, string ForecastCategory, string Status,
    string? LostReason, DateOnly? ClosedOn, string Owner, long? TeamId, long? LeadId, long? QuoteId, string? QuoteNumber,
    long? SalesOrderId, IReadOnlyList<OpportunityLineResponse> Lines, IReadOnlyList<StageChangeResponse> History,
    DateTimeOffset? NextActivityDue, DateTimeOffset CreatedAt, string CreatedBy, IReadOnlyList<string>? AllowedActions = null);

/// <summary>A column of the pipeline board: the stage, how many deals and their amount, and the first deals.</summary>
/// <param name="Amount">In the board's currency; deals in others are counted in <paramref name="OtherCurrencies"/> only.</param>
public sealed record BoardColumn(StageResponse Stage, int Count, decimal Amount, int OtherCurrencies, IReadOnlyList<OpportunitySummary> Deals);

/// <param name="WithoutNextActivity">Open deals with no activity planned from now on: someone should plan one.</param>
public sealed record BoardResponse(string Currency, IReadOnlyList<BoardColumn> Columns, int WithoutNextActivity);

public sealed record ForecastOwnerLine(string Owner, int OpenDeals, decimal Pipeline, decimal Weighted, decimal BestCase, decimal Commit, decimal Won, decimal? Quota);

public sealed record CalibrationBandResponse(int From, int To, int Closed, int Won, double? WinRate);

/// <summary>The month's forecast per owner and in total, in one currency, and the calibration of past probabilities.</summary>
/// <param name="OtherCurrencies">Deals in the period in another currency, left out of the sums.</param>
public sealed record ForecastResponse(
    string Period, string Currency, long? TeamId, IReadOnlyList<ForecastOwnerLine> Owners, ForecastOwnerLine Total,
    IReadOnlyList<CalibrationBandResponse> Calibration, int OtherCurrencies);

/// <param name="Period">The month, as 2027-04.</param>
public sealed record QuotaRequest(
    [property: Required, StringLength(256)] string? Owner,
    [property: Required, StringLength(7)] string? Period,
    [property: Range(typeof(decimal), "0", "10000000000")] decimal Amount,
    [property: StringLength(3)] string? Currency = null);
