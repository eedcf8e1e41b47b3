using Crm.Domain.Common;

namespace Crm.Domain.Pipeline;

/// <summary>Who a lead is: the company and the person, and how to reach them, each checked.</summary>
public sealed record LeadDetails
{
    public const int MaxCompanyLength = 200, MaxNameLength = 100;

    public LeadDetails(string? company, string? firstName, string? lastName, string? jobTitle, EmailAddress? email, PhoneNumber? phone,
        string? country, string? industry)
    {
        Company = Text(company, MaxCompanyLength, "company");
        if (Company.Length == 0) throw new DomainRuleException("lead.company_missing", "A lead needs the company's name.", "company");
        FirstName = Text(firstName, MaxNameLength, "firstName");
        LastName = Text(lastName, MaxNameLength, "lastName");
        if (LastName.Length == 0) throw new DomainRuleException("lead.name_missing", "A lead needs the person's last name.", "lastName");
        JobTitle = Optional(Text(jobTitle, 100, "jobTitle"));
        var code = Text(country, 2, "country").ToUpperInvariant();
        if (code.Length is not (0 or 2) || !code.All(char.IsAsciiLetter))
            throw new DomainRuleException("lead.country", "A country is its two-letter ISO 3166 code, such as DE.", "country");
        Country = Optional(code);
        Industry = Optional(Text(industry, 100, "industry"));
        (Email, Phone) = (email, phone);
    }

    public string Company { get; }

    public string FirstName { get; }

    public string LastName { get; }

    public string? JobTitle { get; }

    public EmailAddress? Email { get; }

    public PhoneNumber? Phone { get; }

    public string? Country { get; }

    public string? Industry { get; }

    public string PersonName => $"{FirstName} {LastName}".Trim();

    private static string? Optional(string text) => text.Length == 0 ? null : text;

    private static string Text(string? value, int maxLength, string field)
    {
        var trimmed = value?.Trim() ?? "";
        return trimmed.Length <= maxLength ? trimmed
            : throw new DomainRuleException("lead.too_long", $"{field} takes at most {maxLength} characters.", field);
    }
}
