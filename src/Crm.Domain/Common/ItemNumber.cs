namespace Crm.Domain.Common;

public sealed record ItemNumber
{
    public ItemNumber(string value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 40)
            throw new DomainRuleException("item.invalid", "An item number is 1 to 40 characters.", "itemNumber");
        Value = value.Trim();
    }

    public string Value { get; }

    public override string ToString() => Value;
}
