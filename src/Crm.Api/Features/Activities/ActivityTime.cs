namespace Crm.Api.Features.Activities;

/// <summary>The time zone agendas and calendar feeds are read in (<c>Activities:TimeZone</c>, default Europe/Berlin).</summary>
public sealed class ActivityTime(IConfiguration configuration)
{
    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(configuration["Activities:TimeZone"] ?? "Europe/Berlin");
}
