using Crm.Api.Persistence;
using Crm.Domain.Service;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Service;

/// <summary>The desk's calendar, SLA and reopen period as an admin set them, or the defaults until then.</summary>
public sealed record ServiceRules(ServiceCalendar Calendar, SlaPolicies Policies, TimeSpan ReopenPeriod)
{
    public const int DefaultReopenDays = 14;

    /// <summary>Monday to Friday 08:00–17:00 Europe/Berlin; Urgent 1 h / 4 h, High 2 h / 9 h (a business day), Normal
    /// 4 h / 18 h, Low 9 h / 45 h (a business week).</summary>
    public static ServiceSettings Defaults() => new(
        ServiceCalendar.Weekdays(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")),
        new SlaPolicies(
        [
            new SlaPolicy(CasePriority.Urgent, TimeSpan.FromHours(1), TimeSpan.FromHours(4)),
            new SlaPolicy(CasePriority.High, TimeSpan.FromHours(2), TimeSpan.FromHours(9)),
            new SlaPolicy(CasePriority.Normal, TimeSpan.FromHours(4), TimeSpan.FromHours(18)),
            new SlaPolicy(CasePriority.Low, TimeSpan.FromHours(9), TimeSpan.FromHours(45)),
        ]),
        DefaultReopenDays);

    public static async Task<ServiceRules> LoadAsync(CrmDbContext db, CancellationToken ct)
    {
        var settings = await db.ServiceSettings.AsNoTracking().FirstOrDefaultAsync(ct) ?? Defaults();
        return new ServiceRules(settings.Calendar(), settings.Sla(), settings.ReopenPeriod);
    }
}
