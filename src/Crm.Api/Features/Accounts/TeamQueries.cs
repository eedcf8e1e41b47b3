using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Accounts;

public sealed class TeamQueries(CrmDbContext db)
{
    public Task<PagedResult<TeamResponse>> ListAsync(string? search, int? page, int? pageSize, CancellationToken ct)
    {
        var teams = db.Teams.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = SearchPattern.Containing(search.Trim().ToUpperInvariant());
            teams = teams.Where(t => EF.Functions.Like(t.Name.ToUpper(), pattern, SearchPattern.Escape)
                || EF.Functions.Like(t.ManagerUserName.ToUpper(), pattern, SearchPattern.Escape)
                || t.Members.Any(m => EF.Functions.Like(m.UserName.ToUpper(), pattern, SearchPattern.Escape)));
        }
        return Project(teams.OrderBy(t => t.Name)).PageAsync(page, pageSize, ct);
    }

    public Task<TeamResponse?> FindAsync(long id, CancellationToken ct)
    {
        var teamId = new TeamId(id);
        return Project(db.Teams.AsNoTracking().Where(t => t.Id == teamId)).FirstOrDefaultAsync(ct);
    }

    private IQueryable<TeamResponse> Project(IQueryable<Team> teams) =>
        teams.Select(t => new TeamResponse(
            t.Id.Value, t.Name, t.ManagerUserName, t.Members.OrderBy(m => m.UserName).Select(m => m.UserName).ToList(), t.TakesNewCustomers,
            db.Accounts.Count(c => c.TeamId == t.Id)));
}
