namespace Crm.Api.Infrastructure;

/// <summary>The real clock moved so that it reads <c>Clock:Today</c> at start: time still passes (and the day
/// turns at midnight), so ordering and back-off keep working in demos and tests.</summary>
public sealed class ShiftedTimeProvider(DateOnly today) : TimeProvider
{
    private readonly TimeSpan _shift = today.ToDateTime(TimeOnly.MinValue) - System.GetUtcNow().UtcDateTime.Date;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _shift;
}

public static class TimeProviderExtensions
{
    /// <summary>"Today" for promising. Plants' own time zones are not modelled yet: the date is taken in UTC.</summary>
    public static DateOnly Today(this TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
