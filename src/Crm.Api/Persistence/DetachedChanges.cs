using Microsoft.EntityFrameworkCore.Metadata;

namespace Crm.Api.Persistence;

/// <summary>What changed among rows of one table that were read without tracking, for
/// <see cref="SetBasedSave.WriteDetachedAsync"/> to write.</summary>
public sealed class DetachedChanges<T> where T : class
{
    private readonly List<(T Row, IReadOnlyList<IProperty> Columns)> _updated = [];
    private readonly List<(T Row, IReadOnlyDictionary<string, object?> Shadow)> _added = [];
    private readonly List<T> _removed = [];

    public IReadOnlyList<(T Row, IReadOnlyList<IProperty> Columns)> Updated => _updated;

    public IReadOnlyList<(T Row, IReadOnlyDictionary<string, object?> Shadow)> Added => _added;

    public IReadOnlyList<T> Removed => _removed;

    /// <summary>These columns of a row that is stored already changed; nothing is written when there are none.</summary>
    public void Update(T row, IReadOnlyList<IProperty> columns)
    {
        if (columns.Count > 0) _updated.Add((row, columns));
    }

    /// <param name="shadow">The values of the columns the domain does not carry, by property name: the foreign key to
    /// the parent row, say.</param>
    public void Add(T row, IReadOnlyDictionary<string, object?> shadow) => _added.Add((row, shadow));

    public void Remove(T row) => _removed.Add(row);
}
