using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Crm.Api.Persistence;

/// <summary>
/// Saves a large change set in a few statements instead of one per row. On PostgreSQL, the added rows of a table are
/// streamed in with binary COPY, with keys drawn from the table's identity sequence first; the modified rows of a
/// table that changed the same columns are copied into a temporary table and applied by one UPDATE. Versioned
/// documents are stale-checked as in <see cref="CrmDbContext.SaveChangesAsync(bool, CancellationToken)"/>. What is
/// left (few rows, deletions, other providers) goes through EF Core's own save. Runs inside the caller's transaction.
/// </summary>
public static partial class SetBasedSave
{
    /// <summary>Below this many rows of one shape, EF Core's batched statements are as quick.</summary>
    private const int MinimumRows = 32;

    public static async Task<int> SaveSetBasedAsync(this CrmDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql() || db.Database.CurrentTransaction is null) return await db.SaveChangesAsync(ct);
        db.ChangeTracker.DetectChanges();
        var detecting = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var written = 0;
            var entries = db.ChangeTracker.Entries().Where(e => Writable(e.Metadata)).ToList();
            foreach (var table in entries.Where(e => e.State == EntityState.Modified).GroupBy(e => e.Metadata))
            {
                if (table.Count() < MinimumRows) continue;
                written += await UpdateAsync(db, table.Key, ModifiedProperties(table.Key, table), [.. table], ct);
            }
            foreach (var table in entries.Where(e => e.State == EntityState.Added && Insertable(e)).GroupBy(e => e.Metadata))
            {
                if (table.Count() < MinimumRows) continue;
                written += await InsertAsync(db, table.Key, [.. table], ct);
            }
            return db.ChangeTracker.Entries().Any(e => e.State != EntityState.Unchanged) ? written + await db.SaveChangesAsync(ct) : written;
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    private static async Task<int> UpdateAsync(
        CrmDbContext db, IEntityType type, IReadOnlyList<IProperty> changed, IReadOnlyList<EntityEntry> rows, CancellationToken ct)
    {
        var table = Table(type);
        var keys = type.FindPrimaryKey()!.Properties;
        var version = type.FindProperty(CrmDbContext.VersionProperty);
        // The row's identity and, for a versioned document, the version it was read at; then the new values.
        var columns = keys.Concat(version is null ? [] : [version]).Concat(changed.Where(p => p != version)).ToList();
        var names = columns.Select(p => Quote(Column(p, table))).ToList();
        var assignments = changed.Where(p => p != version).Select(p => Quote(Column(p, table))).Select(c => $"{c} = v.{c}").ToList();
        var matches = keys.Select(p => Quote(Column(p, table))).Select(c => $"t.{c} = v.{c}").ToList();
        if (version is not null)
        {
            var name = Quote(Column(version, table));
            assignments.Add($"{name} = v.{name} + 1");
            matches.Add($"t.{name} = v.{name}");
        }

        const string Staged = "set_based_update";
        // A connection is not reset when it goes back to the pool: one that failed between CREATE and DROP outside a
        // transaction may still have the table.
        await ExecuteAsync(db, $"DROP TABLE IF EXISTS {Staged}", ct);
        await ExecuteAsync(db, $"CREATE TEMP TABLE {Staged} AS SELECT {string.Join(", ", names)} FROM {QuoteTable(table)} WITH NO DATA", ct);
        await CopyAsync(db, Staged, columns, names, rows.Select(row => (Func<IProperty, object?>)(property =>
            property == version ? row.OriginalValues[property] : row.CurrentValues[property])), ct);
        var updated = await ExecuteAsync(db,
            $"UPDATE {QuoteTable(table)} AS t SET {string.Join(", ", assignments)} FROM {Staged} AS v WHERE {string.Join(" AND ", matches)}", ct);
        await ExecuteAsync(db, $"DROP TABLE {Staged}", ct);
        if (version is not null && updated != rows.Count)
            throw new DbUpdateConcurrencyException($"{rows.Count - updated} of {rows.Count} {type.DisplayName()} rows changed since they were read.");

        foreach (var row in rows)
        {
            if (version is not null) row.Property(version.Name).CurrentValue = (long)row.Property(version.Name).OriginalValue! + 1;
            Accept(row);
        }
        return updated;
    }

    /// <summary>Adds rows that are written once and never changed in this unit of work (promise changes, say). On
    /// PostgreSQL they are streamed in at once, without tracking, and their generated keys are not read back;
    /// elsewhere they are added to the context for the next save.</summary>
    public static async Task InsertUntrackedAsync<T>(this CrmDbContext db, IReadOnlyCollection<T> rows, CancellationToken ct) where T : class
    {
        var type = db.Model.FindEntityType(typeof(T))!;
        if (!db.Database.IsNpgsql() || db.Database.CurrentTransaction is null || rows.Count < MinimumRows || !Writable(type)
            || type.GetProperties().Any(p => p.IsShadowProperty()))
        {
            db.AddRange(rows);
            return;
        }
        var table = Table(type);
        var generated = SequenceKey(type);
        var columns = type.GetProperties().Where(p => p != generated).ToList();
        var getters = columns.ToDictionary(p => p, p => p.GetGetter());
        await CopyAsync(db, QuoteTable(table), columns, [.. columns.Select(p => Quote(Column(p, table)))],
            rows.Select(row => (Func<IProperty, object?>)(property => getters[property].GetClrValue(row))), ct);
    }

    private static async Task<int> InsertAsync(CrmDbContext db, IEntityType type, IReadOnlyList<EntityEntry> rows, CancellationToken ct)
    {
        var table = Table(type);
        if (SequenceKey(type) is { } key)
        {
            var ids = await NextIdsAsync(db, table, Column(key, table), rows.Count, ct);
            for (var i = 0; i < rows.Count; i++) rows[i].Property(key.Name).CurrentValue = ids[i];
        }

        var columns = type.GetProperties().ToList();
        await CopyAsync(db, QuoteTable(table), columns, [.. columns.Select(p => Quote(Column(p, table)))],
            rows.Select(row => row.CurrentValues).Select(values => (Func<IProperty, object?>)(property => values[property])), ct);
        foreach (var row in rows) Accept(row);
        return rows.Count;
    }

    /// <summary>Streams rows into a table; each row is given as the value of each column's property.</summary>
    private static async Task CopyAsync(
        CrmDbContext db, string target, IReadOnlyList<IProperty> columns, IReadOnlyList<string> names, IEnumerable<Func<IProperty, object?>> rows,
        CancellationToken ct)
    {
        var mappings = columns.Select(p => p.GetRelationalTypeMapping()).ToList();
        var types = mappings.Select(m => TypeModifiers().Replace(m.StoreType, "")).ToList();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var writer = await connection.BeginBinaryImportAsync($"COPY {target} ({string.Join(", ", names)}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(ct);
            for (var c = 0; c < columns.Count; c++)
            {
                var value = row(columns[c]);
                if (value is not null && mappings[c].Converter is { } converter) value = converter.ConvertToProvider(value);
                if (value is null) await writer.WriteNullAsync(ct);
                else await writer.WriteAsync(value, types[c], ct);
            }
        }
        await writer.CompleteAsync(ct);
    }

    /// <summary>Keys from the identity sequence the table's own inserts use, so they never collide with them.</summary>
    private static async Task<List<long>> NextIdsAsync(CrmDbContext db, StoreObjectIdentifier table, string keyColumn, int count, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var command = new NpgsqlCommand("SELECT nextval(pg_get_serial_sequence($1, $2)) FROM generate_series(1, $3)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = QuoteTable(table) });
        command.Parameters.Add(new NpgsqlParameter { Value = keyColumn });
        command.Parameters.Add(new NpgsqlParameter { Value = count });
        var ids = new List<long>(count);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetInt64(0));
        return ids;
    }

    private static async Task<int> ExecuteAsync(CrmDbContext db, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, (NpgsqlConnection)db.Database.GetDbConnection());
        return await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Written: from now on the entry is what the database holds.</summary>
    private static void Accept(EntityEntry row)
    {
        row.OriginalValues.SetValues(row.CurrentValues);
        row.State = EntityState.Unchanged;
    }

    /// <summary>Plain tables only: no owned, complex or collection-valued columns, no table shared with another type.</summary>
    private static bool Writable(IEntityType type) =>
        type.GetTableName() is not null && !type.IsOwned() && !type.GetComplexProperties().Any()
        && type.GetProperties().All(p => !p.IsPrimitiveCollection)
        && type.FindPrimaryKey() is not null && type.BaseType is null && !type.GetDirectlyDerivedTypes().Any();

    /// <summary>An added row that nothing refers to (so no other row waits for its key), whose key is set already
    /// (a GUID, say) or comes from the table's identity sequence, and whose own references are all saved.</summary>
    private static bool Insertable(EntityEntry entry) =>
        !entry.Metadata.GetReferencingForeignKeys().Any()
        && (SequenceKey(entry.Metadata) is not null || entry.Metadata.FindPrimaryKey()!.Properties.All(p => !entry.Property(p.Name).IsTemporary))
        && entry.Metadata.GetForeignKeys().SelectMany(f => f.Properties).All(p => !entry.Property(p.Name).IsTemporary);

    /// <summary>A single 64-bit key the database generates.</summary>
    private static IProperty? SequenceKey(IEntityType type) =>
        type.FindPrimaryKey()!.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } key] && key.ClrType == typeof(long) ? key : null;

    /// <summary>Every column changed in any of the rows. A row where one of them did not change writes back the
    /// value it was read with: the rows of a product are only changed under its lock, which the caller holds.</summary>
    private static List<IProperty> ModifiedProperties(IEntityType type, IEnumerable<EntityEntry> rows)
    {
        var candidates = type.GetProperties().Where(p => !p.IsPrimaryKey()).ToList();
        var modified = new HashSet<IProperty>();
        foreach (var row in rows)
        {
            foreach (var property in candidates)
                if (!modified.Contains(property) && row.Property(property).IsModified) modified.Add(property);
            if (modified.Count == candidates.Count) break;
        }
        return [.. candidates.Where(modified.Contains)];
    }

    private static StoreObjectIdentifier Table(IEntityType type) => StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());

    private static string Column(IProperty property, StoreObjectIdentifier table) => property.GetColumnName(table)!;

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string QuoteTable(StoreObjectIdentifier table) => table.Schema is null ? Quote(table.Name) : $"{Quote(table.Schema)}.{Quote(table.Name)}";

    /// <summary>COPY names a column's type without its length or precision: "numeric(18,4)" is "numeric".</summary>
    [GeneratedRegex(@"\(.*?\)")]
    private static partial Regex TypeModifiers();

}
