using System.Net.Http.Json;
using Crm.Contracts;

namespace Crm.Web.Services;

/// <summary>Quotes and their approvals (Sales).</summary>
public sealed class QuotesClient(ApiTransport api) : ApiClient(api)
{
    public Task<PagedResult<QuoteSummary>> QuotesAsync(ListQuery query, bool expiring = false) =>
        GetAsync<PagedResult<QuoteSummary>>($"api/quotes?{List(query)}{(expiring ? "&expiring=true" : "")}");

    public Task<QuoteResponse> QuoteAsync(long id) => GetAsync<QuoteResponse>($"api/quotes/{id}");

    public Task<QuoteResponse> CreateQuoteAsync(QuoteRequest request) => PostAsync<QuoteResponse>("api/quotes", request);

    public Task<QuoteResponse> ReviseQuoteAsync(long id, QuoteRequest request) => ReadAsync<QuoteResponse>(HttpMethod.Put, $"api/quotes/{id}", request);

    public Task<QuoteResponse> SendQuoteAsync(long id, QuoteSendRequest request) => PostAsync<QuoteResponse>($"api/quotes/{id}/send", request);

    public Task<List<QuoteEventResponse>> QuoteEventsAsync(long id) => GetAsync<List<QuoteEventResponse>>($"api/quotes/{id}/events");

    public Task<QuoteResponse> AcceptQuoteAsync(long id) => PostAsync<QuoteResponse>($"api/quotes/{id}/accept", null);

    public Task<QuoteResponse> DeclineQuoteAsync(long id) => PostAsync<QuoteResponse>($"api/quotes/{id}/decline", null);

    public Task<OrderCreatedResponse> ConvertQuoteAsync(long id) => PostAsync<OrderCreatedResponse>($"api/quotes/{id}/convert", null);

    public Task<QuoteResponse> SubmitQuoteAsync(long id) => PostAsync<QuoteResponse>($"api/quotes/{id}/submit", null);

    public Task<QuoteResponse> ApproveQuoteAsync(long id, string? comment) => PostAsync<QuoteResponse>($"api/quotes/{id}/approve", new ApprovalDecisionRequest(comment));

    public Task<QuoteResponse> RejectQuoteAsync(long id, string? comment) => PostAsync<QuoteResponse>($"api/quotes/{id}/reject", new ApprovalDecisionRequest(comment));

    public Task<QuoteResponse> CopyQuoteAsync(long id) => PostAsync<QuoteResponse>($"api/quotes/{id}/copy", null);

    public Task<List<QuoteVersionSummary>> QuoteVersionsAsync(long id) => GetAsync<List<QuoteVersionSummary>>($"api/quotes/{id}/versions");

    /// <summary>The address of the quote's PDF, for a link the browser opens.</summary>
    public static string QuotePdfPath(long id) => $"api/quotes/{id}/pdf";

    public Task<PagedResult<ApprovalSummary>> ApprovalsAsync(int page = 1, int pageSize = 25) =>
        GetAsync<PagedResult<ApprovalSummary>>($"api/approvals?page={page}&pageSize={pageSize}");
}
