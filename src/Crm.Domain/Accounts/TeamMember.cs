namespace Crm.Domain.Accounts;

/// <summary>A user in a team, by user name (the email they sign in with).</summary>
public sealed class TeamMember
{
    private TeamMember()
    {
        UserName = "";
    }

    internal TeamMember(string userName) => UserName = userName;

    public string UserName { get; private set; }
}
