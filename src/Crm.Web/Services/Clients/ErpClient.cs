using System.Net.Http.Json;
using Crm.Contracts;

namespace Crm.Web.Services;

/// <summary>The ERP: sync, rejections and dead letters (Integration).</summary>
public sealed class ErpClient(ApiTransport api) : ApiClient(api)
{
    public Task<ErpStatusResponse> ErpStatusAsync() => GetAsync<ErpStatusResponse>("api/erp/status");

    public Task<SyncResponse> SyncErpAsync() => PostAsync<SyncResponse>("api/erp/sync", null);

    public Task<PagedResult<RejectionResponse>> RejectionsAsync(int page, int pageSize) =>
        GetAsync<PagedResult<RejectionResponse>>($"api/erp/rejections?page={page}&pageSize={pageSize}");

    public Task<List<DeadLetterResponse>> DeadLettersAsync() => GetAsync<List<DeadLetterResponse>>("api/erp/dead-letters");

    public async Task RetryDeadLetterAsync(Guid id) => await SendAsync(HttpMethod.Post, $"api/erp/dead-letters/{id}/retry", null);
}
