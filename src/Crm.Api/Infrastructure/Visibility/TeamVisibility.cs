using Crm.Domain.Accounts;

namespace Crm.Api.Infrastructure.Visibility;

/// <summary>Visibility in the query, never after it: a record of another team is left out exactly as a missing one.</summary>
public static class TeamVisibility
{
    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> records, Viewer viewer, IQueryable<Team> teams)
        where T : class, ITeamOwned
    {
        if (viewer.SeesAll) return records;
        var own = teams.Of(viewer);
        return records.Where(r => own.Contains(r.TeamId));
    }

    /// <summary>The teams the viewer is in or manages, as a subquery.</summary>
    public static IQueryable<TeamId?> Of(this IQueryable<Team> teams, Viewer viewer)
    {
        var name = viewer.UserName;
        return teams.Where(t => t.ManagerUserName == name || t.Members.Any(m => m.UserName == name)).Select(t => (TeamId?)t.Id);
    }

    /// <summary>The teams themselves that the viewer sees: all of them for those who see everything.</summary>
    public static IQueryable<Team> VisibleTeams(this IQueryable<Team> teams, Viewer viewer)
    {
        if (viewer.SeesAll) return teams;
        var name = viewer.UserName;
        return teams.Where(t => t.ManagerUserName == name || t.Members.Any(m => m.UserName == name));
    }
}
