using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Crm.Api.Persistence.Audit;

/// <summary>Writes an <see cref="AuditEntry"/> for every change to an audited record (<see cref="AuditedTypes"/>) in
/// the same save as the change: who (the signed-in user, or "system" for jobs), when, the field, old and new.</summary>
public sealed class AuditTrail(IHttpContextAccessor http, TimeProvider time) : SaveChangesInterceptor
{
    public const string System = "system";

    /// <summary>Records created by the save under way, per context: their ids are known only once it is done.</summary>
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, List<(object Record, string By, DateTimeOffset At)>> _created = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is CrmDbContext db) Record(db);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is CrmDbContext db) Record(db);
        return result;
    }

    /// <summary>A record's creation is written once the save gave it its id, in a save of its own.</summary>
    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is CrmDbContext db && _created.TryGetValue(db, out var created) && created.Count > 0)
        {
            var entries = created.Select(c => AuditedTypes.DocumentOf(c.Record) is { } d ? new AuditEntry(d.Entity, d.Id, "(created)", null, null, c.By, c.At) : null)
                .OfType<AuditEntry>().ToList();
            created.Clear();
            db.Set<AuditEntry>().AddRange(entries);
            await db.SaveChangesAsync(cancellationToken);
        }
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is not null && _created.TryGetValue(eventData.Context, out var created)) created.Clear();
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    private void Record(CrmDbContext db)
    {
        var by = http.HttpContext?.User.Identity?.Name ?? System;
        var now = time.GetUtcNow();
        var entries = new List<AuditEntry>();
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList())
        {
            if (AuditedTypes.DocumentOf(entry.Entity) is not { } document)
            {
                if (AuditedTypes.LineOf(entry.Entity) is { } line) entries.AddRange(LineChanges(entry, line, by, now));
                continue;
            }
            // The ERP creates customers; the CRM audits only what it owns of them.
            if (entry.State == EntityState.Added) { if (document.Entity != "Customer") _created.GetOrCreateValue(db).Add((entry.Entity, by, now)); }
            else entries.AddRange(DocumentChanges(entry, document.Entity, document.Id, by, now));
        }
        if (entries.Count > 0) db.Set<AuditEntry>().AddRange(entries);
    }

    private static IEnumerable<AuditEntry> DocumentChanges(EntityEntry entry, string entity, string id, string by, DateTimeOffset now)
    {
        if (entry.State == EntityState.Deleted)
        {
            yield return new AuditEntry(entity, id, "(deleted)", null, null, by, now);
            yield break;
        }
        foreach (var property in entry.Properties.Where(p => p.IsModified && Audited(entity, p.Metadata.Name)))
        {
            var (before, after) = (AuditedTypes.Text(property.OriginalValue), AuditedTypes.Text(property.CurrentValue));
            if (before != after) yield return new AuditEntry(entity, id, Camel(property.Metadata.Name), before, after, by, now);
        }
    }

    private static IEnumerable<AuditEntry> LineChanges(EntityEntry entry, (string Entity, string Key, string Text) line, string by, DateTimeOffset now)
    {
        var owner = entry.Property(line.Key);
        // A line of a document not stored yet is part of its creation.
        if (owner.IsTemporary) yield break;
        var id = AuditedTypes.Text(entry.State == EntityState.Deleted ? owner.OriginalValue : owner.CurrentValue);
        if (id is null) yield break;
        if (entry.State == EntityState.Added) yield return new AuditEntry(line.Entity, id, "line", null, line.Text, by, now);
        else if (entry.State == EntityState.Deleted) yield return new AuditEntry(line.Entity, id, "line", line.Text, null, by, now);
        else
            foreach (var property in entry.Properties.Where(p => p.IsModified && AuditedTypes.LineFields.Contains(p.Metadata.Name)))
            {
                var (before, after) = (AuditedTypes.Text(property.OriginalValue), AuditedTypes.Text(property.CurrentValue));
                if (before != after) yield return new AuditEntry(line.Entity, id, $"{line.Text.Split(':')[0]}.{Camel(property.Metadata.Name)}", before, after, by, now);
            }
    }

    private static bool Audited(string entity, string property) =>
        !AuditedTypes.Unaudited.Contains(property) && (entity != "Customer" || AuditedTypes.CustomerFields.Contains(property));

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
