using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.Api.Contracts;
using Microsoft.AspNetCore.Components;

namespace Crm.Web.Services;

/// <summary>The UI's only way to the API. A 401 sends the user to sign in; any other failure is an <see cref="ApiProblem"/>.</summary>
public sealed class CrmApi(HttpClient http, NavigationManager navigation)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public Task<CurrentUser> LoginAsync(string email, string password) => PostAsync<CurrentUser>("api/auth/login", new LoginRequest(email, password), redirectOn401: false);

    public async Task LogoutAsync() => await SendAsync(HttpMethod.Post, "api/auth/logout", null);

    public async Task<CurrentUser?> MeAsync()
    {
        var response = await http.GetAsync("api/auth/me");
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<CurrentUser>(Json) : null;
    }

    public Task<PagedResult<CustomerSummary>> CustomersAsync() => GetAsync<PagedResult<CustomerSummary>>("api/customers?pageSize=200");

    public Task<PagedResult<ProductSummary>> ProductsAsync() => GetAsync<PagedResult<ProductSummary>>("api/products?pageSize=200");

    public Task<PagedResult<QuoteSummary>> QuotesAsync(int page = 1) => GetAsync<PagedResult<QuoteSummary>>($"api/quotes?page={page}&pageSize=25");

    public Task<QuoteResponse> QuoteAsync(long id) => GetAsync<QuoteResponse>($"api/quotes/{id}");

    public Task<QuoteResponse> CreateQuoteAsync(QuoteRequest request) => PostAsync<QuoteResponse>("api/quotes", request);

    public Task<QuoteResponse> ReviseQuoteAsync(long id, QuoteRequest request) => ReadAsync<QuoteResponse>(HttpMethod.Put, $"api/quotes/{id}", request);

    public Task<QuoteResponse> QuoteStepAsync(long id, string step) => PostAsync<QuoteResponse>($"api/quotes/{id}/{step}", null);

    public Task<AvailabilityResponse> CheckAsync(AvailabilityRequest request) => PostAsync<AvailabilityResponse>("api/atp/check?explain=true", request);

    public Task<OrderCreatedResponse> ConvertQuoteAsync(long id) => PostAsync<OrderCreatedResponse>($"api/quotes/{id}/convert", null);

    public Task<PagedResult<OrderSummary>> OrdersAsync(int page = 1) => GetAsync<PagedResult<OrderSummary>>($"api/orders?page={page}&pageSize=25");

    /// <summary>The order, with the supply that covers each commitment.</summary>
    public Task<OrderResponse> OrderAsync(long id) => GetAsync<OrderResponse>($"api/orders/{id}?explain=true");

    public Task<ConfirmOrderResponse> ConfirmOrderAsync(long id) => PostAsync<ConfirmOrderResponse>($"api/orders/{id}/confirm", null);

    /// <summary>Lines whose promise moved or is short: a rep's own, every one for the order desk; of one customer or
    /// one item when given.</summary>
    public Task<PagedResult<AtRiskLineResponse>> AtRiskAsync(int page = 1, string? customer = null, string? item = null) =>
        GetAsync<PagedResult<AtRiskLineResponse>>($"api/promises/at-risk?page={page}&pageSize=25{Filter("customer", customer)}{Filter("item", item)}");

    private static string Filter(string name, string? value) =>
        FilterText.Normalized(value) is { } text ? $"&{name}={Uri.EscapeDataString(text)}" : "";

    public async Task AcknowledgeRiskAsync(long orderId, int lineNumber) =>
        await SendAsync(HttpMethod.Post, $"api/orders/{orderId}/lines/{lineNumber}/acknowledge-risk", null);

    public Task<ErpStatusResponse> ErpStatusAsync() => GetAsync<ErpStatusResponse>("api/erp/status");

    public Task<PagedResult<RejectionResponse>> RejectionsAsync() => GetAsync<PagedResult<RejectionResponse>>("api/erp/rejections?pageSize=50");

    public Task<List<DeadLetterResponse>> DeadLettersAsync() => GetAsync<List<DeadLetterResponse>>("api/erp/dead-letters");

    public async Task RetryDeadLetterAsync(Guid id) => await SendAsync(HttpMethod.Post, $"api/erp/dead-letters/{id}/retry", null);

    private Task<T> GetAsync<T>(string url) => ReadAsync<T>(HttpMethod.Get, url, null);

    private Task<T> PostAsync<T>(string url, object? body, bool redirectOn401 = true) => ReadAsync<T>(HttpMethod.Post, url, body, redirectOn401);

    private async Task<T> ReadAsync<T>(HttpMethod method, string url, object? body, bool redirectOn401 = true)
    {
        var response = await SendAsync(method, url, body, redirectOn401);
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, object? body, bool redirectOn401 = true)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body, options: Json) };
        var response = await http.SendAsync(request);
        if (response.IsSuccessStatusCode) return response;
        if (response.StatusCode == HttpStatusCode.Unauthorized && redirectOn401) SendToSignIn(navigation);
        throw await ProblemAsync(response);
    }

    /// <summary>To the sign-in page, coming back here afterwards.</summary>
    public static void SendToSignIn(NavigationManager navigation)
    {
        var here = navigation.ToBaseRelativePath(navigation.Uri);
        if (here.StartsWith("login", StringComparison.Ordinal)) return;
        navigation.NavigateTo($"login?returnUrl={Uri.EscapeDataString(here)}");
    }

    private static async Task<ApiProblem> ProblemAsync(HttpResponseMessage response)
    {
        ProblemBody? problem = null;
        try
        {
            problem = await response.Content.ReadFromJsonAsync<ProblemBody>(Json);
        }
        catch (JsonException)
        {
            // Not a problem-details body: the status says enough.
        }
        return new ApiProblem((int)response.StatusCode, problem?.Title ?? response.ReasonPhrase ?? "Request failed", problem?.Detail,
            problem?.Errors ?? new Dictionary<string, string[]>());
    }

    private sealed record ProblemBody(string? Title, string? Detail, Dictionary<string, string[]>? Errors);
}
