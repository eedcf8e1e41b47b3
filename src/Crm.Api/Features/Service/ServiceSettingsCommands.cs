using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Service;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Service;

/// <summary>Reading and setting the desk's calendar and SLA.</summary>
public sealed class ServiceSettingsCommands(CrmDbContext db, ServiceTiers tiers, UnitOfWork unitOfWork)
{
    public async Task<ServiceSettingsResponse> GetAsync(CancellationToken ct) =>
        Response(await db.ServiceSettings.AsNoTracking().FirstOrDefaultAsync(ct) ?? ServiceRules.Defaults());

    public async Task<ServiceSettingsResponse> ChangeAsync(ServiceSettingsRequest request, CancellationToken ct)
    {
        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(request.TimeZone!.Trim());
        }
        catch (TimeZoneNotFoundException)
        {
            throw RequestValidationException.For("timeZone", $"{request.TimeZone} is not a time zone (use an IANA name such as Europe/Berlin).");
        }
        if (!TimeOnly.TryParseExact(request.OpensAt, "HH:mm", out var opensAt))
            throw RequestValidationException.For("opensAt", "The desk opens at a time as HH:mm.");
        var days = request.WorkingDays!.Select((d, i) => EnumInput.Parse<DayOfWeek>(d, $"workingDays[{i}]")).ToList();
        var calendar = new ServiceCalendar(zone, days, opensAt, TimeSpan.FromMinutes(request.HoursPerDayMinutes), request.Holidays ?? []);
        var policies = new SlaPolicies(request.Policies!.Select((p, i) => new SlaPolicy(
                EnumInput.Parse<CasePriority>(p.Priority, $"policies[{i}].priority"), TimeSpan.FromMinutes(p.FirstResponseMinutes),
                TimeSpan.FromMinutes(p.ResolutionMinutes), EnumInput.Optional<AbcClass>(p.Segment, $"policies[{i}].segment"))),
            request.WarningShare, request.SecondLevelShare, request.RaisePriorityOnBreach);
        var settings = await db.ServiceSettings.FirstOrDefaultAsync(ct);
        if (settings is null) db.ServiceSettings.Add(settings = new ServiceSettings(calendar, policies, request.ReopenDays));
        else settings.Change(calendar, policies, request.ReopenDays);
        await unitOfWork.SaveAsync(ct);
        return Response(settings);
    }

    private ServiceSettingsResponse Response(ServiceSettings s) => new(
        s.TimeZone, [.. s.WorkingDays.Select(d => d.ToString())], s.OpensAt.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), s.MinutesPerDay,
        s.Holidays, s.WarningShare, s.SecondLevelShare, s.RaisePriorityOnBreach, s.ReopenDays,
        [.. s.Policies.OrderBy(p => p.Segment.HasValue).ThenByDescending(p => p.Priority)
            .Select(p => new SlaPolicyDto(p.Priority.ToString(), p.Segment?.ToString(), p.FirstResponseMinutes, p.ResolutionMinutes))],
        [.. tiers.Queues]);
}
