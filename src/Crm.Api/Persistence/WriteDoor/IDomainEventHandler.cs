using Crm.Domain.Common;

namespace Crm.Api.Persistence;

/// <summary>Turns the events of one unit of work into the rows of one concern (promise history, re-promise requests,
/// outbox messages, …). Handlers see every event of the unit at once, so a run of backorder processing that moves a
/// thousand lines writes a thousand rows in one go, not a thousand times one.</summary>
public interface IDomainEventHandler
{
    /// <summary>The event types the handler is given; the door passes it those only, and a test checks that every
    /// event type of the domain has a handler.</summary>
    IReadOnlySet<Type> Handles { get; }

    Task HandleAsync(IReadOnlyList<DomainEvent> events, EventWrites writes, CancellationToken ct);
}
