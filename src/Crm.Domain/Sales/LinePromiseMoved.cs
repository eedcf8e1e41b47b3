using Crm.Domain.Common;

namespace Crm.Domain.Sales;

/// <summary>What a line holds of its product changed, or was settled again after a change to the line.</summary>
/// <param name="Change">The record of it, as the promise history shows it.</param>
/// <param name="GaveUpQuantity">The line now holds less than before: other orders of the product may use the rest.</param>
public sealed record LinePromiseMoved(SalesOrder Order, PromiseChange Change, ProductKey Product, bool GaveUpQuantity, ChangeContext Context)
    : DomainEvent;
