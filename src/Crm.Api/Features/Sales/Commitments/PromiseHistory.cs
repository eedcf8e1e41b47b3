using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Sales;

namespace Crm.Api.Features.Sales.Commitments;

/// <summary>Every moved promise is kept in the order's promise history.</summary>
public sealed class PromiseHistory : IDomainEventHandler
{
    public IReadOnlySet<Type> Handles { get; } = new HashSet<Type> { typeof(LinePromiseMoved) };

    public Task HandleAsync(IReadOnlyList<DomainEvent> events, EventWrites writes, CancellationToken ct)
    {
        writes.AddRange(events.OfType<LinePromiseMoved>().Select(e => e.Change));
        return Task.CompletedTask;
    }
}
