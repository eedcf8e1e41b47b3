using Crm.Domain.Common;

namespace Crm.Domain.Accounts;

/// <summary>A person at an account: who a rep calls, who buys, who signs.</summary>
public sealed class Contact : AggregateRoot
{
    public const int MaxNameLength = 100;

    private Contact()
    {
        FirstName = LastName = SearchText = CreatedBy = "";
    }

    public ContactId Id { get; private set; }

    public AccountId AccountId { get; private set; }

    public string FirstName { get; private set; }

    public string LastName { get; private set; }

    public string? JobTitle { get; private set; }

    public string? Email { get; private set; }

    /// <summary>E.164.</summary>
    public string? Phone { get; private set; }

    /// <summary>E.164.</summary>
    public string? Mobile { get; private set; }

    /// <summary>ISO 639-1, the language the contact is written to in.</summary>
    public string? Language { get; private set; }

    /// <summary>The account's first person to contact; at most one contact of an account is.</summary>
    public bool IsPrimary { get; private set; }

    public string SearchText { get; private set; }

    public string? ConfirmedNotDuplicateBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; }

    public static Contact Create(AccountId account, PersonDetails person, bool primary, ChangeContext context)
    {
        var contact = new Contact { AccountId = account, IsPrimary = primary, CreatedAt = context.Now, CreatedBy = context.By };
        contact.Describe(person);
        return contact;
    }

    public void Describe(PersonDetails person)
    {
        (FirstName, LastName, JobTitle, Language) = (person.FirstName, person.LastName, person.JobTitle, person.Language);
        (Email, Phone, Mobile) = (person.Email?.Value, person.Phone?.Value, person.Mobile?.Value);
        SearchText = Common.SearchText.Of(FirstName, LastName, Email, Phone, Mobile);
    }

    /// <summary>Another contact became the account's primary one.</summary>
    public void NoLongerPrimary() => IsPrimary = false;

    /// <summary>The contact is the account's first person to contact from now on (the one before it no longer is).</summary>
    public void BecomePrimary() => IsPrimary = true;

    public void ConfirmNotDuplicate(string by) => ConfirmedNotDuplicateBy = by;
}

/// <summary>A person's name, role and how to reach them, each checked.</summary>
public sealed record PersonDetails
{
    public PersonDetails(string? firstName, string lastName, string? jobTitle, EmailAddress? email, PhoneNumber? phone, PhoneNumber? mobile, string? language)
    {
        FirstName = Text(firstName, Contact.MaxNameLength, "firstName");
        LastName = Text(lastName, Contact.MaxNameLength, "lastName");
        if (LastName.Length == 0)
            throw new DomainRuleException("contact.name_missing", "A contact needs a last name.", "lastName");
        var title = Text(jobTitle, 100, "jobTitle");
        JobTitle = title.Length == 0 ? null : title;
        var lang = Text(language, 2, "language").ToLowerInvariant();
        if (lang.Length is not (0 or 2) || !lang.All(char.IsAsciiLetter))
            throw new DomainRuleException("contact.language", "A language is its two-letter ISO 639-1 code, such as de or pl.", "language");
        Language = lang.Length == 0 ? null : lang;
        (Email, Phone, Mobile) = (email, phone, mobile);
    }

    public string FirstName { get; }

    public string LastName { get; }

    public string? JobTitle { get; }

    public EmailAddress? Email { get; }

    public PhoneNumber? Phone { get; }

    public PhoneNumber? Mobile { get; }

    public string? Language { get; }

    private static string Text(string? value, int maxLength, string field)
    {
        var trimmed = value?.Trim() ?? "";
        return trimmed.Length <= maxLength ? trimmed
            : throw new DomainRuleException("contact.too_long", $"{field} takes at most {maxLength} characters.", field);
    }
}
