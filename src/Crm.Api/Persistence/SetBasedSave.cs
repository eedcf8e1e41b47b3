using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Crm.Api.Persistence;

/// <summary>
/// Writes a large set of rows that were never tracked (backorder processing reads a hundred thousand lines, and
/// tracking them was most of its time) in a few statements instead of one per row. On PostgreSQL, inside the caller's
/// transaction, new rows are streamed in with binary COPY, changed rows are copied into a temporary table and applied by
/// one UPDATE, and removed rows go in one DELETE. Below <see cref="MinimumRows"/>, and on other providers, the rows are
/// handed to the change tracker instead and written by the caller's next SaveChanges.
/// </summary>
public static partial class SetBasedSave
{
    /// <summary>Below this many rows of one shape, EF Core's batched statements are as quick.</summary>
    private const int MinimumRows = 32;

    /// <summary>Adds rows that are written once and never changed in this unit of work (promise changes, say). Their
    /// generated keys are not read back.</summary>
    public static async Task InsertUntrackedAsync<T>(this CrmDbContext db, IReadOnlyCollection<T> rows, CancellationToken ct) where T : class
    {
        var changes = new DetachedChanges<T>();
        foreach (var row in rows) changes.Add(row, NoShadow);
        await db.WriteDetachedAsync(changes, ct);
    }

    /// <summary>Writes what changed among rows read without tracking. Rows whose own columns did not change are left
    /// as they are; a changed row gets the new values of every column changed in any row of the set, which is only
    /// safe while the caller holds what keeps others from changing them (backorder processing: the products' locks).
    /// Versioned documents are not for this: their stale check needs the change tracker.</summary>
    public static async Task WriteDetachedAsync<T>(this CrmDbContext db, DetachedChanges<T> changes, CancellationToken ct) where T : class
    {
        var type = db.Model.FindEntityType(typeof(T))!;
        if (type.FindProperty(CrmDbContext.VersionProperty) is not null)
            throw new InvalidOperationException($"{type.DisplayName()} is versioned; save it through the change tracker.");
        var bulk = db.Database.IsNpgsql() && db.Database.CurrentTransaction is not null && Writable(type);

        if (bulk && changes.Updated.Count >= MinimumRows)
            await UpdateAsync(db, type, changes.Updated, ct);
        else
            foreach (var (row, columns) in changes.Updated)
            {
                var entry = db.Entry(row);
                entry.State = EntityState.Unchanged;
                foreach (var column in columns) entry.Property(column.Name).IsModified = true;
            }

        if (bulk && changes.Added.Count >= MinimumRows)
            await InsertAsync(db, type, changes.Added, ct);
        else
            foreach (var (row, shadow) in changes.Added)
            {
                var entry = db.Add(row);
                foreach (var (name, value) in shadow) entry.Property(name).CurrentValue = value;
            }

        if (bulk && changes.Removed.Count >= MinimumRows && SequenceKey(type) is { } key)
        {
            var getter = key.GetGetter();
            var ids = changes.Removed.Select(r => (long)getter.GetClrValue(r)!).ToList();
            await db.Set<T>().Where(r => ids.Contains(EF.Property<long>(r, key.Name))).ExecuteDeleteAsync(ct);
        }
        else
            foreach (var row in changes.Removed) db.Entry(row).State = EntityState.Deleted;
    }

    private static readonly IReadOnlyDictionary<string, object?> NoShadow = new Dictionary<string, object?>();

    private static async Task UpdateAsync<T>(CrmDbContext db, IEntityType type, IReadOnlyList<(T Row, IReadOnlyList<IProperty> Columns)> rows, CancellationToken ct)
        where T : class
    {
        var table = Table(type);
        var keys = type.FindPrimaryKey()!.Properties;
        var changed = type.GetProperties().Where(rows.SelectMany(r => r.Columns).ToHashSet().Contains).ToList();
        var columns = keys.Concat(changed).ToList();
        var names = columns.Select(p => Quote(Column(p, table))).ToList();
        var assignments = changed.Select(p => Quote(Column(p, table))).Select(c => $"{c} = v.{c}");
        var matches = keys.Select(p => Quote(Column(p, table))).Select(c => $"t.{c} = v.{c}");

        const string Staged = "set_based_update";
        // A connection is not reset when it goes back to the pool: one that failed between CREATE and DROP outside a
        // transaction may still have the table.
        await ExecuteAsync(db, $"DROP TABLE IF EXISTS {Staged}", ct);
        await ExecuteAsync(db, $"CREATE TEMP TABLE {Staged} AS SELECT {string.Join(", ", names)} FROM {QuoteTable(table)} WITH NO DATA", ct);
        var getters = columns.ToDictionary(p => p, p => p.GetGetter());
        await CopyAsync(db, Staged, columns, names, rows.Select(r => (Func<IProperty, object?>)(p => getters[p].GetClrValue(r.Row))), ct);
        var updated = await ExecuteAsync(db,
            $"UPDATE {QuoteTable(table)} AS t SET {string.Join(", ", assignments)} FROM {Staged} AS v WHERE {string.Join(" AND ", matches)}", ct);
        await ExecuteAsync(db, $"DROP TABLE {Staged}", ct);
        if (updated != rows.Count)
            throw new DbUpdateConcurrencyException($"{rows.Count - updated} of {rows.Count} {type.DisplayName()} rows were gone when they were written.");
    }

    /// <summary>New rows, keys left to the database.</summary>
    private static async Task InsertAsync<T>(CrmDbContext db, IEntityType type, IReadOnlyList<(T Row, IReadOnlyDictionary<string, object?> Shadow)> rows, CancellationToken ct)
        where T : class
    {
        var table = Table(type);
        var generated = SequenceKey(type);
        var columns = type.GetProperties().Where(p => p != generated).ToList();
        var getters = columns.Where(p => !p.IsShadowProperty()).ToDictionary(p => p, p => p.GetGetter());
        await CopyAsync(db, QuoteTable(table), columns, [.. columns.Select(p => Quote(Column(p, table)))],
            rows.Select(r => (Func<IProperty, object?>)(p => p.IsShadowProperty() ? r.Shadow[p.Name] : getters[p].GetClrValue(r.Row))), ct);
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

    private static async Task<int> ExecuteAsync(CrmDbContext db, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, (NpgsqlConnection)db.Database.GetDbConnection());
        return await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Plain tables only: no owned, complex or collection-valued columns, no table shared with another type.</summary>
    private static bool Writable(IEntityType type) =>
        type.GetTableName() is not null && !type.IsOwned() && !type.GetComplexProperties().Any()
        && type.GetProperties().All(p => !p.IsPrimitiveCollection)
        && type.FindPrimaryKey() is not null && type.BaseType is null && !type.GetDirectlyDerivedTypes().Any();

    /// <summary>A single 64-bit key the database generates.</summary>
    private static IProperty? SequenceKey(IEntityType type) =>
        type.FindPrimaryKey()!.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } key] && key.ClrType == typeof(long) ? key : null;

    private static StoreObjectIdentifier Table(IEntityType type) => StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());

    private static string Column(IProperty property, StoreObjectIdentifier table) => property.GetColumnName(table)!;

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string QuoteTable(StoreObjectIdentifier table) => table.Schema is null ? Quote(table.Name) : $"{Quote(table.Schema)}.{Quote(table.Name)}";

    /// <summary>COPY names a column's type without its length or precision: "numeric(18,4)" is "numeric".</summary>
    [GeneratedRegex(@"\(.*?\)")]
    private static partial Regex TypeModifiers();
}
