namespace Crm.Domain.Common;

/// <summary>Something an aggregate did that other parts of the product react to. Dispatched when the unit of work
/// saves, inside its transaction, so the reactions are stored with the change or not at all.</summary>
public abstract record DomainEvent;
