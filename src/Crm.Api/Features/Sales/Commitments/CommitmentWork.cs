using Crm.Api.Persistence;
using Crm.Domain.Common;

namespace Crm.Api.Features.Sales.Commitments;

/// <summary>What a change to commitments may do inside its <see cref="CommitmentTransaction"/>.</summary>
public sealed class CommitmentWork(ProductLocks locks, CancellationToken ct)
{
    private readonly List<AggregateRoot> _untracked = [];

    internal IReadOnlyList<AggregateRoot> Untracked => _untracked;

    /// <summary>Takes the products' locks, always in the same order, until the transaction ends. Demand read after
    /// this sees every commitment made before.</summary>
    public Task LockAsync(IEnumerable<ProductKey> products) => locks.LockAsync(products, ct);

    /// <summary>Aggregates read without tracking (and saved as a set) whose events count too.</summary>
    public void Include(IEnumerable<AggregateRoot> aggregates) => _untracked.AddRange(aggregates);
}
