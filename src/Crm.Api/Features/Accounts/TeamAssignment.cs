using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Accounts;

/// <summary>Which team works a new record (an account, a lead) and who owns it, when the request says or not.</summary>
public sealed class TeamAssignment(CrmDbContext db)
{
    /// <summary>The team asked for, which a rep must be in; else the creator's own team; else the one that takes new customers.</summary>
    public async Task<Team> TeamAsync(long? teamId, Viewer viewer, CancellationToken ct)
    {
        var teams = db.Teams.Include(t => t.Members);
        if (teamId is { } id)
        {
            var wanted = new TeamId(id);
            var team = await teams.FirstOrDefaultAsync(t => t.Id == wanted, ct) ?? throw RequestValidationException.For("teamId", $"There is no team {id}.");
            return viewer.SeesAll || team.Includes(viewer.UserName) ? team
                : throw RequestValidationException.For("teamId", $"You are not in team {team.Name}: a record you create is one you work.");
        }
        var own = await teams.Where(t => t.ManagerUserName == viewer.UserName || t.Members.Any(m => m.UserName == viewer.UserName)).ToListAsync(ct);
        if (own.Count == 1) return own[0];
        if (own.Count > 1) throw RequestValidationException.For("teamId", $"You are in {own.Count} teams: say which one works this.");
        return await teams.FirstOrDefaultAsync(t => t.TakesNewCustomers, ct)
            ?? throw RequestValidationException.For("teamId", "Name the team that works this (no team takes new customers).");
    }

    /// <summary>The owner asked for, who must be in the team; else the creator when in it, else the team's manager.</summary>
    public static string Owner(string? owner, Team team, Viewer viewer, string field = "owner")
    {
        if (owner is not { Length: > 0 }) return team.Includes(viewer.UserName) ? viewer.UserName : team.ManagerUserName;
        return team.Includes(owner.Trim()) ? owner.Trim() : throw RequestValidationException.For(field, $"{owner} is not in team {team.Name}.");
    }

    /// <summary>The team of a record that has one, with its members, for checking a new owner.</summary>
    public async Task<Team> OfAsync(TeamId? teamId, CancellationToken ct) =>
        await db.Teams.Include(t => t.Members).FirstOrDefaultAsync(t => t.Id == teamId, ct)
        ?? throw RequestValidationException.For("owner", "The record has no team to hand it on in.");
}
