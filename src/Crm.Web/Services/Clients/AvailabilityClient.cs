using System.Net.Http.Json;
using Crm.Contracts;

namespace Crm.Web.Services;

/// <summary>Availability checks and the ATP explorer (Sales).</summary>
public sealed class AvailabilityClient(ApiTransport api) : ApiClient(api)
{
    public Task<AvailabilityResponse> CheckAsync(AvailabilityRequest request, CancellationToken ct = default) =>
        ReadAsync<AvailabilityResponse>(HttpMethod.Post, "api/atp/check?explain=true", request, ct: ct);

    public Task<AtpExplorerResponse> ExplorerAsync(string item, string? plant) =>
        GetAsync<AtpExplorerResponse>($"api/atp/explorer?item={Uri.EscapeDataString(item)}{Filter("plant", plant)}");
}
