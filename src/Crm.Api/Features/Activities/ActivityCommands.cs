using Crm.Contracts;
using Crm.Api.Features.Accounts;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Api.Infrastructure.Visibility;
using Crm.Domain.Activities;
using Crm.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Activities;

/// <summary>Planning, logging, changing and completing activities. An activity is about a record the user sees and
/// belongs to that record's team; its owner is the creator unless someone of that team is named.</summary>
public sealed class ActivityCommands(CrmDbContext db, RegardedRecords records, TeamAssignment teams, UnitOfWork unitOfWork, TimeProvider time)
{
    public async Task<long> CreateAsync(ActivityRequest request, Viewer viewer, CancellationToken ct)
    {
        var type = EnumInput.Parse<RegardingType>(request.Regarding!.Type, "regarding.type");
        var regarding = await records.FindAsync(type, request.Regarding.Id, viewer, ct)
            ?? throw RequestValidationException.For("regarding.id", $"There is no {type.ToString().ToLowerInvariant()} {request.Regarding.Id} that you work.");
        var owner = await OwnerAsync(request.Owner, regarding, viewer, ct);
        var activity = Activity.Plan(EnumInput.Parse<ActivityType>(request.Type, "type"), request.Subject, request.Notes, regarding, owner,
            request.Due, request.DurationMinutes, request.RemindAt, Context(viewer));
        db.Activities.Add(activity);
        await unitOfWork.SaveAsync(ct);
        return activity.Id.Value;
    }

    public async Task ChangeAsync(long id, ActivityPatch patch, Viewer viewer, CancellationToken ct)
    {
        var activity = await LoadAsync(id, ct);
        if (patch.Subject is not null || patch.Notes is not null) activity.Describe(patch.Subject ?? activity.Subject, patch.Notes ?? activity.Notes);
        if (patch.Due is not null || patch.DurationMinutes is not null || patch.RemindAt is not null)
            activity.Schedule(patch.Due ?? activity.Due, patch.DurationMinutes ?? activity.DurationMinutes, patch.RemindAt ?? activity.RemindAt);
        if (patch.Owner is { Length: > 0 } owner)
        {
            var regarding = await records.FindAsync(activity.RegardingType, activity.RegardingId, viewer, ct)
                ?? throw RequestValidationException.For("owner", "The record this activity is about is gone; it cannot be handed on.");
            activity.HandTo(await OwnerAsync(owner, regarding, viewer, ct));
        }
        await unitOfWork.SaveAsync(ct);
    }

    /// <summary>Marks it done with its outcome, and plans the follow-up about the same record when asked: one save.</summary>
    public async Task<long?> CompleteAsync(long id, ActivityCompletion completion, Viewer viewer, CancellationToken ct)
    {
        var activity = await LoadAsync(id, ct);
        var context = Context(viewer);
        activity.Complete(completion.Outcome, context);
        Activity? next = null;
        if (completion.Next is { } follow)
        {
            var regarding = new Regarding(activity.RegardingType, activity.RegardingId, activity.AccountId, activity.TeamId, activity.RegardingTitle);
            next = Activity.Plan(EnumInput.Parse<ActivityType>(follow.Type, "next.type"), follow.Subject, null, regarding, activity.Owner,
                follow.Due, follow.DurationMinutes, null, context);
            db.Activities.Add(next);
        }
        await unitOfWork.SaveAsync(ct);
        return next?.Id.Value;
    }

    /// <summary>The owner asked for, who must work the record's team; else the creator.</summary>
    private async Task<string> OwnerAsync(string? owner, Regarding regarding, Viewer viewer, CancellationToken ct) =>
        owner is not { Length: > 0 } || owner.Trim() == viewer.UserName ? viewer.UserName
            : TeamAssignment.Owner(owner, await teams.OfAsync(regarding.Team, ct), viewer);

    private async Task<Activity> LoadAsync(long id, CancellationToken ct)
    {
        var activityId = new ActivityId(id);
        return await db.Activities.FirstOrDefaultAsync(a => a.Id == activityId, ct) ?? throw new NotFoundException("Activity", id);
    }

    private ChangeContext Context(Viewer viewer) => new(viewer.UserName, "", time.GetUtcNow());
}
