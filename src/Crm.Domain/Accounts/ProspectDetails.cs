using Crm.Domain.Common;

namespace Crm.Domain.Accounts;

/// <summary>What the CRM knows of a prospect before the ERP does: its name, address and how to reach it.</summary>
public sealed record ProspectDetails
{
    public ProspectDetails(
        string name, string? street, string? postalCode, string? city, string? country, EmailAddress? email, PhoneNumber? phone, VatId? vatId)
    {
        Name = name.Trim();
        if (Name.Length == 0)
            throw new DomainRuleException("account.name_missing", "An account needs a name.", "name");
        if (Name.Length > Account.MaxNameLength)
            throw new DomainRuleException("account.name_too_long", $"An account's name takes at most {Account.MaxNameLength} characters.", "name");
        Street = Text(street, 200, "street");
        PostalCode = Text(postalCode, 20, "postalCode");
        City = Text(city, 100, "city");
        Country = Text(country, 2, "country").ToUpperInvariant();
        if (Country.Length is not (0 or 2) || !Country.All(char.IsAsciiLetter))
            throw new DomainRuleException("account.country", "A country is its two-letter ISO code, such as DE or PL.", "country");
        (Email, Phone, VatId) = (email, phone, vatId);
    }

    public string Name { get; }

    public string Street { get; }

    public string PostalCode { get; }

    public string City { get; }

    public string Country { get; }

    public EmailAddress? Email { get; }

    public PhoneNumber? Phone { get; }

    public VatId? VatId { get; }

    /// <summary>The field a change named first, for the error when the account cannot take it.</summary>
    public string? ChangedField { get; init; }

    private static string Text(string? value, int maxLength, string field)
    {
        var trimmed = value?.Trim() ?? "";
        return trimmed.Length <= maxLength ? trimmed
            : throw new DomainRuleException("account.too_long", $"{field} takes at most {maxLength} characters.", field);
    }
}
