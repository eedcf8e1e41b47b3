using System.Net.Http.Json;
using Crm.Contracts;

namespace Crm.Web.Services;

/// <summary>Leads, campaigns, deals and the forecast (Pipeline).</summary>
public sealed class PipelineClient(ApiTransport api) : ApiClient(api)
{
    public Task<PagedResult<LeadSummary>> LeadsAsync(ListQuery query) => GetAsync<PagedResult<LeadSummary>>($"api/leads?{List(query)}");

    public Task<LeadResponse> LeadAsync(long id) => GetAsync<LeadResponse>($"api/leads/{id}");

    public Task<LeadResponse> CreateLeadAsync(LeadRequest request) => PostAsync<LeadResponse>("api/leads", request);

    public Task<List<DuplicateCandidate>> LeadDuplicatesAsync(long id) => GetAsync<List<DuplicateCandidate>>($"api/leads/{id}/duplicates");

    public Task<LeadResponse> SetLeadStatusAsync(long id, string status, string? reason) =>
        PostAsync<LeadResponse>($"api/leads/{id}/status", new LeadStatusRequest(status, reason));

    public Task<LeadConversionResponse> ConvertLeadAsync(long id, LeadConversionRequest request) => PostAsync<LeadConversionResponse>($"api/leads/{id}/convert", request);

    public Task<PagedResult<CampaignResponse>> CampaignsAsync(ListQuery query) => GetAsync<PagedResult<CampaignResponse>>($"api/campaigns?{List(query)}");

    public Task<CampaignResponse> CampaignAsync(long id) => GetAsync<CampaignResponse>($"api/campaigns/{id}");

    public Task<CampaignResponse> PlanCampaignAsync(CampaignRequest campaign) => PostAsync<CampaignResponse>("api/campaigns", campaign);

    public Task<CampaignResponse> MoveCampaignAsync(long id, string status) => PostAsync<CampaignResponse>($"api/campaigns/{id}/status", new CampaignStatusRequest(status));

    public Task<PagedResult<LeadSummary>> LeadsOfCampaignAsync(long campaignId, string? status, int page, int pageSize) =>
        GetAsync<PagedResult<LeadSummary>>(WithQuery("api/leads", ("campaignId", campaignId.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("status", status),
            ("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("pageSize", pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    public Task<List<StageResponse>> StagesAsync() => GetAsync<List<StageResponse>>("api/opportunity-stages");

    public Task<PagedResult<OpportunitySummary>> OpportunitiesAsync(params (string Name, string? Value)[] filters) =>
        GetAsync<PagedResult<OpportunitySummary>>(WithQuery("api/opportunities", filters));

    public Task<BoardResponse> BoardAsync(string? owner = null) => GetAsync<BoardResponse>(WithQuery("api/opportunities/board", ("owner", owner)));

    public Task<OpportunityResponse> OpportunityAsync(long id) => GetAsync<OpportunityResponse>($"api/opportunities/{id}");

    public Task<OpportunityResponse> ChangeOpportunityAsync(long id, OpportunityPatch patch) => ReadAsync<OpportunityResponse>(HttpMethod.Patch, $"api/opportunities/{id}", patch);

    public Task<QuoteResponse> QuoteOpportunityAsync(long id) => PostAsync<QuoteResponse>($"api/opportunities/{id}/quote", null);

    /// <param name="period">yyyy-MM; none for the server's current month.</param>
    public Task<ForecastResponse> ForecastAsync(string? period, long? team = null) =>
        GetAsync<ForecastResponse>(WithQuery("api/forecast", ("period", period), ("team", team?.ToString(System.Globalization.CultureInfo.InvariantCulture))));
}
