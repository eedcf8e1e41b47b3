using Crm.Domain.Common;

namespace Crm.Domain.Accounts;

/// <summary>A sales team: its members work its customers and their documents; its manager sees and approves them.</summary>
public sealed class Team : AggregateRoot
{
    public const int MaxNameLength = 100;

    private readonly List<TeamMember> _members = [];

    private Team()
    {
        Name = ManagerUserName = "";
    }

    public TeamId Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>The manager's user name; they see every record of the team and approve its requests.</summary>
    public string ManagerUserName { get; private set; }

    /// <summary>Customers the ERP sends that have no team yet join this one, owned by its manager until someone hands
    /// them on. At most one team does.</summary>
    public bool TakesNewCustomers { get; private set; }

    public IReadOnlyList<TeamMember> Members => _members;

    public static Team Create(string name, string manager, IEnumerable<string> members, bool takesNewCustomers)
    {
        var team = new Team();
        team.Change(name, manager, members, takesNewCustomers);
        return team;
    }

    /// <summary>New name, manager, members and whether new customers join it, all at once.</summary>
    public void Change(string name, string manager, IEnumerable<string> members, bool takesNewCustomers)
    {
        name = name.Trim();
        if (name.Length == 0)
            throw new DomainRuleException("team.name_missing", "A team needs a name.", "name");
        if (name.Length > MaxNameLength)
            throw new DomainRuleException("team.name_too_long", $"A team's name takes at most {MaxNameLength} characters.", "name");
        if (string.IsNullOrWhiteSpace(manager))
            throw new DomainRuleException("team.manager_missing", "A team needs a manager.", "manager");
        var names = members.Select(m => m.Trim()).Where(m => m.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        Name = name;
        ManagerUserName = manager.Trim();
        TakesNewCustomers = takesNewCustomers;
        _members.RemoveAll(m => !names.Contains(m.UserName, StringComparer.OrdinalIgnoreCase));
        _members.AddRange(names.Where(n => !_members.Any(m => string.Equals(m.UserName, n, StringComparison.OrdinalIgnoreCase)))
            .Select(n => new TeamMember(n)));
    }

    /// <summary>Another team now takes the new customers.</summary>
    public void StopTakingNewCustomers() => TakesNewCustomers = false;

    public bool Includes(string userName) =>
        string.Equals(ManagerUserName, userName, StringComparison.OrdinalIgnoreCase)
        || _members.Any(m => string.Equals(m.UserName, userName, StringComparison.OrdinalIgnoreCase));
}
