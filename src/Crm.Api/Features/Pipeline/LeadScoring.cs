using Crm.Api.Persistence;
using Crm.Domain.Activities;
using Crm.Domain.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Pipeline;

/// <summary>Scores a lead by the configured rules (<c>Pipeline:LeadScoring</c>), counting the calls and meetings held
/// with it as engagement.</summary>
public sealed class LeadScoring(CrmDbContext db, LeadScoringRules rules)
{
    public LeadScoringRules Rules => rules;

    /// <summary>The rules as configured, read once at start.</summary>
    public static LeadScoringRules From(IConfiguration configuration) =>
        configuration.GetSection("Pipeline:LeadScoring").Get<LeadScoringRules>() ?? new LeadScoringRules();

    /// <param name="heldNow">Calls and meetings done in the change under way, not stored as done yet.</param>
    public async Task ScoreAsync(Lead lead, CancellationToken ct, int heldNow = 0)
    {
        var held = lead.Id.Value == 0 ? 0 : await db.Activities.CountAsync(a =>
            a.RegardingType == RegardingType.Lead && a.RegardingId == lead.Id.Value && a.Status == ActivityStatus.Done
            && (a.Type == ActivityType.Call || a.Type == ActivityType.Meeting), ct);
        lead.Rescore(Rules.Score(lead.Details, lead.Source, lead.CampaignId is not null, held + heldNow));
    }

    public static bool IsHeld(ActivityType type) => type is ActivityType.Call or ActivityType.Meeting;
}
