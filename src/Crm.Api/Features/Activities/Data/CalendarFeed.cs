namespace Crm.Api.Features.Activities;

/// <summary>A user's secret calendar link: only a hash of its token is kept, so the table cannot give a link away.</summary>
public sealed class CalendarFeed(string userName, string tokenHash, DateTimeOffset createdAt)
{
    public string UserName { get; private set; } = userName;

    public string TokenHash { get; private set; } = tokenHash;

    public DateTimeOffset CreatedAt { get; private set; } = createdAt;

    public void Replace(string tokenHash, DateTimeOffset now) => (TokenHash, CreatedAt) = (tokenHash, now);
}
