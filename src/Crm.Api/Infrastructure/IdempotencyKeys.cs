using System.Security.Cryptography;
using System.Text.Json;
using Crm.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Infrastructure;

/// <summary>Idempotency-Key support for POSTs that create documents: the first request with a key creates the
/// document; every later one with the same body gets the same document back, and one with another body is refused
/// (422), since the client has mixed up its keys. Keys are the client's own, so each user has their own.</summary>
public sealed class IdempotencyKeys(CrmDbContext db, TimeProvider time)
{
    public const string Header = "Idempotency-Key";

    /// <summary>A request that may carry a key: its scope (one user's keys for one kind of document), the key and
    /// the fingerprint of its body.</summary>
    public sealed record Request(string Scope, string? Key, string Fingerprint);

    /// <param name="documents">The kind of document the request creates ("quotes", "orders").</param>
    public static Request For(string documents, string user, string? key, object body) =>
        new($"{documents}/{user}", Validate(key), Fingerprint(body));

    /// <summary>The document an earlier request with this key created; null when there was none (or no key).</summary>
    public async Task<long?> FindAsync(Request request, CancellationToken ct)
    {
        if (request.Key is null) return null;
        var earlier = await db.IdempotencyRecords.AsNoTracking()
            .Where(r => r.Scope == request.Scope && r.Key == request.Key)
            .Select(r => new { r.ResourceId, r.Fingerprint })
            .FirstOrDefaultAsync(ct);
        if (earlier is null) return null;
        if (earlier.Fingerprint.Length > 0 && earlier.Fingerprint != request.Fingerprint)
            throw new UnprocessableException(
                $"The {Header} {request.Key} was already used for another request; use a new key for a new document.", "idempotency.key_reused");
        return earlier.ResourceId;
    }

    public void Remember(Request request, long resourceId)
    {
        if (request.Key is not null)
            db.IdempotencyRecords.Add(new IdempotencyRecord(request.Scope, request.Key, resourceId, time.GetUtcNow(), request.Fingerprint));
    }

    private static string? Validate(string? key)
    {
        if (string.IsNullOrWhiteSpace(key)) return null;
        if (key.Length > 100) throw RequestValidationException.For(Header, "An idempotency key is at most 100 characters.");
        return key.Trim();
    }

    private static string Fingerprint(object body) => Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType())));
}
