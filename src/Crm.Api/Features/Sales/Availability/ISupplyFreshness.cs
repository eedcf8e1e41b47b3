using Crm.Contracts;

namespace Crm.Api.Features.Sales.Availability;

/// <summary>Whether the ERP's supply data is fresh enough to promise on. Integration answers it, since only it
/// talks to the ERP.</summary>
public interface ISupplyFreshness
{
    /// <returns>Whether the supply data can be trusted: fresh enough, or refreshed just now. False when it was too
    /// old and the ERP could not be reached.</returns>
    Task<bool> EnsureFreshAsync(CancellationToken ct);

    /// <summary>When each source a promise is made from (items, stock, production and purchase orders) was last synced.</summary>
    Task<IReadOnlyList<SourceFreshness>> SourcesAsync(CancellationToken ct);
}
