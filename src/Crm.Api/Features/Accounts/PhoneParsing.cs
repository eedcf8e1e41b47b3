using Crm.Api.Infrastructure;
using Crm.Domain.Common;
using Util = PhoneNumbers.PhoneNumberUtil;

namespace Crm.Api.Features.Accounts;

/// <summary>Phone numbers as people type them ("030 1234567", "+49 (30) 123-4567", "0049 30 1234567") to E.164, with
/// libphonenumber: a national number is read in the record's country, else in <c>Accounts:DefaultRegion</c> (DE).</summary>
public sealed class PhoneParsing(IConfiguration configuration)
{
    private static readonly Util Phones = Util.GetInstance();

    private string DefaultRegion => configuration["Accounts:DefaultRegion"] ?? "DE";

    /// <summary>The number, or none for an empty text; a text that is no valid number is a 400 naming the field.</summary>
    public PhoneNumber? Parse(string? text, string? country, string field) =>
        string.IsNullOrWhiteSpace(text) ? null
        : TryParse(text, country) ?? throw RequestValidationException.For(field, $"'{text}' is not a phone number (a national number is read as one of {Region(country)}).");

    /// <summary>The number, or none when the text is not one (a search term, say).</summary>
    public PhoneNumber? TryParse(string? text, string? country = null)
    {
        // Only digits and the signs people write numbers with: "C-069760" is a customer number, not a phone.
        if (string.IsNullOrWhiteSpace(text) || text.Count(char.IsAsciiDigit) < 5 || !text.All(c => char.IsAsciiDigit(c) || " +-/().".Contains(c)))
            return null;
        try
        {
            var parsed = Phones.Parse(text, Region(country));
            return Phones.IsValidNumber(parsed) ? new PhoneNumber(Phones.Format(parsed, PhoneNumbers.PhoneNumberFormat.E164)) : null;
        }
        catch (PhoneNumbers.NumberParseException)
        {
            return null;
        }
    }

    private string Region(string? country) => string.IsNullOrWhiteSpace(country) ? DefaultRegion : country.Trim().ToUpperInvariant();
}
