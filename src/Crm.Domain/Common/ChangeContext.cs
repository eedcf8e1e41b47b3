namespace Crm.Domain.Common;

/// <summary>Who makes a change, why and when: carried by every change that is recorded.</summary>
public sealed record ChangeContext
{
    public const int MaxReasonLength = 500;

    /// <summary>The name under which the ERP's own changes are recorded.</summary>
    public const string ErpUser = "erp";

    public ChangeContext(string by, string reason, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(by))
            throw new DomainRuleException("change.by_missing", "A change needs to say who made it.", "changedBy");
        reason = reason.Trim();
        if (reason.Length > MaxReasonLength)
            throw new DomainRuleException("change.reason_too_long", $"A reason takes at most {MaxReasonLength} characters.", "reason");
        (By, Reason, Now) = (by, reason, now);
    }

    public string By { get; }

    public string Reason { get; }

    public DateTimeOffset Now { get; }

    /// <summary>The ERP made the change itself, so nothing about it goes back to the ERP.</summary>
    public bool ByErp => By == ErpUser;

    public static ChangeContext Erp(string reason, DateTimeOffset now) => new(ErpUser, reason, now);
}
