namespace Crm.Api.Tests;

/// <summary>DESIGN.md §2's write door, held: no feature saves, begins a transaction or runs SQL itself; transactions
/// are begun in the door alone.</summary>
public sealed class WriteDoorTests
{
    private static readonly Lazy<IReadOnlyList<WriteDoorCalls.Call>> Host = new(() => WriteDoorCalls.In(typeof(Program).Assembly));

    [Fact]
    public void No_feature_saves_or_begins_a_transaction_past_the_door()
    {
        var past = Host.Value.Where(c => c.Namespace.StartsWith("Crm.Api.Features", StringComparison.Ordinal)).ToList();

        Assert.True(past.Count == 0, "Features writing past the door: " + string.Join("; ", past.Select(c => $"{c.Caller} calls {c.Method}")));
    }

    [Fact]
    public void Transactions_are_begun_in_the_door_only()
    {
        var beginners = Host.Value.Where(c => c.Method.Contains("BeginTransaction", StringComparison.Ordinal)).ToList();

        Assert.InRange(beginners.Count, 1, 2);
        Assert.All(beginners, c => Assert.Equal(typeof(Persistence.UnitOfWork).FullName, c.Caller));
    }

    [Fact]
    public void A_save_past_the_door_is_caught()
    {
        var planted = WriteDoorCalls.In(typeof(WriteDoorTests).Assembly).Where(c => c.Namespace.Contains(".Planted.", StringComparison.Ordinal));

        Assert.Equal(["DatabaseFacade.BeginTransactionAsync", "DbContext.SaveChangesAsync", "RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync"],
            planted.Select(c => c.Method).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void No_area_changes_another_areas_aggregates_but_through_that_areas_use_cases()
    {
        var writes = CrossAreaWrites.In(typeof(Program).Assembly, "Crm.Api.Features").Where(w => !AreaDependencies.Readers.Contains(w.FromArea)).ToList();

        Assert.True(writes.Count == 0, "Aggregates changed from another area: " + string.Join("; ", writes.Select(w => $"{w.Caller} calls {w.Method}")));
    }
}
