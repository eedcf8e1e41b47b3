using Crm.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Infrastructure;

/// <summary>Idempotency-Key support for POSTs that create documents: the first request with a key creates the
/// document; every later one gets the same document back. Keys are the client's own, so each user has their own.</summary>
public sealed class IdempotencyKeys(CrmDbContext db, TimeProvider time)
{
    public const string Header = "Idempotency-Key";

    public static string? Validate(string? key)
    {
        if (string.IsNullOrWhiteSpace(key)) return null;
        if (key.Length > 100) throw RequestValidationException.For(Header, "An idempotency key is at most 100 characters.");
        return key.Trim();
    }

    /// <summary>One user's keys for one kind of document.</summary>
    public static string Scope(string documents, string user) => $"{documents}/{user}";

    public async Task<long?> FindAsync(string scope, string? key, CancellationToken ct) =>
        key is null
            ? null
            : await db.IdempotencyRecords.AsNoTracking()
                .Where(r => r.Scope == scope && r.Key == key)
                .Select(r => (long?)r.ResourceId)
                .FirstOrDefaultAsync(ct);

    public void Remember(string scope, string? key, long resourceId)
    {
        if (key is not null) db.IdempotencyRecords.Add(new IdempotencyRecord(scope, key, resourceId, time.GetUtcNow()));
    }
}
