using Crm.Domain.Sales;

namespace Crm.Domain.Tests;

public static class PromiseMoves
{
    /// <summary>The promise changes the order raised since it was last asked, as its promise history would show them.</summary>
    public static IReadOnlyList<PromiseChange> TakeChanges(this SalesOrder order)
    {
        var changes = order.DomainEvents.OfType<LinePromiseMoved>().Select(e => e.Change).ToList();
        order.ClearDomainEvents();
        return changes;
    }
}
