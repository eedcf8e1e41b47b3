using Crm.Contracts;
using Crm.Api.Features.Accounts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Pipeline;

/// <summary>Entering, changing and working leads. A new or renamed lead is checked against accounts, contacts and open
/// leads; likely duplicates stop it unless the request says it was checked.</summary>
public sealed class LeadCommands(
    CrmDbContext db, LeadDuplicates duplicates, LeadScoring scoring, TeamAssignment teams, PhoneParsing phones, UnitOfWork unitOfWork, TimeProvider time)
{
    /// <summary>The new lead's id, or the likely duplicates.</summary>
    public async Task<(long? Id, IReadOnlyList<DuplicateCandidate> Duplicates)> CreateAsync(LeadRequest request, Viewer viewer, CancellationToken ct)
    {
        var details = Details(request.Company, request.FirstName, request.LastName, request.JobTitle, request.Email, request.Phone, request.Country, request.Industry);
        var source = EnumInput.Optional<LeadSource>(request.Source, "source") ?? LeadSource.Web;
        var campaign = await CampaignAsync(request.CampaignId, ct);
        var team = await teams.TeamAsync(request.TeamId, viewer, ct);
        var owner = TeamAssignment.Owner(request.Owner, team, viewer);
        var candidates = await duplicates.LikeAsync(details, null, ct);
        if (candidates.Count > 0 && !request.ConfirmedNotDuplicate) return (null, candidates);

        var lead = Lead.Create(details, source, campaign, team.Id, owner, new ChangeContext(viewer.UserName, "", time.GetUtcNow()));
        if (candidates.Count > 0) lead.ConfirmNotDuplicate(viewer.UserName);
        await scoring.ScoreAsync(lead, ct);
        db.Leads.Add(lead);
        await unitOfWork.SaveAsync(ct, withIds: ct => duplicates.IndexAsync(lead, ct));
        return (lead.Id.Value, []);
    }

    /// <summary>The likely duplicates when the change makes the lead look like another record; none when it was saved.</summary>
    public async Task<IReadOnlyList<DuplicateCandidate>> ChangeAsync(long id, LeadPatch patch, Viewer viewer, CancellationToken ct)
    {
        var lead = await LoadAsync(id, ct);
        var before = lead.Details;
        var details = Details(patch.Company ?? before.Company, patch.FirstName ?? before.FirstName, patch.LastName ?? before.LastName,
            patch.JobTitle ?? before.JobTitle, patch.Email ?? before.Email?.Value, patch.Phone ?? before.Phone?.Value,
            patch.Country ?? before.Country, patch.Industry ?? before.Industry);
        var reidentified = details.Company != before.Company || details.PersonName != before.PersonName
            || details.Email != before.Email || details.Phone != before.Phone;
        if (reidentified)
        {
            var candidates = await duplicates.LikeAsync(details, lead.Id, ct);
            if (candidates.Count > 0 && !patch.ConfirmedNotDuplicate) return candidates;
            if (candidates.Count > 0) lead.ConfirmNotDuplicate(viewer.UserName);
        }
        lead.Describe(details);
        if (patch.Owner is { Length: > 0 } owner)
        {
            var team = await teams.OfAsync(lead.TeamId, ct);
            lead.AssignTo(team.Id, TeamAssignment.Owner(owner, team, viewer));
        }
        await scoring.ScoreAsync(lead, ct);
        if (reidentified) await duplicates.IndexAsync(lead, ct);
        await unitOfWork.SaveAsync(ct);
        return [];
    }

    public async Task ChangeStatusAsync(long id, LeadStatusRequest request, CancellationToken ct)
    {
        var lead = await LoadAsync(id, ct);
        switch (EnumInput.Parse<LeadStatus>(request.Status, "status"))
        {
            case LeadStatus.Working: lead.StartWorking(); break;
            case LeadStatus.Disqualified: lead.Disqualify(request.Reason); break;
            case LeadStatus.Qualified: throw RequestValidationException.For("status", "A lead is qualified by converting it (POST /api/leads/{id}/convert).");
            default: throw RequestValidationException.For("status", "A lead does not go back to New.");
        }
        await unitOfWork.SaveAsync(ct);
    }

    private LeadDetails Details(string? company, string? firstName, string? lastName, string? jobTitle, string? email, string? phone, string? country, string? industry) =>
        new(company, firstName, lastName, jobTitle, EmailAddress.From(email), phones.Parse(phone, country, "phone"), country, industry);

    private async Task<CampaignId?> CampaignAsync(long? campaignId, CancellationToken ct)
    {
        if (campaignId is not { } value) return null;
        var id = new CampaignId(value);
        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == id).Select(c => new { c.Status }).FirstOrDefaultAsync(ct)
            ?? throw RequestValidationException.For("campaignId", $"There is no campaign {value}.");
        return campaign.Status == CampaignStatus.Cancelled
            ? throw RequestValidationException.For("campaignId", $"Campaign {value} was cancelled.")
            : id;
    }

    private async Task<Lead> LoadAsync(long id, CancellationToken ct)
    {
        var leadId = new LeadId(id);
        return await db.Leads.FirstOrDefaultAsync(l => l.Id == leadId, ct) ?? throw new NotFoundException("Lead", id);
    }
}
