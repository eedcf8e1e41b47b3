using Crm.Api.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Accounts;

/// <summary>A rep enters a company the ERP does not know yet. Likely duplicates stop it (409, with the candidates)
/// unless the request says it was checked.</summary>
public sealed class CreateProspect(CrmDbContext db, DuplicateCheck duplicates, PhoneParsing phones, IConfiguration configuration, TimeProvider time)
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

        var team = await TeamAsync(request.TeamId, viewer, ct);
        var owner = Owner(request.Owner, team, viewer);
        var currency = configuration["Accounts:DefaultCurrency"] ?? "EUR";
        var account = Account.Prospect(details, currency, team, owner, new ChangeContext(viewer.UserName, "", time.GetUtcNow()));
        account.Profile(request.Industry, request.Website, request.Notes, request.Tags);
        if (candidates.Count > 0) account.ConfirmNotDuplicate(viewer.UserName);
        db.Accounts.Add(account);
        await db.SaveChangesAsync(ct);
        await duplicates.IndexAsync(DuplicateCheck.AccountRecord, account.Id.Value, company.Keys, ct);
        await db.SaveChangesAsync(ct);
        return (account.Id.Value, []);
    }

    /// <summary>The team asked for, which a rep must be in; else the creator's own team; else the one that takes new customers.</summary>
    private async Task<Team> TeamAsync(long? teamId, Viewer viewer, CancellationToken ct)
    {
        var teams = db.Teams.Include(t => t.Members);
        if (teamId is { } id)
        {
            var wanted = new TeamId(id);
            var team = await teams.FirstOrDefaultAsync(t => t.Id == wanted, ct) ?? throw RequestValidationException.For("teamId", $"There is no team {id}.");
            return viewer.SeesAll || team.Includes(viewer.UserName) ? team
                : throw RequestValidationException.For("teamId", $"You are not in team {team.Name}: an account you create is one you work.");
        }
        var own = await teams.Where(t => t.ManagerUserName == viewer.UserName || t.Members.Any(m => m.UserName == viewer.UserName)).ToListAsync(ct);
        if (own.Count == 1) return own[0];
        if (own.Count > 1) throw RequestValidationException.For("teamId", $"You are in {own.Count} teams: say which one works this account.");
        return await teams.FirstOrDefaultAsync(t => t.TakesNewCustomers, ct)
            ?? throw RequestValidationException.For("teamId", "Name the team that works this account (no team takes new customers).");
    }

    private static string Owner(string? owner, Team team, Viewer viewer)
    {
        if (owner is not { Length: > 0 }) return team.Includes(viewer.UserName) ? viewer.UserName : team.ManagerUserName;
        return team.Includes(owner.Trim()) ? owner.Trim() : throw RequestValidationException.For("owner", $"{owner} is not in team {team.Name}.");
    }
}
