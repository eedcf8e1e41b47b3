using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Pipeline;

/// <summary>Campaigns with their results: the leads that name them and the deals those leads became.</summary>
public sealed class CampaignQueries(CrmDbContext db)
{
    public async Task<PagedResult<CampaignResponse>> ListAsync(string? search, string? status, int? page, int? pageSize, CancellationToken ct)
    {
        var query = db.Campaigns.AsNoTracking();
        if (SearchText.Fold(search) is { Length: > 0 } folded)
            query = query.Where(c => EF.Functions.Like(c.Name.ToLower(), SearchPattern.Containing(folded), SearchPattern.Escape));
        if (EnumInput.Optional<CampaignStatus>(status, "status") is { } wanted) query = query.Where(c => c.Status == wanted);
        var found = await query.OrderByDescending(c => c.StartsOn).ThenByDescending(c => c.Id).PageAsync(page, pageSize, ct);
        var results = await ResultsAsync(found.Items, ct);
        return found.Map(c => Response(c, results));
    }

    public async Task<CampaignResponse?> FindAsync(long id, CancellationToken ct)
    {
        var campaignId = new CampaignId(id);
        var campaign = await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == campaignId, ct);
        return campaign is null ? null : Response(campaign, await ResultsAsync([campaign], ct));
    }

    private static CampaignResponse Response(Campaign c, IReadOnlyDictionary<CampaignId, CampaignResults> results) => new(
        c.Id.Value, c.Name, c.Type.ToString(), c.StartsOn, c.EndsOn, c.Budget, c.Currency, c.Description, c.Status.ToString(),
        results.GetValueOrDefault(c.Id) ?? new CampaignResults(0, 0, 0, 0, 0, 0, null), c.CreatedAt, c.CreatedBy);

    /// <summary>Per campaign: its leads by status, and the deals they became.</summary>
    private async Task<Dictionary<CampaignId, CampaignResults>> ResultsAsync(IReadOnlyList<Campaign> campaigns, CancellationToken ct)
    {
        var wanted = campaigns.Select(c => (CampaignId?)c.Id).ToList();
        var leads = await db.Leads.Where(l => wanted.Contains(l.CampaignId)).GroupBy(l => l.CampaignId)
            .Select(g => new { Campaign = g.Key, Count = g.Count(), Qualified = g.Count(l => l.Status == LeadStatus.Qualified), Disqualified = g.Count(l => l.Status == LeadStatus.Disqualified) })
            .ToListAsync(ct);
        var deals = await (from o in db.Opportunities
                           join l in db.Leads on o.LeadId equals (LeadId?)l.Id
                           where wanted.Contains(l.CampaignId)
                           group o by l.CampaignId into g
                           select new
                           {
                               Campaign = g.Key, Count = g.Count(), Won = g.Count(o => o.Status == OpportunityStatus.Won),
                               WonAmount = g.Where(o => o.Status == OpportunityStatus.Won).Sum(o => (decimal?)o.Amount) ?? 0,
                           }).ToListAsync(ct);
        return campaigns.ToDictionary(c => c.Id, c =>
        {
            var l = leads.FirstOrDefault(x => x.Campaign == c.Id);
            var d = deals.FirstOrDefault(x => x.Campaign == c.Id);
            var won = d?.Won ?? 0;
            return new CampaignResults(l?.Count ?? 0, l?.Qualified ?? 0, l?.Disqualified ?? 0, d?.Count ?? 0, won, d?.WonAmount ?? 0,
                won == 0 ? null : Math.Round(c.Budget / won, 2));
        });
    }
}
