using Crm.Contracts;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Common;
using F23.StringSimilarity;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Accounts;

/// <summary>Finds the accounts likely to be the company being entered: those sharing a blocking key
/// (<see cref="MatchKeys"/>), scored here by the evidence they share — the VAT id, the phone, the email address or its domain, and the
/// name's Jaro-Winkler similarity once legal forms are gone. It looks across every team: the company another team
/// works is the duplicate that matters most.</summary>
public sealed class DuplicateCheck(CrmDbContext db)
{
    public const string AccountRecord = "Account", ContactRecord = "Contact", LeadRecord = "Lead";

    /// <summary>Reported from this score up.</summary>
    public const double Threshold = 0.75;

    private const int MaxCandidates = 10, MaxPerWeakKey = 100;

    private static readonly JaroWinkler Similarity = new();

    public sealed record Company(string Name, VatId? VatId, PhoneNumber? Phone, EmailAddress? Email)
    {
        public static Company Of(ProspectDetails details) => new(details.Name, details.VatId, details.Phone, details.Email);

        /// <summary>The blocking keys it is found and stored under.</summary>
        public List<(string Kind, string Value)> Keys => [.. MatchKeys.ForCompany(Name, VatId, Phone, Email)];
    }

    /// <summary>An ERP customer's keys: its phone and email as the ERP sent them, read leniently.</summary>
    public static List<(string Kind, string Value)> KeysOf(Account account, PhoneParsing phones) =>
    [
        .. MatchKeys.ForCompany(account.Name, account.VatId is { } vat ? new VatId(vat) : null, phones.TryParse(account.Phone, account.Country),
            Lenient(account.Email)),
    ];

    private static EmailAddress? Lenient(string? email)
    {
        try
        {
            return EmailAddress.From(email);
        }
        catch (DomainRuleException)
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<DuplicateCandidate>> AccountsLike(Company company, AccountId? except, CancellationToken ct)
    {
        var keys = company.Keys;
        var ids = await CandidateIdsAsync(AccountRecord, keys, except?.Value, ct);
        if (ids.Count == 0) return [];
        var accountIds = ids.Select(id => new AccountId(id)).ToList();
        var accounts = await db.Accounts.AsNoTracking().Where(a => accountIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Name, a.CustomerNumber }).ToListAsync(ct);
        var theirKeys = (await db.MatchKeys.AsNoTracking()
                .Where(k => k.RecordType == AccountRecord && ids.Contains(k.RecordId) && k.Kind != MatchKeys.Word && k.Kind != MatchKeys.Prefix)
                .Select(k => new { k.RecordId, k.Kind, k.Value }).ToListAsync(ct))
            .ToLookup(k => k.RecordId, k => (k.Kind, k.Value));
        return [.. accounts
            .Select(a => Score(keys, theirKeys[a.Id.Value].ToList(), a.Id.Value, a.Name, a.CustomerNumber?.Value))
            .Where(c => c.Score >= Threshold)
            .OrderByDescending(c => c.Score).ThenBy(c => c.Name)
            .Take(MaxCandidates)];
    }

    /// <summary>The contacts likely to be this person: the same email or phone anywhere, or the same name at the same
    /// account (a common name at another company is another person).</summary>
    public async Task<IReadOnlyList<DuplicateCandidate>> ContactsLike(PersonDetails person, AccountId account, CancellationToken ct, ContactId? except = null)
    {
        var keys = MatchKeys.ForPerson(person.FirstName, person.LastName, person.Email, person.Phone ?? person.Mobile).ToList();
        var ids = await CandidateIdsAsync(ContactRecord, keys, except?.Value, ct);
        if (ids.Count == 0) return [];
        var contactIds = ids.Select(id => new ContactId(id)).ToList();
        var contacts = await db.Contacts.AsNoTracking().Where(c => contactIds.Contains(c.Id))
            .Select(c => new { c.Id, c.AccountId, c.FirstName, c.LastName, c.Email, c.Phone, c.Mobile }).ToListAsync(ct);
        var candidates = new List<DuplicateCandidate>();
        foreach (var c in contacts)
        {
            var reasons = new List<string>();
            if (person.Email is { } email && string.Equals(email.Value, c.Email, StringComparison.OrdinalIgnoreCase)) reasons.Add("same email");
            if ((person.Phone ?? person.Mobile) is { } phone && (phone.Value == c.Phone || phone.Value == c.Mobile)) reasons.Add("same phone number");
            if (c.AccountId == account && SearchText.Of(person.FirstName, person.LastName) == SearchText.Of(c.FirstName, c.LastName))
                reasons.Add("same name at this account");
            if (reasons.Count == 0) continue;
            var score = reasons.Contains("same email") ? 1.0 : reasons.Count > 1 ? 0.95 : 0.9;
            candidates.Add(new DuplicateCandidate(c.Id.Value, ContactRecord, $"{c.FirstName} {c.LastName}".Trim(), null, score, reasons));
        }
        return [.. candidates.OrderByDescending(c => c.Score).Take(MaxCandidates)];
    }

    /// <summary>Replaces the keys of one record (saved with the caller's next save).</summary>
    public Task IndexAsync(string recordType, long recordId, IEnumerable<(string Kind, string Value)> keys, CancellationToken ct) =>
        IndexAsync(recordType, new Dictionary<long, List<(string Kind, string Value)>> { [recordId] = [.. keys] }, ct);

    /// <summary>Replaces the keys of these records (saved with the caller's next save).</summary>
    public async Task IndexAsync(string recordType, IReadOnlyDictionary<long, List<(string Kind, string Value)>> keysByRecord, CancellationToken ct)
    {
        var ids = keysByRecord.Keys.ToList();
        await db.MatchKeys.Where(k => k.RecordType == recordType && ids.Contains(k.RecordId)).ExecuteDeleteAsync(ct);
        db.MatchKeys.AddRange(keysByRecord.SelectMany(r => r.Value.Distinct().Select(k => MatchKey.For(recordType, r.Key, k.Kind, k.Value))));
    }

    /// <summary>The records sharing a key, in one round trip. A word or the first letters are shared by many companies
    /// ("maschinenbau", "nord"): each brings at most <see cref="MaxPerWeakKey"/> of them.</summary>
    public async Task<List<long>> CandidateIdsAsync(string recordType, List<(string Kind, string Value)> keys, long? except, CancellationToken ct)
    {
        var ofType = db.MatchKeys.Where(k => k.RecordType == recordType);
        IQueryable<long>? ids = null;
        foreach (var (kind, value) in keys)
        {
            var sharing = ofType.Where(k => k.Kind == kind && k.Value == value).Select(k => k.RecordId);
            if (kind is MatchKeys.Word or MatchKeys.Prefix) sharing = sharing.OrderBy(id => id).Take(MaxPerWeakKey);
            ids = ids is null ? sharing : ids.Concat(sharing);
        }
        if (ids is null) return [];
        return [.. (await ids.ToListAsync(ct)).Where(id => id != except).Distinct()];
    }

    private static DuplicateCandidate Score(
        List<(string Kind, string Value)> ours, List<(string Kind, string Value)> theirs, long id, string name, string? customerNumber)
    {
        var reasons = new List<string>();
        var evidence = new List<double>();
        string? Of(List<(string Kind, string Value)> keys, string kind) => keys.Where(k => k.Kind == kind).Select(k => k.Value).FirstOrDefault();
        bool Same(string kind) => Of(ours, kind) is { } value && theirs.Contains((kind, value));

        var similarity = Of(ours, MatchKeys.Name) is { } mine && Of(theirs, MatchKeys.Name) is { } other
            ? mine == other ? 1 : Similarity.Similarity(mine, other)
            : 0;
        if (similarity >= 0.85)
        {
            evidence.Add(similarity);
            reasons.Add(similarity >= 1 ? "same name (legal form aside)" : $"similar name ({similarity:P0})");
        }
        if (Same(MatchKeys.Vat))
        {
            evidence.Add(1);
            reasons.Add("same VAT id");
        }
        if (Same(MatchKeys.Phone))
        {
            evidence.Add(0.9);
            reasons.Add("same phone number");
        }
        if (Same(MatchKeys.Email))
        {
            evidence.Add(0.95);
            reasons.Add("same email address");
        }
        if (Same(MatchKeys.Domain))
        {
            evidence.Add(0.8);
            reasons.Add($"same email domain ({Of(ours, MatchKeys.Domain)})");
        }
        // Independent pieces of evidence add up: two strong ones make a near-certain match.
        var score = 1 - evidence.Aggregate(1.0, (rest, e) => rest * (1 - e));
        return new DuplicateCandidate(id, AccountRecord, name, customerNumber, Math.Round(score, 2), reasons);
    }
}
