namespace Crm.Api.Persistence.Audit;

/// <summary>One change to one field of an audited record: who, when, which field, from what to what. A record's
/// creation and deletion are entries too, and so are its lines coming and going.</summary>
public sealed class AuditEntry(string entity, string entityId, string field, string? oldValue, string? newValue, string changedBy, DateTimeOffset changedAt)
{
    public const int MaxValueLength = 1000;

    public long Id { get; private set; }

    /// <summary>Quote, SalesOrder, PriceList, Team or Customer.</summary>
    public string Entity { get; private set; } = entity;

    public string EntityId { get; private set; } = entityId;

    public string Field { get; private set; } = field;

    public string? OldValue { get; private set; } = Cut(oldValue);

    public string? NewValue { get; private set; } = Cut(newValue);

    public string ChangedBy { get; private set; } = changedBy;

    public DateTimeOffset ChangedAt { get; private set; } = changedAt;

    private static string? Cut(string? value) => value is { Length: > MaxValueLength } ? value[..(MaxValueLength - 1)] + "…" : value;
}
