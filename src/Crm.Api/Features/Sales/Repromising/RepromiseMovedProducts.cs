using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Sales;
using Hangfire;

namespace Crm.Api.Features.Sales.Repromising;

/// <summary>A moved promise may free what other orders of its product wait for, or take what they were promised
/// (a promise set by hand): their product is queued for backorder processing, which runs once the change is committed.</summary>
public sealed class RepromiseMovedProducts(RepromiseQueue queue, IBackgroundJobClient jobs, ILogger<RepromiseMovedProducts> log) : IDomainEventHandler
{
    public IReadOnlySet<Type> Handles { get; } = new HashSet<Type> { typeof(LinePromiseMoved) };

    /// <summary>Set by backorder processing for its own batch: it weighs these products already, and it goes on
    /// until the queue is empty, so it needs no job queued.</summary>
    public IReadOnlySet<ProductKey>? Weighing { get; set; }

    public async Task HandleAsync(IReadOnlyList<DomainEvent> events, EventWrites writes, CancellationToken ct)
    {
        var moved = events.OfType<LinePromiseMoved>().ToList();
        if (moved.Count == 0) return;
        var requests = new List<RepromiseRequest>();
        foreach (var byReason in moved.Where(e => e.Change.Kind != PromiseChangeKind.Repromised).GroupBy(Reason))
            requests.AddRange(await queue.RequestsForOpenAsync([.. byReason.Select(e => e.Product).Distinct()], byReason.Key, ct));
        // Backorder processing's own moves: only a line that gave something up (a ship-complete order that can no
        // longer complete frees its other lines) is news, to the products not weighed already.
        var released = moved
            .Where(e => e.Change.Kind == PromiseChangeKind.Repromised && e.GaveUpQuantity && Weighing?.Contains(e.Product) != true)
            .Select(e => e.Product);
        requests.AddRange(queue.Requests(released, RepromiseQueue.CommitmentsReleased));
        if (requests.Count == 0) return;
        writes.AddRange(requests);
        if (Weighing is null) writes.AfterCommit(() => jobs.EnqueueSoon<ProcessBackorders>(p => p.RunAsync(CancellationToken.None), log));
    }

    private static string Reason(LinePromiseMoved moved) =>
        moved.Change.Kind == PromiseChangeKind.ManualOverride ? RepromiseQueue.ManualPromise : RepromiseQueue.CommitmentsReleased;
}
