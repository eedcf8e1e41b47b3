using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Pipeline;

/// <summary>The leads the user's teams work, best first by default.</summary>
public sealed class LeadQueries(CrmDbContext db, IHttpContextAccessor http)
{
    /// <summary>The status filter that lists leads in every status.</summary>
    public const string AnyStatus = "All";

    public async Task<PagedResult<LeadSummary>> ListAsync(
        string? search, string? status, long? campaignId, string? owner, long? teamId, int? minScore, string? sort,
        Viewer viewer, int? page, int? pageSize, CancellationToken ct)
    {
        var query = db.Leads.AsNoTracking().VisibleTo(viewer, db.Teams);
        if (SearchText.Fold(search) is { Length: > 0 } folded)
            query = query.Where(l => EF.Functions.Like(l.SearchText, SearchPattern.Containing(folded), SearchPattern.Escape));
        if (string.Equals(status, AnyStatus, StringComparison.OrdinalIgnoreCase)) { }
        else if (EnumInput.Optional<LeadStatus>(status, "status") is { } wanted) query = query.Where(l => l.Status == wanted);
        else if (status is null) query = query.Where(l => l.Status == LeadStatus.New || l.Status == LeadStatus.Working);
        if (campaignId is { } campaign)
        {
            CampaignId? id = new CampaignId(campaign);
            query = query.Where(l => l.CampaignId == id);
        }
        if (!string.IsNullOrWhiteSpace(owner)) query = query.Where(l => l.Owner == owner.Trim());
        if (teamId is { } team)
        {
            TeamId? id = new TeamId(team);
            query = query.Where(l => l.TeamId == id);
        }
        if (minScore is { } min) query = query.Where(l => l.Score >= min);
        query = sort switch
        {
            null or "" or "score" => query.OrderByDescending(l => l.Score).ThenByDescending(l => l.Id),
            "newest" => query.OrderByDescending(l => l.Id),
            "company" => query.OrderBy(l => l.Company).ThenBy(l => l.Id),
            _ => throw RequestValidationException.For("sort", "Sort by score, newest or company."),
        };
        return await query.Select(l => new LeadSummary(
                l.Id.Value, l.Company, (l.FirstName + " " + l.LastName).Trim(), l.Email, l.Phone, l.Source.ToString(),
                l.CampaignId == null ? null : l.CampaignId.Value.Value,
                db.Campaigns.Where(c => c.Id == l.CampaignId).Select(c => c.Name).FirstOrDefault(),
                l.Status.ToString(), l.Score, l.Owner, l.TeamId == null ? null : l.TeamId.Value.Value, l.CreatedAt))
            .PageAsync(page, pageSize, ct);
    }

    public async Task<LeadResponse?> FindAsync(long id, CancellationToken ct)
    {
        var leadId = new LeadId(id);
        var lead = await db.Leads.AsNoTracking().Where(l => l.Id == leadId).Select(l => new LeadResponse(
                l.Id.Value, l.Company, l.FirstName, l.LastName, l.JobTitle, l.Email, l.Phone, l.Country, l.Industry, l.Source.ToString(),
                l.CampaignId == null ? null : l.CampaignId.Value.Value,
                db.Campaigns.Where(c => c.Id == l.CampaignId).Select(c => c.Name).FirstOrDefault(),
                l.Status.ToString(), l.DisqualifiedReason, l.Score, l.ScoreReasons, l.Owner,
                l.TeamId == null ? null : l.TeamId.Value.Value, db.Teams.Where(t => t.Id == l.TeamId).Select(t => t.Name).FirstOrDefault(),
                l.AccountId == null ? null : l.AccountId.Value.Value, l.ContactId == null ? null : l.ContactId.Value.Value,
                l.OpportunityId == null ? null : l.OpportunityId.Value.Value, l.ConvertedAt, l.ConvertedBy,
                l.ConfirmedNotDuplicateBy, l.CreatedAt, l.CreatedBy))
            .FirstOrDefaultAsync(ct);
        return lead is null ? null
            : lead with { AllowedActions = PipelinePermissions.ForLead(Enum.Parse<LeadStatus>(lead.Status), http.HttpContext?.User) };
    }
}
