using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Crm.Domain.Sales;

namespace Crm.Domain.Service;

/// <summary>A customer's problem or question, worked by the service desk to its resolution against the SLA. Its
/// history (status, priority, first answer, escalations) is what the SLA clocks are computed from.</summary>
public sealed class ServiceCase : AggregateRoot, ITeamOwned
{
    public const int MaxSubjectLength = 200, MaxDescriptionLength = 8_000, MaxCommentLength = 8_000, MaxQueueLength = 100;

    /// <summary>Level 1 goes to the queue lead and the team's manager, level 2 to the head of service.</summary>
    public const int MaxEscalationLevel = 2;

    private readonly List<CaseHistoryEntry> _history = [];
    private readonly List<CaseComment> _comments = [];
    private readonly List<CaseArticleLink> _articles = [];

    private ServiceCase()
    {
        Subject = Description = Queue = CreatedBy = SearchText = "";
    }

    public CaseId Id { get; private set; }

    public AccountId AccountId { get; private set; }

    public TeamId? TeamId { get; private set; }

    public ContactId? ContactId { get; private set; }

    public SalesOrderId? SalesOrderId { get; private set; }

    public int? OrderLineNo { get; private set; }

    public string Subject { get; private set; }

    public string Description { get; private set; }

    public CaseCategory Category { get; private set; }

    public CasePriority Priority { get; private set; }

    public CaseStatus Status { get; private set; }

    public CaseOrigin Origin { get; private set; }

    /// <summary>The agent working it; none while it waits in its queue.</summary>
    public string? Owner { get; private set; }

    public string Queue { get; private set; }

    public int EscalationLevel { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset? FirstResponseAt { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public string SearchText { get; private set; }

    /// <summary>The SLA as last computed, kept for queues sorted by what is due first.</summary>
    public DateTimeOffset? FirstResponseDue { get; private set; }

    public DateTimeOffset? ResolutionDue { get; private set; }

    public SlaState SlaState { get; private set; }

    /// <summary>The priority the case had when its SLA first broke: the second level is measured against its targets,
    /// so a priority raised by the breach does not escalate the case twice at once.</summary>
    public CasePriority? BreachedAtPriority { get; private set; }

    public bool FirstResponseWarned { get; private set; }

    public bool ResolutionWarned { get; private set; }

    /// <summary>In the order it happened, however it was loaded.</summary>
    public IReadOnlyList<CaseHistoryEntry> History => _history.Count < 2 || IsInOrder() ? _history : [.. _history.OrderBy(h => h.Sequence)];

    public IReadOnlyList<CaseComment> Comments => _comments;

    public IReadOnlyList<CaseArticleLink> Articles => _articles;

    public bool IsOpen => Status is not (CaseStatus.Resolved or CaseStatus.Closed);

    /// <summary>The customer may still answer it: open, or resolved within the reopen period.</summary>
    public bool TakesAnswers(DateTimeOffset now, TimeSpan reopenPeriod) => IsOpen || ResolvedAt is not { } resolved || now - resolved <= reopenPeriod;

    public static ServiceCase Open(AccountId account, TeamId? team, ContactId? contact, SalesOrderId? order, int? lineNo,
        string? subject, string? description, CaseCategory category, CasePriority priority, CaseOrigin origin, string queue, ChangeContext context)
    {
        if (lineNo is not null && order is null)
            throw new DomainRuleException("case.line_without_order", "A line can only be named with its order.", "lineNo");
        var serviceCase = new ServiceCase
        {
            AccountId = account, TeamId = team, ContactId = contact, SalesOrderId = order, OrderLineNo = lineNo, Priority = priority,
            Status = CaseStatus.New, Origin = origin, CreatedAt = context.Now, CreatedBy = context.By,
            Owner = origin is CaseOrigin.ServiceDesk ? context.By : null,
        };
        serviceCase.Describe(subject, description, category);
        serviceCase.Queue = CheckedQueue(queue);
        serviceCase.Record(CaseHistoryKind.Opened, context);
        return serviceCase;
    }

    public void Describe(string? subject, string? description, CaseCategory category)
    {
        var title = subject?.Trim() ?? "";
        if (title.Length is 0 or > MaxSubjectLength)
            throw new DomainRuleException("case.subject", $"A case needs a subject of at most {MaxSubjectLength} characters.", "subject");
        var text = description?.Trim() ?? "";
        if (text.Length > MaxDescriptionLength)
            throw new DomainRuleException("case.description_too_long", $"A description takes at most {MaxDescriptionLength} characters.", "description");
        (Subject, Description, Category) = (title, text, category);
        SearchText = Common.SearchText.Of(title, text);
    }

    /// <summary>A new priority re-targets the SLA from the case's start, and may warn again.</summary>
    public void Prioritise(CasePriority priority, ChangeContext context)
    {
        if (priority == Priority) return;
        Priority = priority;
        (FirstResponseWarned, ResolutionWarned) = (false, false);
        Record(CaseHistoryKind.PriorityChanged, context);
    }

    public void AssignTo(string? owner, string? queue, ChangeContext context)
    {
        var newQueue = queue is null ? Queue : CheckedQueue(queue);
        var newOwner = string.IsNullOrWhiteSpace(owner) ? null : owner.Trim();
        if (newOwner == Owner && newQueue == Queue) return;
        (Owner, Queue) = (newOwner, newQueue);
        Record(CaseHistoryKind.Assigned, context, newOwner is null ? $"queue {newQueue}" : $"{newOwner} in {newQueue}");
    }

    /// <summary>Adds a comment. The desk's first public one is its first response; the customer's answer resumes a
    /// case that waited on them, and reopens a resolved one within the reopen period.</summary>
    public CaseComment Comment(string? text, bool isPublic, bool byCustomer, TimeSpan reopenPeriod, ChangeContext context)
    {
        var body = text?.Trim() ?? "";
        if (body.Length is 0 or > MaxCommentLength)
            throw new DomainRuleException("case.comment", $"A comment needs text of at most {MaxCommentLength} characters.", "text");
        if (byCustomer && !IsOpen) Reopen(reopenPeriod, context);
        var comment = new CaseComment(body, isPublic || byCustomer, byCustomer, context.By, context.Now);
        _comments.Add(comment);
        if (byCustomer && Status == CaseStatus.WaitingOnCustomer) SetStatus(CaseStatus.InProgress, context, "the customer answered");
        if (comment.IsPublic && !byCustomer && FirstResponseAt is null)
        {
            FirstResponseAt = context.Now;
            Record(CaseHistoryKind.Responded, context);
        }
        // The desk's first answer means someone works the case.
        if (!byCustomer && comment.IsPublic && Status == CaseStatus.New)
        {
            Owner ??= context.By;
            SetStatus(CaseStatus.InProgress, context);
        }
        Raise(new CaseCommented(this, comment));
        return comment;
    }

    /// <summary>Moves the case on: New → InProgress → WaitingOnCustomer → Resolved → Closed, back to InProgress from
    /// waiting, and reopened from Resolved or Closed within the reopen period.</summary>
    /// <summary>Whether <see cref="MoveTo"/> would take the case to that status now (not where it is already).</summary>
    public bool CanMoveTo(CaseStatus status, DateTimeOffset now, TimeSpan reopenPeriod) =>
        status != Status && status != CaseStatus.New
        && (!IsOpen && status is CaseStatus.InProgress or CaseStatus.WaitingOnCustomer
            ? TakesAnswers(now, reopenPeriod)
            : Status != CaseStatus.Closed && (status != CaseStatus.Closed || Status == CaseStatus.Resolved));

    public bool CanEscalate => EscalationLevel < MaxEscalationLevel && IsOpen;

    public void MoveTo(CaseStatus status, TimeSpan reopenPeriod, ChangeContext context)
    {
        if (status == Status) return;
        if (status == CaseStatus.New)
            throw new DomainRuleException("case.status_transition", "A case cannot go back to New.", "status");
        if (!IsOpen && status is CaseStatus.InProgress or CaseStatus.WaitingOnCustomer)
        {
            Reopen(reopenPeriod, context);
            if (status == CaseStatus.WaitingOnCustomer) SetStatus(status, context);
            return;
        }
        if (Status == CaseStatus.Closed)
            throw new DomainRuleException("case.closed", "A closed case can only be reopened.", "status");
        if (status == CaseStatus.Closed && Status != CaseStatus.Resolved)
            throw new DomainRuleException("case.close_unresolved", "A case is resolved before it is closed.", "status");
        if (status == CaseStatus.Resolved) ResolvedAt = context.Now;
        if (Owner is null && status is CaseStatus.InProgress) Owner = context.By;
        SetStatus(status, context);
    }

    /// <summary>Hands the case to the next support tier by hand: one level up, into that tier's queue.</summary>
    public void Escalate(string queue, string? reason, ChangeContext context)
    {
        if (EscalationLevel >= MaxEscalationLevel)
            throw new DomainRuleException("case.escalation_top", "The case is at the highest escalation level already.", "level");
        if (!IsOpen)
            throw new DomainRuleException("case.escalate_resolved", "A resolved case is reopened before it is escalated.", "status");
        var why = string.IsNullOrWhiteSpace(reason) ? "handed to the next support tier" : reason.Trim();
        GoUp(EscalationLevel + 1, queue, why, automatic: false, context);
    }

    public void LinkArticle(ArticleId article, bool solved, ChangeContext context)
    {
        _articles.RemoveAll(a => a.Article == article);
        _articles.Add(new CaseArticleLink(article, solved, context.By, context.Now));
    }

    /// <summary>Computes the SLA now, keeps it for the queues, warns the owner once per clock at the warning share,
    /// and escalates a breached case: level 1 at the breach, level 2 when a clock has run the second-level share of
    /// its target. A breach may raise the priority by a step.</summary>
    public SlaStatus TrackSla(SlaPolicies policies, ServiceCalendar calendar, AbcClass? segment, Func<int, string> queueOfLevel, ChangeContext context)
    {
        var sla = Sla(policies, calendar, segment, context.Now);
        if (sla.State == SlaState.Breached && IsOpen)
        {
            BreachedAtPriority ??= Priority;
            var basis = policies.For(BreachedAtPriority.Value, segment);
            var breached = new[] { ("first response", sla.FirstResponse, basis.FirstResponse), ("resolution", sla.Resolution, basis.Resolution) }
                .Where(c => c.Item2.State == SlaState.Breached).ToList();
            var (clock, status, target) = breached.MaxBy(c => c.Item2.Elapsed / c.Item3);
            var level = status.Elapsed / target >= policies.SecondLevelShare ? MaxEscalationLevel : 1;
            if (level > EscalationLevel)
            {
                var raise = EscalationLevel == 0 && policies.RaisePriorityOnBreach && Priority < CasePriority.Urgent;
                GoUp(level, queueOfLevel(level), $"SLA breached: {clock} was due {status.Due:yyyy-MM-dd HH:mm} UTC", automatic: true, context);
                if (raise) Prioritise(Priority + 1, context);
                sla = Sla(policies, calendar, segment, context.Now);
            }
        }
        if (IsOpen)
        {
            if (!FirstResponseWarned && sla.FirstResponse.State == SlaState.Warning)
            {
                FirstResponseWarned = true;
                Raise(new CaseSlaWarned(this, "first response", sla.FirstResponse.Due!.Value));
            }
            if (!ResolutionWarned && sla.Resolution.State == SlaState.Warning)
            {
                ResolutionWarned = true;
                Raise(new CaseSlaWarned(this, "resolution", sla.Resolution.Due!.Value));
            }
        }
        (FirstResponseDue, ResolutionDue, SlaState) = (sla.FirstResponse.Due, sla.Resolution.Due, sla.State);
        return sla;
    }

    /// <summary>The SLA as it stands at <paramref name="now"/>, without changing anything.</summary>
    public SlaStatus Sla(SlaPolicies policies, ServiceCalendar calendar, AbcClass? segment, DateTimeOffset now) =>
        SlaClock.Evaluate(History, policies.For(Priority, segment), calendar, policies.WarningShare, now);

    /// <summary>The account went to another team: its cases follow.</summary>
    public void MoveToTeam(TeamId team) => TeamId = team;

    private void Reopen(TimeSpan reopenPeriod, ChangeContext context)
    {
        if (!TakesAnswers(context.Now, reopenPeriod))
            throw new DomainRuleException("case.reopen_period_over",
                $"A case can be reopened for {reopenPeriod.TotalDays:0.#} days after its resolution; open a new case instead.", "status");
        SetStatus(CaseStatus.InProgress, context, "reopened");
    }

    private void GoUp(int level, string queue, string reason, bool automatic, ChangeContext context)
    {
        (EscalationLevel, Queue) = (level, CheckedQueue(queue));
        Record(CaseHistoryKind.Escalated, context, reason);
        Raise(new CaseEscalated(this, level, reason, automatic));
    }

    private void SetStatus(CaseStatus status, ChangeContext context, string? note = null)
    {
        Status = status;
        Record(CaseHistoryKind.StatusChanged, context, note);
    }

    private void Record(CaseHistoryKind kind, ChangeContext context, string? note = null) =>
        _history.Add(new CaseHistoryEntry(_history.Count == 0 ? 1 : _history.Max(h => h.Sequence) + 1, context.Now, kind, Status, Priority, EscalationLevel, context.By, note));

    private bool IsInOrder()
    {
        for (var i = 1; i < _history.Count; i++)
            if (_history[i].Sequence < _history[i - 1].Sequence) return false;
        return true;
    }

    private static string CheckedQueue(string? queue)
    {
        var name = queue?.Trim() ?? "";
        if (name.Length is 0 or > MaxQueueLength)
            throw new DomainRuleException("case.queue", $"A queue needs a name of at most {MaxQueueLength} characters.", "queue");
        return name;
    }
}
