using Crm.Domain.Common;

namespace Crm.Domain.Accounts;

/// <summary>The blocking keys under which a record is found as a possible duplicate: its folded name without legal
/// form, each significant word of it, the name's first letters (a typo further on still meets), the VAT id without
/// country prefix, the phone in E.164, the email address and its domain (not a free-mail one). Candidates share a key; scoring them
/// is the host's.</summary>
public static class MatchKeys
{
    public const string Name = "name", Word = "word", Prefix = "prefix", Vat = "vat", Phone = "phone", Domain = "domain", Email = "email", Company = "company";

    private const int PrefixLength = 4, MinWordLength = 3;

    public static IEnumerable<(string Kind, string Value)> ForCompany(string name, VatId? vatId, PhoneNumber? phone, EmailAddress? email)
    {
        var key = CompanyNameKey.Of(name);
        if (key.Length > 0)
        {
            yield return (Name, key);
            var compact = key.Replace(" ", "", StringComparison.Ordinal);
            if (compact.Length >= PrefixLength) yield return (Prefix, compact[..PrefixLength]);
            foreach (var word in key.Split(' ').Where(w => w.Length >= MinWordLength).Distinct()) yield return (Word, word);
        }
        if (vatId is not null) yield return (Vat, vatId.Key);
        if (phone is not null) yield return (Phone, phone.Value);
        if (email is null) yield break;
        yield return (Email, email.Value.ToLowerInvariant());
        if (!email.IsFreeMail) yield return (Domain, email.Domain);
    }

    /// <summary>A person: their folded full name, their email and their phone.</summary>
    public static IEnumerable<(string Kind, string Value)> ForPerson(string firstName, string lastName, EmailAddress? email, PhoneNumber? phone)
    {
        var name = Common.SearchText.Of(firstName, lastName);
        if (name.Length > 0) yield return (Name, name);
        if (email is not null) yield return (Email, email.Value.ToLowerInvariant());
        if (phone is not null) yield return (Phone, phone.Value);
    }

    /// <summary>A lead: the person's keys and the company's name without legal form.</summary>
    public static IEnumerable<(string Kind, string Value)> ForLead(string company, string firstName, string lastName, EmailAddress? email, PhoneNumber? phone)
    {
        foreach (var key in ForPerson(firstName, lastName, email, phone)) yield return key;
        if (CompanyNameKey.Of(company) is { Length: > 0 } name) yield return (Company, name);
    }
}
