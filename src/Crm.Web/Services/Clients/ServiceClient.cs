using System.Net.Http.Json;
using Crm.Contracts;

namespace Crm.Web.Services;

/// <summary>Cases, the caller lookup and the knowledge base (Service).</summary>
public sealed class ServiceClient(ApiTransport api) : ApiClient(api)
{
    public Task<PagedResult<CaseSummary>> CasesAsync(params (string Name, string? Value)[] filters) =>
        GetAsync<PagedResult<CaseSummary>>(WithQuery("api/cases", filters));

    public Task<CaseResponse> CaseAsync(long id) => GetAsync<CaseResponse>($"api/cases/{id}");

    public Task<CaseResponse> OpenCaseAsync(CaseRequest request) => PostAsync<CaseResponse>("api/cases", request);

    public Task<CaseResponse> CommentCaseAsync(long id, CaseCommentRequest request) => PostAsync<CaseResponse>($"api/cases/{id}/comments", request);

    public Task<CaseResponse> MoveCaseAsync(long id, CaseStatusRequest request) => PostAsync<CaseResponse>($"api/cases/{id}/status", request);

    public Task<CaseResponse> EscalateCaseAsync(long id, string? reason) => PostAsync<CaseResponse>($"api/cases/{id}/escalate", new CaseEscalationRequest(reason));

    public Task<CaseResponse> ChangeCaseAsync(long id, CasePatch patch) => ReadAsync<CaseResponse>(HttpMethod.Patch, $"api/cases/{id}", patch);

    public static string CaseFilePath(long caseId, long fileId) => $"api/cases/{caseId}/attachments/{fileId}";

    public Task<CaseAttachmentResponse> AddCaseFileAsync(long caseId, string fileName, byte[] content, bool isPublic) =>
        PostAsync<CaseAttachmentResponse>($"api/cases/{caseId}/attachments?fileName={Uri.EscapeDataString(fileName)}&public={(isPublic ? "true" : "false")}",
            new ByteArrayContent(content));

    public Task<CaseResponse> LinkArticleAsync(long id, CaseArticleRequest request) => PostAsync<CaseResponse>($"api/cases/{id}/articles", request);

    public Task<List<ArticleSuggestion>> SuggestionsAsync(long caseId) => GetAsync<List<ArticleSuggestion>>($"api/articles/suggestions?caseId={caseId}");

    public Task<LookupResponse> LookupAsync(string? phone, string? email) => GetAsync<LookupResponse>(WithQuery("api/lookup", ("phone", phone), ("email", email)));

    public Task<PagedResult<ArticleSummary>> ArticlesAsync(string? search, int page = 1, int pageSize = 20) =>
        GetAsync<PagedResult<ArticleSummary>>(WithQuery("api/articles", ("search", search), ("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("pageSize", pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    public Task<ArticleResponse> ArticleAsync(long id) => GetAsync<ArticleResponse>($"api/articles/{id}");

    public Task<ArticleResponse> WriteArticleAsync(ArticleRequest request) => PostAsync<ArticleResponse>("api/articles", request);

    public Task<ArticleResponse> ChangeArticleAsync(long id, ArticlePatch patch) => ReadAsync<ArticleResponse>(HttpMethod.Patch, $"api/articles/{id}", patch);
}
