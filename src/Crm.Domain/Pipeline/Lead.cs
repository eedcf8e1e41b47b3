using Crm.Domain.Accounts;
using Crm.Domain.Common;

namespace Crm.Domain.Pipeline;

/// <summary>Someone who may buy, not yet an account's contact: worked, then qualified into an account, a contact and an
/// opportunity (exactly once), or disqualified with a reason.</summary>
public sealed class Lead : AggregateRoot, ITeamOwned
{
    public const int MaxReasonLength = 500;

    private List<string> _scoreReasons = [];

    private Lead()
    {
        Company = FirstName = LastName = Owner = SearchText = CreatedBy = "";
    }

    public LeadId Id { get; private set; }

    public string Company { get; private set; }

    public string FirstName { get; private set; }

    public string LastName { get; private set; }

    public string? JobTitle { get; private set; }

    public string? Email { get; private set; }

    /// <summary>E.164.</summary>
    public string? Phone { get; private set; }

    public string? Country { get; private set; }

    public string? Industry { get; private set; }

    public LeadSource Source { get; private set; }

    public CampaignId? CampaignId { get; private set; }

    public TeamId? TeamId { get; private set; }

    public string Owner { get; private set; }

    public LeadStatus Status { get; private set; }

    public string? DisqualifiedReason { get; private set; }

    public int Score { get; private set; }

    public IReadOnlyList<string> ScoreReasons => _scoreReasons;

    public AccountId? AccountId { get; private set; }

    public ContactId? ContactId { get; private set; }

    public OpportunityId? OpportunityId { get; private set; }

    public DateTimeOffset? ConvertedAt { get; private set; }

    public string? ConvertedBy { get; private set; }

    public string SearchText { get; private set; }

    public string? ConfirmedNotDuplicateBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; }

    public bool IsOpen => Status is LeadStatus.New or LeadStatus.Working;

    public LeadDetails Details => new(Company, FirstName, LastName, JobTitle, EmailAddress.From(Email), Phone is null ? null : new PhoneNumber(Phone), Country, Industry);

    public static Lead Create(LeadDetails details, LeadSource source, CampaignId? campaign, TeamId team, string owner, ChangeContext context)
    {
        var lead = new Lead { Source = source, CampaignId = campaign, TeamId = team, Owner = owner, Status = LeadStatus.New, CreatedAt = context.Now, CreatedBy = context.By };
        lead.Describe(details);
        return lead;
    }

    public void Describe(LeadDetails details)
    {
        MustBeOpen("changed");
        (Company, FirstName, LastName, JobTitle, Country, Industry) =
            (details.Company, details.FirstName, details.LastName, details.JobTitle, details.Country, details.Industry);
        (Email, Phone) = (details.Email?.Value, details.Phone?.Value);
        SearchText = Common.SearchText.Of(Company, FirstName, LastName, Email, Phone);
    }

    public void Rescore(LeadScore score)
    {
        Score = score.Total;
        _scoreReasons = [.. score.Reasons];
    }

    public void AssignTo(TeamId team, string owner)
    {
        MustBeOpen("handed on");
        (TeamId, Owner) = (team, owner);
    }

    /// <summary>Someone is on it: New → Working.</summary>
    public void StartWorking()
    {
        if (Status == LeadStatus.Working) return;
        if (Status != LeadStatus.New)
            throw new DomainRuleException("lead.status", $"A lead that is {Status} cannot be worked again.", "status");
        Status = LeadStatus.Working;
    }

    public void Disqualify(string? reason)
    {
        MustBeOpen("disqualified");
        var why = reason?.Trim() ?? "";
        if (why.Length == 0)
            throw new DomainRuleException("lead.reason_missing", "Say why the lead is disqualified.", "reason");
        if (why.Length > MaxReasonLength)
            throw new DomainRuleException("lead.reason_too_long", $"A reason takes at most {MaxReasonLength} characters.", "reason");
        (Status, DisqualifiedReason) = (LeadStatus.Disqualified, why);
    }

    /// <summary>The lead became an account's contact and an opportunity: it keeps the links to what it became.</summary>
    public void Convert(AccountId account, ContactId contact, OpportunityId opportunity, ChangeContext context)
    {
        MustBeOpen("converted");
        (Status, AccountId, ContactId, OpportunityId, ConvertedAt, ConvertedBy) =
            (LeadStatus.Qualified, account, contact, opportunity, context.Now, context.By);
    }

    public void ConfirmNotDuplicate(string by) => ConfirmedNotDuplicateBy = by;

    private void MustBeOpen(string what)
    {
        if (!IsOpen)
            throw new DomainRuleException($"lead.{Status.ToString().ToLowerInvariant()}", $"A lead that is {Status} cannot be {what}.");
    }
}
