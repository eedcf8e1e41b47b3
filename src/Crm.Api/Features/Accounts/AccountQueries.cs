using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Accounts;

/// <summary>Accounts (ERP customers and prospects) the user sees. Search finds a number, name, city, VAT id, email
/// domain or phone, ignoring case and accents; a phone in any format is read as one.</summary>
public sealed class AccountQueries(CrmDbContext db, PhoneParsing phones)
{
    public const string Customer = "Customer", Prospect = "Prospect";

    public async Task<PagedResult<AccountSummary>> ListAsync(
        string? search, string? kind, long? teamId, string? tag, Viewer viewer, int? page, int? pageSize, CancellationToken ct, string? abcClass = null)
    {
        var query = db.Accounts.AsNoTracking().VisibleTo(viewer, db.Teams).Where(a => a.DeletedInErpAt == null);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var folded = SearchText.Fold(search);
            if (phones.TryParse(search)?.Value is { } phone)
            {
                // A whole phone number typed as people do ("030 1234567") finds the accounts with that number, however
                // the ERP wrote it: by the duplicate check's phone key (E.164).
                var withPhone = (await db.MatchKeys.Where(k => k.RecordType == DuplicateCheck.AccountRecord && k.Kind == MatchKeys.Phone && k.Value == phone)
                    .Select(k => k.RecordId).Take(100).ToListAsync(ct)).Select(id => new AccountId(id)).ToList();
                query = query.Where(a => EF.Functions.Like(a.SearchText, SearchPattern.Containing(folded), SearchPattern.Escape)
                    || withPhone.Contains(a.Id));
            }
            else query = query.Where(a => EF.Functions.Like(a.SearchText, SearchPattern.Containing(folded), SearchPattern.Escape));
        }
        query = kind switch
        {
            null or "" => query,
            Customer => query.Where(a => a.CustomerNumber != null),
            Prospect => query.Where(a => a.CustomerNumber == null),
            _ => throw RequestValidationException.For("kind", $"An account is a {Customer} or a {Prospect}."),
        };
        if (teamId is { } team)
        {
            TeamId? id = new TeamId(team);
            query = query.Where(a => a.TeamId == id);
        }
        if (!string.IsNullOrWhiteSpace(tag))
        {
            var wanted = tag.Trim();
            query = query.Where(a => a.Tags.Contains(wanted));
        }
        if (EnumInput.Optional<AbcClass>(abcClass, "abcClass") is { } segment)
        {
            AbcClass? wanted = segment;
            query = query.Where(a => a.AbcClass == wanted);
        }
        return await query.OrderBy(a => a.Name).ThenBy(a => a.Id)
            .Select(a => new AccountSummary(
                a.Id.Value, a.CustomerNumber == null ? null : a.CustomerNumber.Value, a.Name, a.City, a.Country,
                a.CustomerNumber == null ? Prospect : Customer, a.VatId, a.Phone, a.Email, a.TeamId == null ? null : a.TeamId.Value.Value,
                db.Teams.Where(t => t.Id == a.TeamId).Select(t => t.Name).FirstOrDefault(), a.Owner, a.Industry, a.Tags,
                a.AbcClass == null ? null : a.AbcClass.ToString()))
            .PageAsync(page, pageSize, ct);
    }

    public Task<AccountResponse?> FindAsync(long id, Viewer viewer, CancellationToken ct)
    {
        var accountId = new AccountId(id);
        return db.Accounts.AsNoTracking().VisibleTo(viewer, db.Teams).Where(a => a.Id == accountId)
            .Select(a => new AccountResponse(
                a.Id.Value, a.CustomerNumber == null ? null : a.CustomerNumber.Value, a.CustomerNumber == null ? Prospect : Customer,
                a.Name, a.Street, a.PostalCode, a.City, a.Country, a.VatId, a.Phone, a.Email, a.Website, a.Industry, a.Tags, a.Notes,
                a.TeamId == null ? null : a.TeamId.Value.Value, db.Teams.Where(t => t.Id == a.TeamId).Select(t => t.Name).FirstOrDefault(),
                a.Owner, a.Currency, a.CreditLimit, a.CustomerGroup, a.ConfirmedNotDuplicateBy, a.CreatedAt, a.CreatedBy,
                a.CustomerNumber == null ? a.ErpCustomerRequestedAt : null))
            .FirstOrDefaultAsync(ct);
    }
}
