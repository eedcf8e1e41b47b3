namespace Crm.Domain.Sales;

/// <summary>What a committed line's quantity change still needs.</summary>
public enum QuantityChangeOutcome
{
    /// <summary>Nothing more: the line holds what it needs, and the change is recorded.</summary>
    Settled,

    /// <summary>The extra quantity is promised on top of what the line holds (<see cref="SalesOrder.PromiseMore"/>).</summary>
    PromiseExtra,

    /// <summary>The line or the order must arrive whole: the order is promised again (<see cref="SalesOrder.Repromise"/>).</summary>
    PromiseAgain,
}
