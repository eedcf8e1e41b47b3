namespace Crm.Domain.Common;

/// <summary>How far from today a date may lie: nobody plans a delivery for 9999, and a date far in the past is a typo.</summary>
public static class PlanningHorizon
{
    public const int YearsAhead = 5;
    public const int YearsBack = 1;

    public static void Check(DateOnly? date, DateOnly today, string field)
    {
        if (date is not { } d) return;
        var (earliest, latest) = (today.AddYears(-YearsBack), today.AddYears(YearsAhead));
        if (d < earliest || d > latest)
            throw new DomainRuleException("date.out_of_range",
                $"{d:yyyy-MM-dd} is not a plausible date: it must lie between {earliest:yyyy-MM-dd} and {latest:yyyy-MM-dd}.", field);
    }
}
