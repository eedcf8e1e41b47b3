namespace Crm.Domain.Promising;

public static class PromiseComparison
{
    /// <summary>Whether, by some delivery date, the customer would have less than the old promise gave them.</summary>
    public static bool IsWorse(IReadOnlyList<ScheduleLinePromise> before, IReadOnlyList<ScheduleLinePromise> after)
    {
        foreach (var date in before.Select(s => s.DeliveryDate).Distinct())
        {
            if (after.Where(s => s.DeliveryDate <= date).Sum(s => s.Quantity) < before.Where(s => s.DeliveryDate <= date).Sum(s => s.Quantity))
                return true;
        }
        return false;
    }
}
