using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Accounts;

/// <summary>A rep enters a company the ERP does not know yet. Likely duplicates stop it (409, with the candidates)
/// unless the request says it was checked.</summary>
public sealed class CreateProspect(CrmDbContext db, DuplicateCheck duplicates, PhoneParsing phones, TeamAssignment teams, IConfiguration configuration, UnitOfWork unitOfWork, TimeProvider time)
{
    /// <summary>The new account's id, or the likely duplicates when there are some and nobody confirmed otherwise.</summary>
    public async Task<(long? Id, IReadOnlyList<DuplicateCandidate> Duplicates)> HandleAsync(AccountRequest request, Viewer viewer, CancellationToken ct)
    {
        var details = new ProspectDetails(
            request.Name!, request.Street, request.PostalCode, request.City, request.Country, EmailAddress.From(request.Email),
            phones.Parse(request.Phone, request.Country, "phone"), VatId.From(request.VatId));
        var company = DuplicateCheck.Company.Of(details);
        var candidates = await duplicates.AccountsLike(company, null, ct);
        if (candidates.Count > 0 && !request.ConfirmedNotDuplicate) return (null, candidates);

        var team = await teams.TeamAsync(request.TeamId, viewer, ct);
        var owner = TeamAssignment.Owner(request.Owner, team, viewer);
        var currency = configuration["Accounts:DefaultCurrency"] ?? "EUR";
        var account = Account.Prospect(details, currency, team, owner, new ChangeContext(viewer.UserName, "", time.GetUtcNow()));
        account.Profile(request.Industry, request.Website, request.Notes, request.Tags);
        if (candidates.Count > 0) account.ConfirmNotDuplicate(viewer.UserName);
        db.Accounts.Add(account);
        await unitOfWork.SaveAsync(ct, withIds: ct => duplicates.IndexAsync(DuplicateCheck.AccountRecord, account.Id.Value, company.Keys, ct));
        return (account.Id.Value, []);
    }
}
