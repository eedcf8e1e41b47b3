namespace Crm.Domain.Common;

public sealed record ItemNumber
{
    public ItemNumber(string value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Length > 40)
            throw new DomainRuleException("item.invalid", "An item number is 1 to 40 characters.", "itemNumber");
        Value = value.Trim();
    }

    public string Value { get; }

    public static ItemNumber? TryFrom(string? value) =>
        string.IsNullOrWhiteSpace(value) || value.Trim().Length > 40 ? null : new ItemNumber(value);

    public override string ToString() => Value;
}
