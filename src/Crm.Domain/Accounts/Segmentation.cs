using Crm.Domain.Common;

namespace Crm.Domain.Accounts;

/// <summary>ABC classes by revenue (A: the accounts that together make the first <see cref="AShare"/> of it, B: the next
/// up to <see cref="BShare"/>, C: the rest and those that bought nothing) and RFM scores by quintile among the accounts
/// that bought.</summary>
public sealed record Segmentation
{
    public Segmentation(decimal aShare = 0.80m, decimal bShare = 0.95m)
    {
        if (aShare is <= 0 or >= 1 || bShare <= aShare || bShare > 1)
            throw new DomainRuleException("segmentation.thresholds", "Thresholds are shares with 0 < A < B ≤ 1, such as 0.80 and 0.95.", "thresholds");
        (AShare, BShare) = (aShare, bShare);
    }

    public decimal AShare { get; }

    public decimal BShare { get; }

    public IReadOnlyDictionary<AccountId, AccountSegment> Classify(IEnumerable<CustomerValue> values, DateOnly today)
    {
        var all = values.ToList();
        var buyers = all.Where(v => v.Revenue > 0).OrderByDescending(v => v.Revenue).ThenBy(v => v.Account.Value).ToList();
        var total = buyers.Sum(v => v.Revenue);
        var recency = Quintiles(buyers, v => -(today.DayNumber - (v.LastInvoiceOn ?? today).DayNumber));
        var frequency = Quintiles(buyers, v => v.Invoices);
        var monetary = Quintiles(buyers, v => v.Revenue);

        var result = all.Where(v => v.Revenue <= 0).ToDictionary(v => v.Account, _ => new AccountSegment(AbcClass.C, null, null, null));
        var before = 0m;
        foreach (var buyer in buyers)
        {
            // An account is A while the revenue before it is still short of the A share: the one that crosses the line is A too.
            var share = before / total;
            var abc = share < AShare ? AbcClass.A : share < BShare ? AbcClass.B : AbcClass.C;
            before += buyer.Revenue;
            result[buyer.Account] = new AccountSegment(abc, recency[buyer.Account], frequency[buyer.Account], monetary[buyer.Account]);
        }
        return result;
    }

    /// <summary>1 to 5 by rank: the top fifth by the measure scores 5; ties share the better score.</summary>
    private static Dictionary<AccountId, int> Quintiles(IReadOnlyList<CustomerValue> buyers, Func<CustomerValue, decimal> measure)
    {
        var ranked = buyers.Select(v => (v.Account, Measure: measure(v))).OrderBy(v => v.Measure).ToList();
        var scores = new Dictionary<AccountId, int>(ranked.Count);
        for (var start = 0; start < ranked.Count;)
        {
            var end = start;
            while (end + 1 < ranked.Count && ranked[end + 1].Measure == ranked[start].Measure) end++;
            var score = (int)Math.Ceiling(5m * (end + 1) / ranked.Count);
            for (var i = start; i <= end; i++) scores[ranked[i].Account] = score;
            start = end + 1;
        }
        return scores;
    }
}
