namespace Crm.Api.Persistence;

/// <summary>Remembers which document a client's Idempotency-Key created, so a repeated POST returns it again.</summary>
public sealed class IdempotencyRecord(string scope, string key, long resourceId, DateTimeOffset createdAt)
{
    public string Scope { get; private set; } = scope;

    public string Key { get; private set; } = key;

    public long ResourceId { get; private set; } = resourceId;

    public DateTimeOffset CreatedAt { get; private set; } = createdAt;
}
