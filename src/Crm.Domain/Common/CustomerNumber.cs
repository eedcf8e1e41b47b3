namespace Crm.Domain.Common;

public sealed record CustomerNumber
{
    public CustomerNumber(string value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 40)
            throw new DomainRuleException("customer.invalid", "A customer number is 1 to 40 characters.", "customerNumber");
        Value = value.Trim();
    }

    public string Value { get; }

    public override string ToString() => Value;
}
