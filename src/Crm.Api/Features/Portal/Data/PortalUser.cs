using Crm.Domain.Accounts;

namespace Crm.Api.Features.Portal;

/// <summary>A customer's person who signs in to the portal: one contact of one account, and nothing else to see.</summary>
public sealed class PortalUser(string userName, AccountId accountId, ContactId contactId, string invitedBy, DateTimeOffset invitedAt)
{
    public long Id { get; private set; }

    /// <summary>The Identity user's name: the contact's email.</summary>
    public string UserName { get; private set; } = userName;

    public AccountId AccountId { get; private set; } = accountId;

    public ContactId ContactId { get; private set; } = contactId;

    public string InvitedBy { get; private set; } = invitedBy;

    public DateTimeOffset InvitedAt { get; private set; } = invitedAt;

    /// <summary>When the person set a password and could first sign in.</summary>
    public DateTimeOffset? ActivatedAt { get; private set; }

    /// <summary>Access taken away: the user can no longer sign in.</summary>
    public DateTimeOffset? RevokedAt { get; private set; }

    public void Activated(DateTimeOffset now) => ActivatedAt ??= now;

    public void Invited(string by, DateTimeOffset now) => (InvitedBy, InvitedAt, RevokedAt) = (by, now, null);

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
