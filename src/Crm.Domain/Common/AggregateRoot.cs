namespace Crm.Domain.Common;

/// <summary>A consistency boundary: its transitions keep its rules and raise the events others react to.</summary>
public abstract class AggregateRoot
{
    private readonly List<DomainEvent> _domainEvents = [];

    /// <summary>What happened since the unit of work last dispatched this aggregate's events.</summary>
    public IReadOnlyList<DomainEvent> DomainEvents => _domainEvents;

    protected void Raise(DomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    public void ClearDomainEvents() => _domainEvents.Clear();
}
