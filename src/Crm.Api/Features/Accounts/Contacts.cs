using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Accounts;

/// <summary>The people at an account: listed with the account (whose visibility they share) and added with a
/// duplicate check of their email, phone and name.</summary>
public sealed class Contacts(CrmDbContext db, DuplicateCheck duplicates, PhoneParsing phones, UnitOfWork unitOfWork, TimeProvider time)
{
    public Task<PagedResult<ContactResponse>> ListAsync(long accountId, string? search, int? page, int? pageSize, CancellationToken ct)
    {
        var account = new AccountId(accountId);
        var query = db.Contacts.AsNoTracking().Where(c => c.AccountId == account);
        if (SearchText.Fold(search) is { Length: > 0 } folded)
            query = query.Where(c => EF.Functions.Like(c.SearchText, SearchPattern.Containing(folded), SearchPattern.Escape));
        return query.OrderByDescending(c => c.IsPrimary).ThenBy(c => c.LastName).ThenBy(c => c.FirstName).ThenBy(c => c.Id)
            .Select(Response).PageAsync(page, pageSize, ct);
    }

    /// <summary>The new contact, or the likely duplicates when there are some and nobody confirmed otherwise.</summary>
    public async Task<(ContactResponse? Created, IReadOnlyList<DuplicateCandidate> Duplicates)> CreateAsync(
        long accountId, ContactRequest request, Viewer viewer, CancellationToken ct)
    {
        var account = new AccountId(accountId);
        var country = await db.Accounts.Where(a => a.Id == account).Select(a => a.Country).FirstAsync(ct);
        var person = new PersonDetails(request.FirstName, request.LastName!, request.JobTitle, EmailAddress.From(request.Email),
            phones.Parse(request.Phone, country, "phone"), phones.Parse(request.Mobile, country, "mobile"), request.Language);
        var candidates = await duplicates.ContactsLike(person, account, ct);
        if (candidates.Count > 0 && !request.ConfirmedNotDuplicate) return (null, candidates);

        var contact = Contact.Create(account, person, request.IsPrimary, new ChangeContext(viewer.UserName, "", time.GetUtcNow()));
        if (candidates.Count > 0) contact.ConfirmNotDuplicate(viewer.UserName);
        if (request.IsPrimary)
            foreach (var other in await db.Contacts.Where(c => c.AccountId == account && c.IsPrimary).ToListAsync(ct)) other.NoLongerPrimary();
        db.Contacts.Add(contact);
        await unitOfWork.SaveAsync(ct, withIds: ct => IndexAsync(contact.Id, person, ct));
        return (await FindAsync(accountId, contact.Id.Value, ct), []);
    }

    public Task<ContactResponse?> FindAsync(long accountId, long id, CancellationToken ct)
    {
        var (account, contact) = (new AccountId(accountId), new ContactId(id));
        return db.Contacts.AsNoTracking().Where(c => c.Id == contact && c.AccountId == account).Select(Response).FirstOrDefaultAsync(ct);
    }

    /// <summary>The changed contact, or the likely duplicates its new name, email or phone makes it look like.</summary>
    public async Task<(ContactResponse? Changed, IReadOnlyList<DuplicateCandidate> Duplicates)> ChangeAsync(
        long accountId, long id, ContactPatch patch, Viewer viewer, CancellationToken ct)
    {
        var (account, contactId) = (new AccountId(accountId), new ContactId(id));
        var contact = await db.Contacts.FirstAsync(c => c.Id == contactId && c.AccountId == account, ct);
        var country = await db.Accounts.Where(a => a.Id == account).Select(a => a.Country).FirstAsync(ct);
        var person = new PersonDetails(patch.FirstName ?? contact.FirstName, patch.LastName ?? contact.LastName, patch.JobTitle ?? contact.JobTitle,
            EmailAddress.From(patch.Email ?? contact.Email), phones.Parse(patch.Phone ?? contact.Phone, country, "phone"),
            phones.Parse(patch.Mobile ?? contact.Mobile, country, "mobile"), patch.Language ?? contact.Language);
        // Checked again only when what identifies the person changed, not for a new job title.
        var reachedAnew = (person.FirstName, person.LastName, person.Email?.Value, person.Phone?.Value, person.Mobile?.Value)
            != (contact.FirstName, contact.LastName, contact.Email, contact.Phone, contact.Mobile);
        if (reachedAnew)
        {
            var candidates = await duplicates.ContactsLike(person, account, ct, contactId);
            if (candidates.Count > 0 && !patch.ConfirmedNotDuplicate) return (null, candidates);
            if (candidates.Count > 0) contact.ConfirmNotDuplicate(viewer.UserName);
        }
        contact.Describe(person);
        if (patch.IsPrimary == true && !contact.IsPrimary)
        {
            foreach (var other in await db.Contacts.Where(c => c.AccountId == account && c.IsPrimary).ToListAsync(ct)) other.NoLongerPrimary();
            contact.BecomePrimary();
        }
        else if (patch.IsPrimary == false) contact.NoLongerPrimary();
        await unitOfWork.SaveAsync(ct, withIds: reachedAnew ? ct => IndexAsync(contact.Id, person, ct) : null);
        return (await FindAsync(accountId, id, ct), []);
    }

    private Task IndexAsync(ContactId id, PersonDetails person, CancellationToken ct) =>
        duplicates.IndexAsync(DuplicateCheck.ContactRecord, id.Value, [.. MatchKeys.ForPerson(person.FirstName, person.LastName, person.Email, person.Phone),
            .. MatchKeys.ForPerson(person.FirstName, person.LastName, null, person.Mobile)], ct);

    private static readonly System.Linq.Expressions.Expression<Func<Contact, ContactResponse>> Response = c => new ContactResponse(
        c.Id.Value, c.AccountId.Value, c.FirstName, c.LastName, c.JobTitle, c.Email, c.Phone, c.Mobile, c.Language, c.IsPrimary, c.CreatedAt, c.CreatedBy);
}
