using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Pipeline;

/// <summary>Planning campaigns and moving them through their life.</summary>
public sealed class CampaignCommands(CrmDbContext db, IConfiguration configuration, UnitOfWork unitOfWork, TimeProvider time)
{
    public async Task<long> CreateAsync(CampaignRequest request, string user, CancellationToken ct)
    {
        var campaign = Campaign.Plan(Details(request), new ChangeContext(user, "", time.GetUtcNow()));
        db.Campaigns.Add(campaign);
        await unitOfWork.SaveAsync(ct);
        return campaign.Id.Value;
    }

    public async Task ChangeAsync(long id, CampaignRequest request, CancellationToken ct)
    {
        (await LoadAsync(id, ct)).Describe(Details(request));
        await unitOfWork.SaveAsync(ct);
    }

    public async Task ChangeStatusAsync(long id, CampaignStatusRequest request, CancellationToken ct)
    {
        (await LoadAsync(id, ct)).ChangeStatus(EnumInput.Parse<CampaignStatus>(request.Status, "status"));
        await unitOfWork.SaveAsync(ct);
    }

    private CampaignDetails Details(CampaignRequest request) => new(
        request.Name!, EnumInput.Parse<CampaignType>(request.Type, "type"), request.StartsOn!.Value, request.EndsOn, request.Budget,
        request.Currency ?? configuration["Accounts:DefaultCurrency"] ?? "EUR", request.Description);

    private async Task<Campaign> LoadAsync(long id, CancellationToken ct)
    {
        var campaignId = new CampaignId(id);
        return await db.Campaigns.FirstOrDefaultAsync(c => c.Id == campaignId, ct) ?? throw new NotFoundException("Campaign", id);
    }
}
