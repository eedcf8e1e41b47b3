using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Crm.Api.Persistence;

/// <summary>What rows read without tracking held when read, column by column, so that once the domain has changed
/// some of them the columns that differ can be told, as EF Core's change tracker would, without its cost per row.</summary>
public sealed class RowSnapshots<T>(IEntityType type) where T : class
{
    private readonly IProperty[] _columns = Columns(type);
    private readonly IClrPropertyGetter[] _getters = [.. Columns(type).Select(c => c.GetGetter())];
    private readonly ValueComparer[] _comparers = [.. Columns(type).Select(c => c.GetValueComparer())];
    private readonly Dictionary<T, object?[]> _read = new(ReferenceEqualityComparer.Instance);

    public void Take(T row)
    {
        var values = new object?[_columns.Length];
        for (var i = 0; i < values.Length; i++) values[i] = _getters[i].GetClrValue(row);
        _read[row] = values;
    }

    /// <summary>False for a row the domain created after the read.</summary>
    public bool WasRead(T row) => _read.ContainsKey(row);

    /// <summary>The columns whose value differs from what was read.</summary>
    public IReadOnlyList<IProperty> Changed(T row)
    {
        var read = _read[row];
        List<IProperty>? changed = null;
        for (var i = 0; i < read.Length; i++)
            if (!_comparers[i].Equals(read[i], _getters[i].GetClrValue(row))) (changed ??= []).Add(_columns[i]);
        return changed ?? [];
    }

    /// <summary>The columns the domain carries; the key never changes and foreign keys are the parent's.</summary>
    private static IProperty[] Columns(IEntityType type) => [.. type.GetProperties().Where(p => !p.IsPrimaryKey() && !p.IsShadowProperty())];
}
