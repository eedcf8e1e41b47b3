using Crm.Domain.Accounts;
using Crm.Domain.Common;

namespace Crm.Domain.Sales;

/// <summary>A priced offer to a customer, in versions that share one number. Discounts beyond the rep's authority
/// need a manager's approval before it can be sent; once accepted it converts to exactly one sales order.</summary>
public sealed class Quote : AggregateRoot, ITeamOwned
{
    public const int MaxCommentLength = 1000;

    private readonly List<QuoteLine> _lines = [];

    private Quote()
    {
        CustomerNumber = null!;
        CreatedBy = "";
    }

    public QuoteId Id { get; private set; }

    /// <summary>The number the customer knows the quote by, the same for every version; given once the first version
    /// has its id.</summary>
    public string Number { get; private set; } = "";

    /// <summary>1 for the first version; revising a sent or approved quote makes the next.</summary>
    public int VersionNumber { get; private set; } = 1;

    /// <summary>The version this one revised.</summary>
    public QuoteId? PreviousVersionId { get; private set; }

    /// <summary>When a newer version replaced this one; from then on it is read-only.</summary>
    public DateTimeOffset? SupersededAt { get; private set; }

    /// <summary>The ERP customer's number, or a prospect's CRM reference until the ERP has created it
    /// (<see cref="AwaitsCustomerNumber"/>).</summary>
    public CustomerNumber CustomerNumber { get; private set; }

    /// <summary>Made for a prospect: its order waits for the ERP's customer number before it goes to the ERP.</summary>
    public bool AwaitsCustomerNumber { get; private set; }

    /// <summary>Contact, payment terms, Incoterms, the quote's own discount and its texts.</summary>
    public QuoteTerms Terms { get; private set; } = QuoteTerms.None;

    public DateOnly? RequestedDeliveryDate { get; private set; }

    public DateOnly ValidUntil { get; private set; }

    public bool ShipComplete { get; private set; }

    public QuoteStatus Status { get; private set; }

    public SalesOrderId? SalesOrderId { get; private set; }

    public string CreatedBy { get; private set; }

    /// <summary>The customer's team when the quote was made; it moves with the customer while the quote is open.</summary>
    public TeamId? TeamId { get; private set; }

    /// <summary>The customer's currency; every line's price is in it.</summary>
    public string Currency { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Who submitted it for approval, and when.</summary>
    public string? SubmittedBy { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>Why it needed approval, one reason a line.</summary>
    public string? ApprovalReasons { get; private set; }

    /// <summary>The manager who approved or rejected it (or "policy" when it was within the submitter's authority).</summary>
    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecisionComment { get; private set; }

    public IReadOnlyList<QuoteLine> Lines => _lines;

    /// <summary>When the lines' tentative promises were checked.</summary>
    public DateTimeOffset? PromiseCheckedAt { get; private set; }

    /// <summary>The sum of the lines' rounded amounts, optional lines left out; kept, so every list shows the same.</summary>
    public decimal NetTotal { get; private set; }

    /// <summary>The lines that are in the total (and in the order): the fixed ones, and optional ones the buyer chose.</summary>
    public IEnumerable<QuoteLine> OrderedLines => _lines.Where(l => !l.Optional || l.Chosen);

    /// <summary>The total before the quote's own discount.</summary>
    public decimal TotalBeforeHeaderDiscount => OrderedLines.Sum(l => l.AmountBeforeHeaderDiscount);

    /// <summary>Who accepted the quote and how: the evidence an online acceptance keeps.</summary>
    public QuoteAcceptance? Acceptance { get; private set; }

    /// <summary>Why the customer declined, in their words.</summary>
    public string? DeclineReason { get; private set; }

    /// <summary>How far the whole quote sells below its lines' reference prices, in percent.</summary>
    public decimal TotalDiscountPercent
    {
        get
        {
            // Optional lines count as if chosen: the buyer may take them without asking the manager again.
            var reference = _lines.Sum(l => l.ReferenceAmount);
            return reference <= 0 ? 0 : Math.Round((1 - _lines.Sum(l => l.NetAmount) / reference) * 100m, 2);
        }
    }

    public bool IsSuperseded => SupersededAt is not null;

    /// <summary>Quotes still being worked (an accepted one until it converts). They move with their customer to another team.</summary>
    public static readonly QuoteStatus[] OpenStatuses =
        [QuoteStatus.Draft, QuoteStatus.PendingApproval, QuoteStatus.Approved, QuoteStatus.Rejected, QuoteStatus.Sent, QuoteStatus.Accepted];

    /// <summary>Statuses a quote leaves when its validity runs out.</summary>
    public static readonly QuoteStatus[] ExpiringStatuses =
        [QuoteStatus.Draft, QuoteStatus.PendingApproval, QuoteStatus.Approved, QuoteStatus.Rejected, QuoteStatus.Sent];

    public void AssignNumber()
    {
        if (Id.Value <= 0) throw new DomainRuleException("number.no_id", "A number is given only once the document is stored.");
        if (Number.Length == 0) Number = FormatNumber(Id.Value);
    }

    public static string FormatNumber(long id) => $"Q-{id:D6}";

    public static Quote Create(
        CustomerNumber customer, DateOnly? requestedDeliveryDate, DateOnly validUntil, bool shipComplete,
        IReadOnlyList<QuoteLineInput> lines, DateOnly today, string createdBy, DateTimeOffset now, TeamId? team = null, string currency = "",
        QuoteTerms? terms = null, bool forProspect = false)
    {
        var quote = new Quote
        {
            CustomerNumber = customer,
            AwaitsCustomerNumber = forProspect,
            TeamId = team,
            Currency = currency,
            Status = QuoteStatus.Draft,
            CreatedBy = createdBy,
            CreatedAt = now,
        };
        quote.Replace(requestedDeliveryDate, validUntil, shipComplete, lines, terms ?? QuoteTerms.None, today, now);
        return quote;
    }

    /// <summary>Changed in place: a draft, or a request not yet decided or turned down, of the current version.</summary>
    public bool CanReviseInPlace => !IsSuperseded && RevisesInPlace;

    /// <summary>Revised as its next version: the customer or a manager has seen this one.</summary>
    public bool CanReviseAsNextVersion => !IsSuperseded && Status is QuoteStatus.Sent or QuoteStatus.Approved;

    public bool CanSubmit => !IsSuperseded && Status is QuoteStatus.Draft or QuoteStatus.Rejected;

    /// <summary>Waiting for a manager, who may be anyone of the team's managers but the one who asked.</summary>
    public bool CanBeDecidedBy(string user) =>
        !IsSuperseded && Status == QuoteStatus.PendingApproval && !string.Equals(user, SubmittedBy, StringComparison.OrdinalIgnoreCase);

    /// <summary>An approved quote, or a draft within the sender's authority.</summary>
    public bool CanSend(ApprovalRules rules) =>
        !IsSuperseded && (Status == QuoteStatus.Approved || (Status == QuoteStatus.Draft && rules.ReasonsFor(this).Count == 0));

    /// <summary>A valid sent or approved quote, or a valid draft within the user's authority.</summary>
    public bool CanAccept(ApprovalRules rules, DateOnly today) =>
        !IsSuperseded && ValidUntil >= today
        && (Status is QuoteStatus.Approved or QuoteStatus.Sent || (Status == QuoteStatus.Draft && rules.ReasonsFor(this).Count == 0));

    public bool CanDecline => !IsSuperseded && Status is QuoteStatus.Draft or QuoteStatus.Approved or QuoteStatus.Sent;

    public bool CanConvert => Status == QuoteStatus.Accepted && SalesOrderId is null;

    /// <summary>Whether revising changes this quote in place (a draft, or a request not yet decided or turned down) or
    /// makes the next version (<see cref="NextVersion"/>) because the customer or a manager has seen it.</summary>
    public bool RevisesInPlace => Status is QuoteStatus.Draft or QuoteStatus.PendingApproval or QuoteStatus.Rejected;

    /// <summary>Replaces the terms and lines of a quote nobody has seen yet; it is a draft again and needs submitting.</summary>
    public void Revise(
        DateOnly? requestedDeliveryDate, DateOnly validUntil, bool shipComplete,
        IReadOnlyList<QuoteLineInput> lines, DateOnly today, DateTimeOffset now, QuoteTerms? terms = null)
    {
        EnsureCurrent();
        if (!RevisesInPlace)
            throw new DomainRuleException("quote.not_editable", $"A quote that is {Status} is revised as a new version.");
        Replace(requestedDeliveryDate, validUntil, shipComplete, lines, terms ?? Terms, today, now);
        Status = QuoteStatus.Draft;
        ClearApproval();
    }

    /// <summary>The next version of a sent or approved quote, as a draft; this one becomes read-only.</summary>
    public Quote NextVersion(
        DateOnly? requestedDeliveryDate, DateOnly validUntil, bool shipComplete,
        IReadOnlyList<QuoteLineInput> lines, DateOnly today, string revisedBy, DateTimeOffset now, QuoteTerms? terms = null)
    {
        EnsureCurrent();
        if (Status is not (QuoteStatus.Sent or QuoteStatus.Approved))
            throw new DomainRuleException("quote.not_revisable", $"A quote that is {Status} cannot be revised.");
        var next = Create(
            CustomerNumber, requestedDeliveryDate, validUntil, shipComplete, lines, today, revisedBy, now, TeamId, Currency, terms ?? Terms, AwaitsCustomerNumber);
        next.Number = Number;
        next.VersionNumber = VersionNumber + 1;
        next.PreviousVersionId = Id;
        SupersededAt = now;
        UpdatedAt = now;
        return next;
    }

    /// <summary>Submits the quote under the submitter's authority: approved at once when within it, else waiting for
    /// a manager of the team (<see cref="QuoteApprovalRequested"/>).</summary>
    public void Submit(ApprovalRules rules, string by, DateTimeOffset now)
    {
        EnsureCurrent();
        if (Status is not (QuoteStatus.Draft or QuoteStatus.Rejected))
            throw new DomainRuleException("quote.not_submittable", $"A quote that is {Status} cannot be submitted; only a draft or a rejected one.");
        var reasons = rules.ReasonsFor(this);
        ClearApproval();
        (SubmittedBy, SubmittedAt, UpdatedAt) = (by, now, now);
        if (reasons.Count == 0)
        {
            Status = QuoteStatus.Approved;
            (DecidedBy, DecidedAt) = (PolicyDecision, now);
            return;
        }
        Status = QuoteStatus.PendingApproval;
        ApprovalReasons = string.Join("\n", reasons);
        Raise(new QuoteApprovalRequested(this, by, reasons));
    }

    /// <summary>Who decides a quote that was within the submitter's own authority.</summary>
    public const string PolicyDecision = "policy";

    public void Approve(string by, string? comment, DateTimeOffset now) => Decide(QuoteStatus.Approved, by, comment, now);

    public void RejectApproval(string by, string comment, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(comment))
            throw new DomainRuleException("approval.comment_missing", "Say why the quote is rejected, so the rep can revise it.", "comment");
        Decide(QuoteStatus.Rejected, by, comment, now);
    }

    /// <summary>Sends the quote to the customer: an approved one, or a draft within the sender's authority.</summary>
    public void Send(ApprovalRules rules, string by, DateTimeOffset now)
    {
        EnsureCurrent();
        if (Status == QuoteStatus.Draft) ApproveWithin(rules, by, now);
        if (Status != QuoteStatus.Approved)
            throw new DomainRuleException("quote.not_approved", $"Only an approved quote can be sent; this one is {Status}.");
        Status = QuoteStatus.Sent;
        UpdatedAt = now;
    }

    /// <summary>The customer accepts (while it is valid): a sent or approved quote, or a draft within the user's authority.
    /// The optional lines they chose join the total; the acceptance keeps who accepted and how.</summary>
    public void Accept(
        ApprovalRules rules, string by, DateOnly today, DateTimeOffset now, QuoteAcceptance? acceptance = null,
        IReadOnlyCollection<int>? chosenOptionalLines = null)
    {
        if (Status == QuoteStatus.Accepted) return;
        EnsureCurrent();
        if (Status is not (QuoteStatus.Draft or QuoteStatus.Approved or QuoteStatus.Sent))
            throw new DomainRuleException("quote.not_open", $"A quote that is {Status} cannot be accepted.");
        if (ValidUntil < today)
        {
            Expire(today, now);
            throw new DomainRuleException("quote.expired", $"The quote expired on {ValidUntil:yyyy-MM-dd}.");
        }
        if (Status == QuoteStatus.Draft) ApproveWithin(rules, by, now);
        Choose(chosenOptionalLines ?? []);
        Status = QuoteStatus.Accepted;
        Acceptance = acceptance ?? new QuoteAcceptance(by, now, null, null, null, Online: false);
        UpdatedAt = now;
    }

    private void Choose(IReadOnlyCollection<int> chosenOptionalLines)
    {
        foreach (var number in chosenOptionalLines)
        {
            var line = _lines.FirstOrDefault(l => l.LineNumber == number);
            if (line is not { Optional: true })
                throw new DomainRuleException("quote.not_optional", $"Line {number} is not an optional line of this quote.", "optionalLines");
        }
        foreach (var line in _lines.Where(l => l.Optional)) line.Choose(chosenOptionalLines.Contains(line.LineNumber));
        NetTotal = OrderedLines.Sum(l => l.NetAmount);
    }

    /// <summary>The customer said no, and perhaps why.</summary>
    public void Decline(DateTimeOffset now, string? reason = null)
    {
        EnsureCurrent();
        if (Status is not (QuoteStatus.Draft or QuoteStatus.Approved or QuoteStatus.Sent))
            throw new DomainRuleException("quote.not_open", $"A quote that is {Status} cannot be declined.");
        reason = reason?.Trim();
        if (reason is { Length: > MaxCommentLength })
            throw new DomainRuleException("text.too_long", $"A reason takes at most {MaxCommentLength} characters.", "reason");
        Status = QuoteStatus.Declined;
        DeclineReason = string.IsNullOrEmpty(reason) ? null : reason;
        UpdatedAt = now;
    }

    /// <summary>A quote past its validity that nobody accepted expires.</summary>
    /// <returns>Whether it expired now.</returns>
    public bool Expire(DateOnly today, DateTimeOffset now)
    {
        if (ValidUntil >= today || !ExpiringStatuses.Contains(Status) || IsSuperseded) return false;
        Status = QuoteStatus.Expired;
        UpdatedAt = now;
        return true;
    }

    /// <summary>Keeps what an availability check could promise each line, in line order, and when it was asked: what
    /// the rep tells the customer and the PDF shows. A version already replaced keeps what it had, and so does a converted
    /// quote: from then on its dates are its order's.</summary>
    public void RecordPromise(IReadOnlyList<QuoteLinePromise> lines, DateTimeOffset checkedAt)
    {
        if (IsSuperseded || SalesOrderId is not null) return;
        if (lines.Count != _lines.Count)
            throw new DomainRuleException("quote.promise_lines", "A promise answers every line of the quote.");
        for (var i = 0; i < lines.Count; i++) _lines[i].Promised(lines[i]);
        PromiseCheckedAt = checkedAt;
    }

    /// <summary>Records the one sales order this quote became; its ordered lines became the order's lines, in order.</summary>
    public void ConvertedTo(SalesOrderId salesOrderId, DateTimeOffset now)
    {
        if (Status != QuoteStatus.Accepted)
            throw new DomainRuleException("quote.not_accepted", "Only an accepted quote converts to a sales order.");
        if (SalesOrderId is not null && SalesOrderId != salesOrderId)
            throw new DomainRuleException("quote.already_converted", "This quote already became a sales order.");
        if (SalesOrderId == salesOrderId) return;
        SalesOrderId = salesOrderId;
        var orderLine = 0;
        foreach (var line in OrderedLines) line.Ordered(++orderLine);
        UpdatedAt = now;
        Raise(new QuoteConverted(Id, salesOrderId, now));
    }

    private void Decide(QuoteStatus outcome, string by, string? comment, DateTimeOffset now)
    {
        EnsureCurrent();
        if (Status != QuoteStatus.PendingApproval)
            throw new DomainRuleException("quote.not_pending", $"Only a quote waiting for approval can be decided; this one is {Status}.");
        if (string.Equals(by, SubmittedBy, StringComparison.OrdinalIgnoreCase))
            throw new DomainRuleException("approval.own_request", "Nobody approves or rejects their own request; another manager of the team decides.");
        comment = comment?.Trim();
        if (comment is { Length: > MaxCommentLength })
            throw new DomainRuleException("approval.comment_too_long", $"A comment takes at most {MaxCommentLength} characters.", "comment");
        (Status, DecidedBy, DecidedAt, DecisionComment, UpdatedAt) = (outcome, by, now, string.IsNullOrEmpty(comment) ? null : comment, now);
    }

    /// <summary>A draft sent or accepted straight away must be within the user's authority.</summary>
    private void ApproveWithin(ApprovalRules rules, string by, DateTimeOffset now)
    {
        var reasons = rules.ReasonsFor(this);
        if (reasons.Count > 0)
            throw new DomainRuleException("quote.needs_approval", $"This quote needs a manager's approval first (submit it): {string.Join(" ", reasons)}");
        (SubmittedBy, SubmittedAt, DecidedBy, DecidedAt, Status) = (by, now, PolicyDecision, now, QuoteStatus.Approved);
    }

    private void ClearApproval() =>
        (SubmittedBy, SubmittedAt, ApprovalReasons, DecidedBy, DecidedAt, DecisionComment) = (null, null, null, null, null, null);

    private void EnsureCurrent()
    {
        if (IsSuperseded)
            throw new DomainRuleException("quote.superseded", $"Version {VersionNumber} of {Number} was replaced by a newer version and is read-only.");
    }

    /// <summary>The ERP created the prospect as its customer under this number: the quote carries it from now on.</summary>
    public void CustomerCreatedInErp(CustomerNumber number)
    {
        if (!AwaitsCustomerNumber) return;
        (CustomerNumber, AwaitsCustomerNumber) = (number, false);
    }

    private void Replace(
        DateOnly? requestedDeliveryDate, DateOnly validUntil, bool shipComplete, IReadOnlyList<QuoteLineInput> lines, QuoteTerms terms,
        DateOnly today, DateTimeOffset now)
    {
        if (lines.Count == 0)
            throw new DomainRuleException("quote.no_lines", "A quote needs at least one line.", "lines");
        if (validUntil < today)
            throw new DomainRuleException("quote.valid_until_past", "A quote must be valid until today or later.", "validUntil");
        if (requestedDeliveryDate is { } rdd && rdd < today)
            throw new DomainRuleException("quote.delivery_past", "The requested delivery date cannot be in the past.", "requestedDeliveryDate");
        PlanningHorizon.Check(requestedDeliveryDate, today, "requestedDeliveryDate");
        PlanningHorizon.Check(validUntil, today, "validUntil");

        RequestedDeliveryDate = requestedDeliveryDate;
        ValidUntil = validUntil;
        ShipComplete = shipComplete;
        if (lines.All(l => l.Optional))
            throw new DomainRuleException("quote.only_optional", "A quote needs at least one line that is not optional.", "lines");
        Terms = terms;
        _lines.Clear();
        _lines.AddRange(lines.Select((l, i) => new QuoteLine(i + 1, l, terms.HeaderDiscountPercent, Currency)));
        NetTotal = OrderedLines.Sum(l => l.NetAmount);
        PromiseCheckedAt = null;
        UpdatedAt = now;
    }
}
