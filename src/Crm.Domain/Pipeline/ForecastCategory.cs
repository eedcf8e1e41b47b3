namespace Crm.Domain.Pipeline;

/// <summary>How sure the owner is that the deal closes in its month: Commit (will), BestCase (could), Pipeline (early).</summary>
public enum ForecastCategory
{
    Pipeline,
    BestCase,
    Commit,
}
