using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Accounts;

/// <summary>Admins make and change teams. Managers and members are existing users, named by email.</summary>
public sealed class TeamCommands(CrmDbContext db, UserManager<IdentityUser> users, UnitOfWork unitOfWork)
{
    public async Task<long> CreateAsync(TeamRequest request, CancellationToken ct)
    {
        var (manager, members) = await PeopleAsync(request, ct);
        await EnsureNameFreeAsync(request.Name!, null, ct);
        var team = Team.Create(request.Name!, manager, members, request.TakesNewCustomers);
        await OnlyOneTakesNewCustomersAsync(team, ct);
        db.Teams.Add(team);
        await unitOfWork.SaveAsync(ct);
        return team.Id.Value;
    }

    public async Task UpdateAsync(long id, TeamRequest request, CancellationToken ct)
    {
        var teamId = new TeamId(id);
        var team = await db.Teams.Include(t => t.Members).FirstOrDefaultAsync(t => t.Id == teamId, ct) ?? throw new NotFoundException("Team", id);
        var (manager, members) = await PeopleAsync(request, ct);
        await EnsureNameFreeAsync(request.Name!, teamId, ct);
        team.Change(request.Name!, manager, members, request.TakesNewCustomers);
        await OnlyOneTakesNewCustomersAsync(team, ct);
        await unitOfWork.SaveAsync(ct);
    }

    private async Task OnlyOneTakesNewCustomersAsync(Team team, CancellationToken ct)
    {
        if (!team.TakesNewCustomers) return;
        foreach (var other in await db.Teams.Where(t => t.TakesNewCustomers && t.Id != team.Id).ToListAsync(ct)) other.StopTakingNewCustomers();
    }

    private async Task EnsureNameFreeAsync(string name, TeamId? self, CancellationToken ct)
    {
        var trimmed = name.Trim();
        if (await db.Teams.AnyAsync(t => t.Name == trimmed && t.Id != self, ct))
            throw RequestValidationException.For("name", $"There is already a team named {trimmed}.");
    }

    /// <summary>The manager's and members' user names, each checked: a user that exists, a manager with the Manager role,
    /// and no machine client among the members.</summary>
    private async Task<(string Manager, List<string> Members)> PeopleAsync(TeamRequest request, CancellationToken ct)
    {
        var manager = await users.FindByEmailAsync(request.Manager!.Trim());
        if (manager is null) throw RequestValidationException.For("manager", $"There is no user {request.Manager}.");
        if (!await users.IsInRoleAsync(manager, Roles.Manager))
            throw RequestValidationException.For("manager", $"{request.Manager} is not a manager.");

        var members = new List<string>();
        var emails = request.Members ?? [];
        for (var i = 0; i < emails.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var member = string.IsNullOrWhiteSpace(emails[i]) ? null : await users.FindByEmailAsync(emails[i].Trim());
            if (member is null) throw RequestValidationException.For($"members[{i}]", $"There is no user {emails[i]}.");
            if (await users.IsInRoleAsync(member, Roles.Integration))
                throw RequestValidationException.For($"members[{i}]", $"{emails[i]} is a machine client; it cannot be in a team.");
            members.Add(member.UserName!);
        }
        return (manager.UserName!, members);
    }
}
