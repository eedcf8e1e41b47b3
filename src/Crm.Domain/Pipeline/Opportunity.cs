using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Crm.Domain.Sales;

namespace Crm.Domain.Pipeline;

/// <summary>A deal being worked with an account: it moves through the configured stages, carries the owner's
/// probability and forecast category, and ends Won (its quote became an order, or a rep says so) or Lost (with a reason).
/// Every move is kept.</summary>
public sealed class Opportunity : AggregateRoot, ITeamOwned
{
    public const int MaxReasonLength = 500, MaxLines = 200;

    private readonly List<OpportunityLine> _lines = [];
    private readonly List<StageChange> _history = [];

    private Opportunity()
    {
        Name = Currency = Owner = StageName = CreatedBy = "";
    }

    public OpportunityId Id { get; private set; }

    public AccountId AccountId { get; private set; }

    public TeamId? TeamId { get; private set; }

    public string Name { get; private set; }

    public decimal Amount { get; private set; }

    public string Currency { get; private set; }

    public DateOnly ExpectedCloseDate { get; private set; }

    public int StageId { get; private set; }

    /// <summary>The stage's name when the deal moved there (a stage renamed later keeps the deal's history readable).</summary>
    public string StageName { get; private set; }

    public int Probability { get; private set; }

    public ForecastCategory ForecastCategory { get; private set; }

    public string Owner { get; private set; }

    public OpportunityStatus Status { get; private set; }

    public string? LostReason { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    /// <summary>The probability the deal had before it closed: what calibration compares with the outcome.</summary>
    public int? ProbabilityBeforeClose { get; private set; }

    public LeadId? LeadId { get; private set; }

    public QuoteId? QuoteId { get; private set; }

    public SalesOrderId? SalesOrderId { get; private set; }

    public IReadOnlyList<OpportunityLine> Lines => _lines;

    public IReadOnlyList<StageChange> History => _history;

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsOpen => Status == OpportunityStatus.Open;

    public static Opportunity Open(AccountId account, TeamId? team, OpportunityTerms terms, OpportunityStage stage, string owner,
        LeadId? lead, ChangeContext context)
    {
        if (stage.IsClosed || stage.IsRetired)
            throw new DomainRuleException("opportunity.stage_closed", $"A new deal starts in an open stage, not in {stage.Name}.", "stage");
        var opportunity = new Opportunity
        {
            AccountId = account, TeamId = team, Owner = owner, LeadId = lead, Status = OpportunityStatus.Open,
            ForecastCategory = ForecastCategory.Pipeline, CreatedAt = context.Now, CreatedBy = context.By, UpdatedAt = context.Now,
        };
        opportunity.Agree(terms);
        opportunity.Enter(stage, null, context);
        return opportunity;
    }

    public void Agree(OpportunityTerms terms)
    {
        MustBeOpen();
        (Name, Amount, Currency, ExpectedCloseDate) = (terms.Name, _lines.Count > 0 ? LinesTotal : terms.Amount, terms.Currency, terms.ExpectedCloseDate);
    }

    /// <summary>The products discussed; the deal's amount becomes their total.</summary>
    public void ReplaceLines(IReadOnlyList<(ItemNumber Item, decimal Quantity, decimal UnitPrice)> lines)
    {
        MustBeOpen();
        if (lines.Count > MaxLines)
            throw new DomainRuleException("opportunity.too_many_lines", $"An opportunity takes at most {MaxLines} lines.", "lines");
        _lines.Clear();
        _lines.AddRange(lines.Select((l, i) => new OpportunityLine(i + 1, l.Item, l.Quantity, l.UnitPrice)));
        if (_lines.Count > 0) Amount = LinesTotal;
    }

    public void Forecast(ForecastCategory category)
    {
        MustBeOpen();
        ForecastCategory = category;
    }

    public void Estimate(int probability)
    {
        MustBeOpen();
        Probability = Pipeline.Probability.Check(probability, "probability");
    }

    public void HandTo(string owner)
    {
        MustBeOpen();
        Owner = owner;
    }

    /// <summary>Moves the deal to a stage: its probability becomes the stage's unless one is given; a won stage wins it,
    /// a lost one loses it and needs the reason.</summary>
    public void MoveTo(OpportunityStage stage, int? probability, string? lostReason, ChangeContext context)
    {
        MustBeOpen();
        if (stage.IsRetired)
            throw new DomainRuleException("opportunity.stage_retired", $"Stage {stage.Name} is no longer used.", "stage");
        if (stage.IsLost)
        {
            Lose(stage, lostReason, context);
            return;
        }
        if (stage.IsWon)
        {
            Win(stage, null, context);
            return;
        }
        if (stage.Id == StageId && stage.Name == StageName && probability is null) return;
        Enter(stage, probability, context);
    }

    /// <summary>The deal is won: by a rep, or because its quote became an order.</summary>
    public void Win(OpportunityStage wonStage, SalesOrderId? order, ChangeContext context)
    {
        if (!wonStage.IsWon) throw new DomainRuleException("opportunity.stage", $"{wonStage.Name} is not a won stage.", "stage");
        if (Status == OpportunityStatus.Won) return;
        MustBeOpen();
        ProbabilityBeforeClose = Probability;
        Enter(wonStage, 100, context);
        (Status, ClosedOn, SalesOrderId) = (OpportunityStatus.Won, DateOnly.FromDateTime(context.Now.UtcDateTime), order);
        Raise(new OpportunityWon(this));
    }

    public void Lose(OpportunityStage lostStage, string? reason, ChangeContext context)
    {
        if (!lostStage.IsLost) throw new DomainRuleException("opportunity.stage", $"{lostStage.Name} is not a lost stage.", "stage");
        MustBeOpen();
        var why = reason?.Trim() ?? "";
        if (why.Length == 0)
            throw new DomainRuleException("opportunity.lost_reason_missing", "Say why the deal was lost.", "lostReason");
        if (why.Length > MaxReasonLength)
            throw new DomainRuleException("opportunity.lost_reason_too_long", $"A reason takes at most {MaxReasonLength} characters.", "lostReason");
        ProbabilityBeforeClose = Probability;
        Enter(lostStage, 0, context);
        (Status, ClosedOn, LostReason) = (OpportunityStatus.Lost, DateOnly.FromDateTime(context.Now.UtcDateTime), why);
    }

    /// <summary>The order a won deal became: its quote was converted, before or after the deal was won by hand.</summary>
    public void BecameOrder(SalesOrderId order, DateTimeOffset now)
    {
        if (Status != OpportunityStatus.Won)
            throw new DomainRuleException("opportunity.not_won", $"This opportunity is {Status}; only a won deal becomes an order.");
        if (SalesOrderId is not null) return;
        (SalesOrderId, UpdatedAt) = (order, now);
    }

    /// <summary>A quote was made from the deal; the latest one is the deal's.</summary>
    public void Quoted(QuoteId quote, DateTimeOffset now)
    {
        MustBeOpen();
        (QuoteId, UpdatedAt) = (quote, now);
    }

    private decimal LinesTotal => _lines.Sum(l => l.Amount);

    private void Enter(OpportunityStage stage, int? probability, ChangeContext context)
    {
        var percent = probability is { } given ? Pipeline.Probability.Check(given, "probability") : stage.DefaultProbability;
        _history.Add(new StageChange(StageName.Length == 0 ? null : StageName, stage.Name, percent, context.Now, context.By));
        (StageId, StageName, Probability, UpdatedAt) = (stage.Id, stage.Name, percent, context.Now);
    }

    private void MustBeOpen()
    {
        if (!IsOpen)
            throw new DomainRuleException("opportunity.closed", $"This opportunity is {Status}; a closed deal does not change.");
    }
}
