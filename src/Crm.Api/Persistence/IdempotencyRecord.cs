namespace Crm.Api.Persistence;

/// <summary>Remembers which document a client's Idempotency-Key created, and from which body, so a repeated POST
/// returns it again and a different body under the same key is refused.</summary>
public sealed class IdempotencyRecord(string scope, string key, long resourceId, DateTimeOffset createdAt, string fingerprint)
{
    public string Scope { get; private set; } = scope;

    public string Key { get; private set; } = key;

    public long ResourceId { get; private set; } = resourceId;

    public DateTimeOffset CreatedAt { get; private set; } = createdAt;

    /// <summary>A hash of the request's body; empty for records kept from before bodies were compared.</summary>
    public string Fingerprint { get; private set; } = fingerprint;
}
