using System.Linq.Expressions;
using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Activities;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Activities;

/// <summary>Activities the user's teams see: a record's or an account's timeline, a calendar range, and one's agenda.</summary>
public sealed class ActivityQueries(CrmDbContext db, ActivityTime zone, TimeProvider time)
{
    private const int AgendaLimit = 200;

    public sealed record Filter(
        string? RegardingType = null, long? RegardingId = null, long? AccountId = null, string? Owner = null, string? Status = null,
        DateTimeOffset? From = null, DateTimeOffset? To = null, string? Type = null);

    public Task<PagedResult<ActivityResponse>> ListAsync(Filter filter, Viewer viewer, int? page, int? pageSize, CancellationToken ct)
    {
        var query = db.Activities.AsNoTracking().VisibleTo(viewer, db.Teams);
        if (EnumInput.Optional<RegardingType>(filter.RegardingType, "regardingType") is { } type)
        {
            query = query.Where(a => a.RegardingType == type);
            if (filter.RegardingId is { } id) query = query.Where(a => a.RegardingId == id);
        }
        else if (filter.RegardingId is not null) throw RequestValidationException.For("regardingType", "Name the type of the record regardingId names.");
        if (filter.AccountId is { } account)
        {
            AccountId? id = new AccountId(account);
            query = query.Where(a => a.AccountId == id);
        }
        if (!string.IsNullOrWhiteSpace(filter.Owner)) query = query.Where(a => a.Owner == filter.Owner.Trim());
        if (EnumInput.Optional<ActivityStatus>(filter.Status, "status") is { } status) query = query.Where(a => a.Status == status);
        if (EnumInput.Optional<ActivityType>(filter.Type, "type") is { } kind) query = query.Where(a => a.Type == kind);
        if (filter.From?.ToUniversalTime() is { } from) query = query.Where(a => (a.Due ?? a.CreatedAt) >= from);
        if (filter.To?.ToUniversalTime() is { } to) query = query.Where(a => (a.Due ?? a.CreatedAt) < to);
        if (filter.From is not null && filter.To is not null && filter.To <= filter.From) throw RequestValidationException.For("to", "The range ends after it starts.");
        // Open ones first, soonest due; then what was done, latest first: a timeline reads from what is next to what happened.
        return query.OrderBy(a => a.Status == ActivityStatus.Open ? 0 : 1).ThenBy(a => a.Status == ActivityStatus.Open ? a.Due : null)
            .ThenByDescending(a => a.CompletedAt).ThenByDescending(a => a.Id)
            .Select(Response).PageAsync(page, pageSize, ct);
    }

    public Task<ActivityResponse?> FindAsync(long id, CancellationToken ct)
    {
        var activityId = new ActivityId(id);
        return db.Activities.AsNoTracking().Where(a => a.Id == activityId).Select(Response).FirstOrDefaultAsync(ct);
    }

    /// <summary>The user's open activities up to the end of this week, by bucket.</summary>
    public async Task<AgendaResponse> AgendaAsync(Viewer viewer, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var weekEnds = Agenda.WeekEnds(now, zone.Zone);
        var open = await db.Activities.AsNoTracking()
            .Where(a => a.Owner == viewer.UserName && a.Status == ActivityStatus.Open && a.Due != null && a.Due < weekEnds)
            .OrderBy(a => a.Due).ThenBy(a => a.Id).Take(AgendaLimit).Select(Response).ToListAsync(ct);
        var buckets = open.ToLookup(a => Agenda.Of(a.Due!.Value, now, zone.Zone));
        return new AgendaResponse(zone.Zone.Id, [.. buckets[AgendaBucket.Overdue]], [.. buckets[AgendaBucket.Today]], [.. buckets[AgendaBucket.ThisWeek]]);
    }

    public static readonly Expression<Func<Activity, ActivityResponse>> Response = a => new ActivityResponse(
        a.Id.Value, a.Type.ToString(), a.Subject, a.Notes, a.RegardingType.ToString(), a.RegardingId, a.RegardingTitle,
        a.AccountId == null ? null : a.AccountId.Value.Value, a.Owner, a.Due, a.DurationMinutes, a.Status.ToString(), a.Outcome,
        a.CompletedAt, a.RemindAt, a.TeamId == null ? null : a.TeamId.Value.Value, a.CreatedAt, a.CreatedBy);
}
