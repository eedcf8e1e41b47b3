using Crm.Domain.Accounts;
using Crm.Domain.Common;

namespace Crm.Domain.Sales;

/// <summary>A priced offer to a customer. Once accepted it converts to exactly one sales order.</summary>
public sealed class Quote : ITeamOwned
{
    private readonly List<QuoteLine> _lines = [];

    private Quote()
    {
        CustomerNumber = null!;
        CreatedBy = "";
    }

    public QuoteId Id { get; private set; }

    /// <summary>The number the customer knows the quote by; given once the quote has its id.</summary>
    public string Number { get; private set; } = "";

    public CustomerNumber CustomerNumber { get; private set; }

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

    public IReadOnlyList<QuoteLine> Lines => _lines;

    public decimal NetTotal => _lines.Sum(l => l.NetAmount);

    public void AssignNumber()
    {
        if (Id.Value <= 0) throw new DomainRuleException("number.no_id", "A number is given only once the document is stored.");
        if (Number.Length == 0) Number = FormatNumber(Id.Value);
    }

    public static string FormatNumber(long id) => $"Q-{id:D6}";

    /// <summary>Quotes still being worked (an accepted one until it converts). They move with their customer to another team.</summary>
    public static readonly QuoteStatus[] OpenStatuses = [QuoteStatus.Draft, QuoteStatus.Sent, QuoteStatus.Accepted];

    public static Quote Create(
        CustomerNumber customer, DateOnly? requestedDeliveryDate, DateOnly validUntil, bool shipComplete,
        IReadOnlyList<QuoteLineInput> lines, DateOnly today, string createdBy, DateTimeOffset now, TeamId? team = null, string currency = "")
    {
        var quote = new Quote
        {
            CustomerNumber = customer,
            TeamId = team,
            Currency = currency,
            Status = QuoteStatus.Draft,
            CreatedBy = createdBy,
            CreatedAt = now,
        };
        quote.Revise(requestedDeliveryDate, validUntil, shipComplete, lines, today, now);
        return quote;
    }

    /// <summary>Replaces the terms and lines of a quote that has not been decided yet.</summary>
    public void Revise(
        DateOnly? requestedDeliveryDate, DateOnly validUntil, bool shipComplete,
        IReadOnlyList<QuoteLineInput> lines, DateOnly today, DateTimeOffset now)
    {
        if (Status is not (QuoteStatus.Draft or QuoteStatus.Sent))
            throw new DomainRuleException("quote.not_editable", $"A quote that is {Status} can no longer be changed.");
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
        _lines.Clear();
        _lines.AddRange(lines.Select((l, i) => new QuoteLine(i + 1, l)));
        UpdatedAt = now;
    }

    public void Send(DateTimeOffset now)
    {
        if (Status != QuoteStatus.Draft)
            throw new DomainRuleException("quote.not_draft", $"Only a draft quote can be sent; this one is {Status}.");
        Status = QuoteStatus.Sent;
        UpdatedAt = now;
    }

    public void Accept(DateOnly today, DateTimeOffset now)
    {
        if (Status == QuoteStatus.Accepted) return;
        if (Status is not (QuoteStatus.Draft or QuoteStatus.Sent))
            throw new DomainRuleException("quote.not_open", $"A quote that is {Status} cannot be accepted.");
        if (ValidUntil < today)
        {
            Status = QuoteStatus.Expired;
            throw new DomainRuleException("quote.expired", $"The quote expired on {ValidUntil:yyyy-MM-dd}.");
        }
        Status = QuoteStatus.Accepted;
        UpdatedAt = now;
    }

    public void Reject(DateTimeOffset now)
    {
        if (Status is not (QuoteStatus.Draft or QuoteStatus.Sent))
            throw new DomainRuleException("quote.not_open", $"A quote that is {Status} cannot be rejected.");
        Status = QuoteStatus.Rejected;
        UpdatedAt = now;
    }

    /// <summary>Records the one sales order this quote became.</summary>
    public void ConvertedTo(SalesOrderId salesOrderId, DateTimeOffset now)
    {
        if (Status != QuoteStatus.Accepted)
            throw new DomainRuleException("quote.not_accepted", "Only an accepted quote converts to a sales order.");
        if (SalesOrderId is not null && SalesOrderId != salesOrderId)
            throw new DomainRuleException("quote.already_converted", "This quote already became a sales order.");
        SalesOrderId = salesOrderId;
        UpdatedAt = now;
    }
}
