using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Accounts;

/// <summary>A rep changes what the CRM owns of an account. A prospect renamed or given another VAT id, phone or email
/// is checked for duplicates again.</summary>
public sealed class ChangeAccount(CrmDbContext db, DuplicateCheck duplicates, PhoneParsing phones, UnitOfWork unitOfWork)
{
    /// <returns>The likely duplicates when the change makes the account look like another one; else none (changed).</returns>
    public async Task<IReadOnlyList<DuplicateCandidate>> HandleAsync(long id, AccountPatch patch, string by, CancellationToken ct)
    {
        var accountId = new AccountId(id);
        var account = await db.Accounts.FirstAsync(a => a.Id == accountId, ct);
        if (ErpField(patch) is { } field && !account.IsProspect)
            throw RequestValidationException.For(field, $"The ERP masters customer {account.CustomerNumber}'s {field}: change it in the ERP.");
        if (account.IsProspect && ErpField(patch) is not null)
        {
            var country = patch.Country ?? account.Country;
            var details = new ProspectDetails(
                patch.Name ?? account.Name, patch.Street ?? account.Street, patch.PostalCode ?? account.PostalCode, patch.City ?? account.City, country,
                EmailAddress.From(patch.Email ?? account.Email), phones.Parse(patch.Phone ?? account.Phone, country, "phone"),
                VatId.From(patch.VatId ?? account.VatId));
            var company = DuplicateCheck.Company.Of(details);
            var candidates = await duplicates.AccountsLike(company, account.Id, ct);
            if (candidates.Count > 0 && !patch.ConfirmedNotDuplicate) return candidates;
            if (candidates.Count > 0) account.ConfirmNotDuplicate(by);
            account.Describe(details);
            await duplicates.IndexAsync(DuplicateCheck.AccountRecord, id, company.Keys, ct);
        }
        account.Profile(patch.Industry ?? account.Industry, patch.Website ?? account.Website, patch.Notes ?? account.Notes, patch.Tags);
        await unitOfWork.SaveAsync(ct);
        return [];
    }

    /// <summary>The first field of the patch that the ERP masters for a customer.</summary>
    private static string? ErpField(AccountPatch p) =>
        p.Name is not null ? "name" : p.Street is not null ? "street" : p.PostalCode is not null ? "postalCode" : p.City is not null ? "city"
        : p.Country is not null ? "country" : p.VatId is not null ? "vatId" : p.Phone is not null ? "phone" : p.Email is not null ? "email" : null;
}
