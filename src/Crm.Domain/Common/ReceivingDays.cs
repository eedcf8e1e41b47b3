namespace Crm.Domain.Common;

/// <summary>The weekdays a customer takes deliveries on (DESIGN.md §4 "Receiving days"). The plant's holidays do not
/// apply to the customer.</summary>
public sealed record ReceivingDays
{
    public static readonly ReceivingDays MondayToFriday =
        new([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday]);

    private readonly int _mask;

    public ReceivingDays(IEnumerable<DayOfWeek> days)
    {
        foreach (var day in days)
        {
            if (!Enum.IsDefined(day))
                throw new DomainRuleException("receiving_days.invalid", $"{(int)day} is not a day of the week.", "receivingDays");
            _mask |= 1 << (int)day;
        }
        if (_mask == 0)
            throw new DomainRuleException("receiving_days.none", "A customer receives goods on at least one day of the week.", "receivingDays");
    }

    /// <summary>The days as stored: bit n is <see cref="DayOfWeek"/> n.</summary>
    public int Mask => _mask;

    public static ReceivingDays FromMask(int mask) =>
        new(Enum.GetValues<DayOfWeek>().Where(d => (mask & (1 << (int)d)) != 0));

    public IReadOnlyList<DayOfWeek> Days => [.. Enum.GetValues<DayOfWeek>().Where(Receives)];

    public bool Receives(DayOfWeek day) => (_mask & (1 << (int)day)) != 0;

    public bool Receives(DateOnly date) => Receives(date.DayOfWeek);

    public DateOnly NextOnOrAfter(DateOnly date)
    {
        while (!Receives(date)) date = date.AddDays(1);
        return date;
    }

    public DateOnly LastOnOrBefore(DateOnly date)
    {
        while (!Receives(date)) date = date.AddDays(-1);
        return date;
    }

    public bool Equals(ReceivingDays? other) => other is not null && other._mask == _mask;

    public override int GetHashCode() => _mask;
}
