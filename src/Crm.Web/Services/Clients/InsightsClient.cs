using System.Net.Http.Json;
using Crm.Contracts;

namespace Crm.Web.Services;

/// <summary>The dashboards, global search and the audit reader: reads across the areas.</summary>
public sealed class InsightsClient(ApiTransport api) : ApiClient(api)
{
    public Task<DashboardResponse> DashboardAsync() => GetAsync<DashboardResponse>("api/dashboard");

    public Task<SearchResponse> SearchAsync(string text) => GetAsync<SearchResponse>($"api/search?q={Uri.EscapeDataString(text)}");

    public Task<PagedResult<AuditEntryResponse>> AuditAsync(string entity, string id, int page = 1, int pageSize = 20) =>
        GetAsync<PagedResult<AuditEntryResponse>>($"api/audit?entity={entity}&id={Uri.EscapeDataString(id)}&page={page}&pageSize={pageSize}");
}
