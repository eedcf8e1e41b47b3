using System.Net;
using System.Net.Http.Json;
using Crm.Contracts;

namespace Crm.Api.Tests.Infrastructure;

/// <summary>The pipeline and activity API as a rep's client calls it: typed requests, typed answers.</summary>
public static class PipelineClient
{
    public static Task<HttpResponseMessage> TryCreateLeadAsync(this HttpClient client, LeadRequest lead) => client.PostAsJsonAsync("/api/leads", lead);

    public static Task<LeadResponse> CreateLeadAsync(this HttpClient client, LeadRequest lead) => client.PostAsync<LeadResponse>("/api/leads", lead, HttpStatusCode.Created);

    public static Task<LeadResponse> LeadAsync(this HttpClient client, long id) => client.GetAsync<LeadResponse>($"/api/leads/{id}");

    public static Task<HttpResponseMessage> TryConvertAsync(this HttpClient client, long leadId, LeadConversionRequest request) =>
        client.PostAsJsonAsync($"/api/leads/{leadId}/convert", request);

    public static Task<HttpResponseMessage> TrySetLeadStatusAsync(this HttpClient client, long leadId, string status, string? reason = null) =>
        client.PostAsJsonAsync($"/api/leads/{leadId}/status", new LeadStatusRequest(status, reason));

    public static Task<OpportunityResponse> CreateOpportunityAsync(this HttpClient client, OpportunityRequest request) =>
        client.PostAsync<OpportunityResponse>("/api/opportunities", request, HttpStatusCode.Created);

    public static Task<OpportunityResponse> OpportunityAsync(this HttpClient client, long id) => client.GetAsync<OpportunityResponse>($"/api/opportunities/{id}");

    public static Task<HttpResponseMessage> TryChangeOpportunityAsync(this HttpClient client, long id, OpportunityPatch patch) =>
        client.PatchAsJsonAsync($"/api/opportunities/{id}", patch);

    public static async Task<OpportunityResponse> ChangeOpportunityAsync(this HttpClient client, long id, OpportunityPatch patch) =>
        await (await client.TryChangeOpportunityAsync(id, patch)).ReadAsync<OpportunityResponse>();

    public static Task<ForecastResponse> ForecastAsync(this HttpClient client, string period, long? team = null) =>
        client.GetAsync<ForecastResponse>($"/api/forecast?period={period}" + (team is { } t ? $"&team={t}" : ""));

    public static Task<BoardResponse> BoardAsync(this HttpClient client) => client.GetAsync<BoardResponse>("/api/opportunities/board");

    public static Task<ActivityResponse> PlanAsync(this HttpClient client, ActivityRequest request) =>
        client.PostAsync<ActivityResponse>("/api/activities", request, HttpStatusCode.Created);

    public static Task<AgendaResponse> AgendaAsync(this HttpClient client) => client.GetAsync<AgendaResponse>("/api/activities/agenda");

    public static Task<CampaignResponse> CampaignAsync(this HttpClient client, long id) => client.GetAsync<CampaignResponse>($"/api/campaigns/{id}");

    /// <summary>The app's clock: ERP "today" at the real time of day.</summary>
    public static DateTimeOffset Now => new DateTimeOffset(ErpData.Today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) + DateTime.UtcNow.TimeOfDay;
}
