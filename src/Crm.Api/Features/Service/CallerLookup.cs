using Crm.Contracts;
using Crm.Api.Features.Accounts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Crm.Domain.Sales;
using Crm.Domain.Service;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Service;

/// <summary>The call centre's screen pop: a caller's number in any format, or an address, finds the contact and the
/// account it belongs to, with open cases, open orders with their next promised delivery, and lines at risk, in
/// one call. Indexed lookups only: the match keys of the number's E.164 form and the address, and contacts' phones.</summary>
public sealed class CallerLookup(CrmDbContext db, PhoneParsing phones, CaseQueries cases)
{
    private const int MaxAccounts = 5, Shown = 10;

    private static readonly SalesOrderStatus[] Finished =
        [SalesOrderStatus.Shipped, SalesOrderStatus.Invoiced, SalesOrderStatus.Closed, SalesOrderStatus.Cancelled];

    public async Task<LookupResponse> FindAsync(string? phone, string? email, Viewer viewer, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(phone) == string.IsNullOrWhiteSpace(email))
            throw RequestValidationException.For("phone", "Look up by one of phone or email.");
        var contacts = db.Contacts.AsNoTracking();
        IQueryable<Account> accounts = db.Accounts.AsNoTracking();
        string query;
        if (phone is { Length: > 0 })
        {
            var number = phones.TryParse(phone) ?? throw RequestValidationException.For("phone", $"'{phone}' is not a phone number.");
            query = number.Value;
            contacts = contacts.Where(c => c.Phone == query || c.Mobile == query);
        }
        else
        {
            query = Email(email!);
            var ids = (await KeyedAsync(MatchKeys.Email, query, DuplicateCheck.ContactRecord, ct)).Select(id => new ContactId(id)).ToList();
            contacts = contacts.Where(c => ids.Contains(c.Id));
        }
        var keyed = (await KeyedAsync(phone is { Length: > 0 } ? MatchKeys.Phone : MatchKeys.Email, query, DuplicateCheck.AccountRecord, ct))
            .Select(id => new AccountId(id)).ToList();
        accounts = accounts.Where(a => keyed.Contains(a.Id));

        var people = await contacts.Join(db.Accounts.VisibleTo(viewer, db.Teams), c => c.AccountId, a => a.Id, (c, a) => c)
            .OrderBy(c => c.Id).Take(MaxAccounts)
            .Select(c => new { c.AccountId, Contact = new LookupContact(c.Id.Value, c.FirstName + " " + c.LastName, c.JobTitle, c.Email, c.Phone, c.Mobile) })
            .ToListAsync(ct);
        var own = await accounts.VisibleTo(viewer, db.Teams).Select(a => a.Id).Take(MaxAccounts).ToListAsync(ct);
        var matches = new List<CallerMatch>();
        foreach (var (accountId, contact) in people.Select(p => (p.AccountId, (LookupContact?)p.Contact)).Concat(own.Select(a => (a, (LookupContact?)null)))
                     .DistinctBy(m => m.Item1).Take(MaxAccounts))
            matches.Add(await MatchAsync(accountId, contact, viewer, ct));
        return new LookupResponse(query, matches);
    }

    /// <summary>Who wrote from an address: the contact having it (and their account), else the account having it.</summary>
    public async Task<(AccountId Account, ContactId? Contact)?> SenderAsync(string address, CancellationToken ct)
    {
        var email = address.Trim().ToLowerInvariant();
        var contactIds = (await KeyedAsync(MatchKeys.Email, email, DuplicateCheck.ContactRecord, ct)).Select(id => new ContactId(id)).ToList();
        var contact = await db.Contacts.AsNoTracking().Where(c => contactIds.Contains(c.Id)).OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.AccountId }).FirstOrDefaultAsync(ct);
        if (contact is not null) return (contact.AccountId, contact.Id);
        var account = (await KeyedAsync(MatchKeys.Email, email, DuplicateCheck.AccountRecord, ct)).Order().FirstOrDefault();
        return account == 0 ? null : (new AccountId(account), null);
    }

    private Task<List<long>> KeyedAsync(string kind, string value, string recordType, CancellationToken ct) =>
        db.MatchKeys.AsNoTracking().Where(k => k.Kind == kind && k.Value == value && k.RecordType == recordType)
            .Select(k => k.RecordId).Take(MaxAccounts * 4).ToListAsync(ct);

    private static string Email(string text)
    {
        try
        {
            return EmailAddress.From(text)!.Value.ToLowerInvariant();
        }
        catch (DomainRuleException)
        {
            throw RequestValidationException.For("email", $"'{text}' is not an email address.");
        }
    }

    private async Task<CallerMatch> MatchAsync(AccountId id, LookupContact? contact, Viewer viewer, CancellationToken ct)
    {
        var account = await db.Accounts.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.Name, a.CustomerNumber, a.ErpReference, a.Owner }).FirstAsync(ct);
        var openCases = await cases.Summaries(CaseQueries.Filtered(db.Cases.AsNoTracking().Where(c => c.AccountId == id), new CaseQueries.Filter(), viewer), null)
            .Take(Shown).ToListAsync(ct);
        var documents = account.CustomerNumber ?? (account.ErpReference is { } reference ? new CustomerNumber(reference) : null);
        var orders = documents is null ? [] : await db.SalesOrders.AsNoTracking()
            .Where(o => o.CustomerNumber == documents && !Finished.Contains(o.Status))
            .OrderByDescending(o => o.Id).Take(Shown)
            .Select(o => new LookupOrder(o.Id.Value, o.Number, o.Status.ToString(),
                o.Lines.Where(l => !l.Cancelled && l.ShippedQuantity < l.Quantity).SelectMany(l => l.ScheduleLines).Min(s => (DateOnly?)s.DeliveryDate),
                o.Lines.Count(l => !l.Cancelled && (l.AtRiskSince != null || l.Shortfall != null)), o.NetTotal, o.Currency))
            .ToListAsync(ct);
        return new CallerMatch(id.Value, account.Name, account.CustomerNumber?.Value, account.Owner, contact, openCases, orders, orders.Sum(o => o.LinesAtRisk));
    }
}
