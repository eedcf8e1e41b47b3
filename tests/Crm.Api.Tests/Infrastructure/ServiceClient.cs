using System.Net;
using System.Net.Http.Json;
using Crm.Contracts;

namespace Crm.Api.Tests.Infrastructure;

/// <summary>The service desk's API as an agent's client calls it: typed requests, typed answers.</summary>
public static class ServiceClient
{
    public static Task<CaseResponse> OpenCaseAsync(this HttpClient client, CaseRequest request) =>
        client.PostAsync<CaseResponse>("/api/cases", request, HttpStatusCode.Created);

    public static Task<HttpResponseMessage> TryOpenCaseAsync(this HttpClient client, CaseRequest request) => client.PostAsJsonAsync("/api/cases", request);

    public static Task<CaseResponse> CaseAsync(this HttpClient client, long id) => client.GetAsync<CaseResponse>($"/api/cases/{id}");

    public static Task<PagedResult<CaseSummary>> CasesAsync(this HttpClient client, string query = "") => client.GetAsync<PagedResult<CaseSummary>>($"/api/cases{query}");

    public static Task<CaseResponse> AnswerAsync(this HttpClient client, long id, string text, bool isPublic = true) =>
        client.PostAsync<CaseResponse>($"/api/cases/{id}/comments", new CaseCommentRequest(text, isPublic), HttpStatusCode.Created);

    public static Task<CaseResponse> MoveCaseAsync(this HttpClient client, long id, string status, string? comment = null) =>
        client.PostAsync<CaseResponse>($"/api/cases/{id}/status", new CaseStatusRequest(status, comment));

    public static Task<HttpResponseMessage> TryMoveCaseAsync(this HttpClient client, long id, string status) =>
        client.PostAsJsonAsync($"/api/cases/{id}/status", new CaseStatusRequest(status));

    public static Task<SlaRunResponse> RunSlaAsync(this HttpClient client) => client.PostAsync<SlaRunResponse>("/api/service/sla/run", null);

    public static Task<ServiceSettingsResponse> SetServiceSettingsAsync(this HttpClient client, ServiceSettingsRequest request) =>
        client.PutAsync<ServiceSettingsResponse>("/api/service/settings", request);

    public static Task<LookupResponse> LookupPhoneAsync(this HttpClient client, string phone) =>
        client.GetAsync<LookupResponse>($"/api/lookup?phone={Uri.EscapeDataString(phone)}");

    /// <summary>The mail gateway hands the desk a mail (as message/rfc822).</summary>
    public static async Task<HttpResponseMessage> DeliverMailAsync(this HttpClient client, MimeKit.MimeMessage mail)
    {
        using var raw = new MemoryStream();
        await mail.WriteToAsync(raw);
        using var content = new ByteArrayContent(raw.ToArray());
        content.Headers.ContentType = new("message/rfc822");
        return await client.PostAsync("/api/service/inbound-mail", content);
    }

    public static Task<LookupResponse> LookupEmailAsync(this HttpClient client, string email) =>
        client.GetAsync<LookupResponse>($"/api/lookup?email={Uri.EscapeDataString(email)}");

    public static Task<ArticleResponse> WriteArticleAsync(this HttpClient client, ArticleRequest request) =>
        client.PostAsync<ArticleResponse>("/api/articles", request, HttpStatusCode.Created);

    public static async Task<ArticleResponse> PublishAsync(this HttpClient client, long articleId) =>
        await (await client.PatchAsJsonAsync($"/api/articles/{articleId}", new ArticlePatch(Status: "Published"))).ReadAsync<ArticleResponse>();

    public static Task<List<ArticleSuggestion>> SuggestionsAsync(this HttpClient client, long caseId) =>
        client.GetAsync<List<ArticleSuggestion>>($"/api/articles/suggestions?caseId={caseId}");

    public static Task<PagedResult<NotificationResponse>> NotificationsAsync(this HttpClient client) =>
        client.GetAsync<PagedResult<NotificationResponse>>("/api/notifications");

    /// <summary>Every day, all day, in Europe/Berlin: business time is real time, so a moved clock breaches exactly.
    /// Normal: first response 20 h, resolution 48 h; the second level at 1.5 × the target.</summary>
    public static ServiceSettingsRequest RoundTheClock => new("Europe/Berlin",
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], "00:00", 1440, [], 0.75, 1.5, true, 14,
        [new("Urgent", null, 60, 240), new("High", null, 600, 1440), new("Normal", null, 1200, 2880), new("Low", null, 2400, 5760)]);
}
