namespace Crm.Domain.Pipeline;

/// <summary>One owner's month: open deals closing in it (all of them, weighted by probability, and those committed or
/// in the best case, which includes the committed ones), what was won in it, and the quota when one is set.</summary>
public sealed record ForecastLine(string Owner, int OpenDeals, decimal Pipeline, decimal Weighted, decimal BestCase, decimal Commit, decimal Won, decimal? Quota)
{
    /// <summary>Won so far and committed: what the owner stands behind.</summary>
    public decimal WonAndCommit => Won + Commit;
}
