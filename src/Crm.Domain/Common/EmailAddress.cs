namespace Crm.Domain.Common;

/// <summary>An email address: something@domain.tld, trimmed, at most 254 characters; the domain in lower case.</summary>
public sealed record EmailAddress
{
    public const int MaxLength = 254;

    public EmailAddress(string value)
    {
        var trimmed = value.Trim();
        var at = trimmed.LastIndexOf('@');
        if (trimmed.Length > MaxLength || at < 1 || at == trimmed.Length - 1 || trimmed.Any(char.IsWhiteSpace)
            || !trimmed[(at + 1)..].Contains('.') || trimmed[(at + 1)..].StartsWith('.') || trimmed.EndsWith('.'))
            throw new DomainRuleException("email.invalid", $"'{value}' is not an email address.", "email");
        Value = $"{trimmed[..at]}@{trimmed[(at + 1)..].ToLowerInvariant()}";
    }

    public string Value { get; }

    public string Domain => Value[(Value.LastIndexOf('@') + 1)..];

    /// <summary>Whether the domain is a mail provider's that anyone can sign up to: sharing it says nothing about
    /// being the same company.</summary>
    public bool IsFreeMail => FreeMailDomains.Contains(Domain);

    public static EmailAddress? From(string? value) => string.IsNullOrWhiteSpace(value) ? null : new EmailAddress(value);

    public override string ToString() => Value;

    private static readonly HashSet<string> FreeMailDomains =
    [
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com", "icloud.com",
        "me.com", "aol.com", "mail.com", "gmx.de", "gmx.net", "gmx.at", "web.de", "t-online.de", "freenet.de",
        "proton.me", "protonmail.com", "yandex.ru", "mail.ru", "wp.pl", "o2.pl", "onet.pl", "interia.pl", "libero.it",
        "orange.fr", "free.fr", "laposte.net", "seznam.cz", "bluewin.ch",
    ];
}
