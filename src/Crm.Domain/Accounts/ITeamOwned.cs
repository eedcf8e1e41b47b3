namespace Crm.Domain.Accounts;

/// <summary>A record that belongs to a sales team: a customer, and the documents that inherit the customer's team.
/// Who sees it follows from the team.</summary>
public interface ITeamOwned
{
    TeamId? TeamId { get; }
}
