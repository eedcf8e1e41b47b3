namespace Crm.Api.Persistence.Configurations;

/// <summary>How full PostgreSQL packs the pages of a table whose rows are rewritten in bulk.</summary>
internal static class FillFactor
{
    public const string Name = "fillfactor";

    /// <summary>Backorder processing rewrites a large share of the order lines and schedule lines of the products it
    /// takes, in one transaction. A new row version that fits on its page is written there and touches no index (a
    /// "HOT" update); on a full page it goes elsewhere and every index of the table gets a new entry. Leaving 30 % of
    /// each page free keeps most of a run's updates on their pages, at the cost of tables 40 % larger. Only PostgreSQL
    /// reads this setting.</summary>
    public const int RewrittenInPlace = 70;
}
