namespace Crm.Domain.Common;

/// <summary>A phone number in E.164 form (+ and 6 to 15 digits; some countries have short numbers), as the host's parser
/// gives it from whatever was typed.</summary>
public sealed record PhoneNumber
{
    public PhoneNumber(string e164)
    {
        if (e164.Length is < 7 or > 16 || e164[0] != '+' || !e164[1..].All(char.IsAsciiDigit) || e164[1] == '0')
            throw new DomainRuleException("phone.invalid", $"'{e164}' is not a phone number in E.164 form.", "phone");
        Value = e164;
    }

    public string Value { get; }

    public override string ToString() => Value;
}
