namespace Crm.Domain.Common;

public sealed record CustomerNumber
{
    public const int MaxLength = 40;

    public CustomerNumber(string value)
    {
        if (!IsValid(value))
            throw new DomainRuleException("customer.invalid", $"A customer number is 1 to {MaxLength} characters.", "customerNumber");
        Value = value.Trim();
    }

    public string Value { get; }

    /// <summary>The number, or null when the text cannot be one (no customer is stored under it then).</summary>
    public static CustomerNumber? TryFrom(string? value) => IsValid(value) ? new CustomerNumber(value!) : null;

    public override string ToString() => Value;

    private static bool IsValid(string? value) => !string.IsNullOrWhiteSpace(value) && value.Trim().Length <= MaxLength;
}
