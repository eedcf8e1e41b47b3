namespace Crm.Api.Persistence;

/// <summary>What the handlers of one unit of work's events want stored with it, and what they want done once it is
/// committed (a job queued, say: never before, or the job could run before the change is visible).</summary>
public sealed class EventWrites
{
    private readonly Dictionary<Type, IRows> _rows = [];
    private readonly List<Action> _afterCommit = [];

    public void Add<T>(T row) where T : class => Rows<T>().Items.Add(row);

    public void AddRange<T>(IEnumerable<T> rows) where T : class => Rows<T>().Items.AddRange(rows);

    public void AfterCommit(Action followUp) => _afterCommit.Add(followUp);

    /// <param name="setBased">The rows go in as a set (binary COPY on PostgreSQL), for units that write many.</param>
    public async Task WriteAsync(CrmDbContext db, bool setBased, CancellationToken ct)
    {
        foreach (var rows in _rows.Values) await rows.WriteAsync(db, setBased, ct);
    }

    public IReadOnlyList<Action> FollowUps => _afterCommit;

    private RowList<T> Rows<T>() where T : class
    {
        if (!_rows.TryGetValue(typeof(T), out var rows)) _rows[typeof(T)] = rows = new RowList<T>();
        return (RowList<T>)rows;
    }

    private interface IRows
    {
        Task WriteAsync(CrmDbContext db, bool setBased, CancellationToken ct);
    }

    private sealed class RowList<T> : IRows where T : class
    {
        public List<T> Items { get; } = [];

        public async Task WriteAsync(CrmDbContext db, bool setBased, CancellationToken ct)
        {
            if (setBased) await db.InsertUntrackedAsync(Items, ct);
            else db.Set<T>().AddRange(Items);
        }
    }
}
