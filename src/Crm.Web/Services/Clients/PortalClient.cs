using System.Net.Http.Json;
using Crm.Contracts;

namespace Crm.Web.Services;

/// <summary>The customer portal (Portal).</summary>
public sealed class PortalClient(ApiTransport api) : ApiClient(api)
{
    public Task<PortalMe> PortalMeAsync() => GetAsync<PortalMe>("api/portal/me");

    public Task<PagedResult<PortalOrderSummary>> PortalOrdersAsync(int page, int pageSize, string? status = null, string? search = null) =>
        GetAsync<PagedResult<PortalOrderSummary>>(WithQuery("api/portal/orders", ("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("pageSize", pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("status", status), ("search", search)));

    public Task<PortalOrderResponse> PortalOrderAsync(long id) => GetAsync<PortalOrderResponse>($"api/portal/orders/{id}");

    public Task<PortalReorderResponse> ReorderAsync(long id, PortalReorderRequest request) => PostAsync<PortalReorderResponse>($"api/portal/orders/{id}/reorder", request);

    public Task<PagedResult<PortalQuoteSummary>> PortalQuotesAsync(int page, int pageSize, string? status = null) =>
        GetAsync<PagedResult<PortalQuoteSummary>>(WithQuery("api/portal/quotes", ("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("pageSize", pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("status", status)));

    public Task<PortalQuoteResponse> PortalQuoteAsync(long id) => GetAsync<PortalQuoteResponse>($"api/portal/quotes/{id}");

    public static string PortalQuotePdfPath(long id) => $"api/portal/quotes/{id}/pdf";

    /// <summary>Accepts with the dates the token stands for; a 409 says they moved (read the quote again for the new ones).</summary>
    public Task<PortalQuoteAccepted> AcceptPortalQuoteAsync(long id, PortalQuoteAcceptance acceptance) =>
        PostAsync<PortalQuoteAccepted>($"api/portal/quotes/{id}/accept", acceptance);

    public async Task DeclinePortalQuoteAsync(long id, string? reason) =>
        (await SendAsync(HttpMethod.Post, $"api/portal/quotes/{id}/decline", new PortalQuoteDecline(reason))).Dispose();

    public async Task AskAboutPortalQuoteAsync(long id, string? text) =>
        (await SendAsync(HttpMethod.Post, $"api/portal/quotes/{id}/questions", new PortalQuoteQuestion(text))).Dispose();

    public Task<PagedResult<PortalInvoice>> PortalInvoicesAsync(int page, int pageSize) =>
        GetAsync<PagedResult<PortalInvoice>>($"api/portal/invoices?page={page}&pageSize={pageSize}");

    public Task<PagedResult<PortalCaseSummary>> PortalCasesAsync(int page, int pageSize) =>
        GetAsync<PagedResult<PortalCaseSummary>>($"api/portal/cases?page={page}&pageSize={pageSize}");

    public Task<CaseResponse> PortalCaseAsync(long id) => GetAsync<CaseResponse>($"api/portal/cases/{id}");

    public Task<CaseResponse> OpenPortalCaseAsync(PortalCaseRequest request) => PostAsync<CaseResponse>("api/portal/cases", request);

    public static string PortalCaseFilePath(long caseId, long fileId) => $"api/portal/cases/{caseId}/attachments/{fileId}";

    public Task<CaseAttachmentResponse> AddPortalCaseFileAsync(long caseId, string fileName, byte[] content) =>
        PostAsync<CaseAttachmentResponse>($"api/portal/cases/{caseId}/attachments?fileName={Uri.EscapeDataString(fileName)}", new ByteArrayContent(content));

    public Task<CaseResponse> ReplyPortalCaseAsync(long id, string? text) => PostAsync<CaseResponse>($"api/portal/cases/{id}/comments", new PortalReplyRequest(text));

    public Task<PagedResult<ArticleSummary>> PortalArticlesAsync(string? search) => GetAsync<PagedResult<ArticleSummary>>(WithQuery("api/portal/articles", ("search", search)));

    public Task<ArticleResponse> PortalArticleAsync(long id) => GetAsync<ArticleResponse>($"api/portal/articles/{id}");
}
