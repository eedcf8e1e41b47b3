using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.Contracts;
using Microsoft.AspNetCore.Components;

namespace Crm.Web.Services;

/// <summary>One page of a list as the grids ask for it: filters, sort and paging all go to the API.</summary>
public sealed record ListQuery(int Page = 1, int PageSize = 25, string? Search = null, string? Status = null, string? Customer = null, string? Sort = null);

/// <summary>The UI's only way to the API, typed. A lost connection is retried for reads and reported; an ended
/// session asks the user to sign in again and goes on; any other failure is an <see cref="ApiProblem"/>.</summary>
public sealed class CrmApi(HttpClient http, NavigationManager navigation, ApiEvents events)
{
    /// <summary>The version each document was last read or changed at (its ETag), by the document's address: a
    /// replacement of it (PUT) is sent with If-Match, so one made from an old read is refused instead of overwriting.</summary>
    private readonly Dictionary<string, string> _versions = [];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private static readonly TimeSpan[] ReadRetries = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8)];

    // Sign-in and session
    public Task<CurrentUser> LoginAsync(string email, string password) => PostAsync<CurrentUser>("api/auth/login", new LoginRequest(email, password), signInAgain: false);

    public async Task LogoutAsync() => await SendAsync(HttpMethod.Post, "api/auth/logout", null, signInAgain: false);

    public async Task<CurrentUser?> MeAsync()
    {
        try
        {
            var response = await http.GetAsync("api/auth/me");
            events.Connection(offline: false);
            return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<CurrentUser>(Json) : null;
        }
        catch (HttpRequestException)
        {
            events.Connection(offline: true);
            throw ApiProblem.NoConnection();
        }
    }

    // Home and search
    public Task<DashboardResponse> DashboardAsync() => GetAsync<DashboardResponse>("api/dashboard");

    public Task<SearchResponse> SearchAsync(string text) => GetAsync<SearchResponse>($"api/search?q={Uri.EscapeDataString(text)}");

    // Customers and products
    public Task<PagedResult<CustomerSummary>> CustomersAsync(string? search, int pageSize = 20) =>
        GetAsync<PagedResult<CustomerSummary>>($"api/customers?pageSize={pageSize}{Filter("search", search)}");

    public Task<CustomerSummary> CustomerAsync(string number) => GetAsync<CustomerSummary>($"api/customers/{Uri.EscapeDataString(number)}");

    public Task<PagedResult<ProductSummary>> ProductsAsync(string? search, int pageSize = 20) =>
        GetAsync<PagedResult<ProductSummary>>($"api/products?pageSize={pageSize}{Filter("search", search)}");

    // Quotes
    public Task<PagedResult<QuoteSummary>> QuotesAsync(ListQuery query) => GetAsync<PagedResult<QuoteSummary>>($"api/quotes?{List(query)}");

    public Task<QuoteResponse> QuoteAsync(long id) => GetAsync<QuoteResponse>($"api/quotes/{id}");

    public Task<QuoteResponse> CreateQuoteAsync(QuoteRequest request) => PostAsync<QuoteResponse>("api/quotes", request);

    public Task<QuoteResponse> ReviseQuoteAsync(long id, QuoteRequest request) => ReadAsync<QuoteResponse>(HttpMethod.Put, $"api/quotes/{id}", request);

    public Task<QuoteResponse> SendQuoteAsync(long id) => PostAsync<QuoteResponse>($"api/quotes/{id}/send", null);

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

    // Price lists
    public Task<PagedResult<PriceListSummary>> PriceListsAsync(ListQuery query) => GetAsync<PagedResult<PriceListSummary>>($"api/price-lists?{List(query)}");

    public Task<PriceListResponse> PriceListAsync(long id) => GetAsync<PriceListResponse>($"api/price-lists/{id}");

    public Task<PriceListResponse> CreatePriceListAsync(PriceListRequest request) => PostAsync<PriceListResponse>("api/price-lists", request);

    public Task<PriceListResponse> UpdatePriceListAsync(long id, PriceListRequest request) => ReadAsync<PriceListResponse>(HttpMethod.Put, $"api/price-lists/{id}", request);

    public async Task<PriceListImportResponse> ImportPriceListLinesAsync(long id, string csv, bool applyValidRows)
    {
        using var response = await SendAsync(HttpMethod.Post, $"api/price-lists/{id}/lines/import?applyValidRows={(applyValidRows ? "true" : "false")}",
            new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"));
        return (await response.Content.ReadFromJsonAsync<PriceListImportResponse>(Json))!;
    }

    // Teams, users and the audit
    public Task<PagedResult<TeamResponse>> TeamsAsync(int page = 1, int pageSize = 50) => GetAsync<PagedResult<TeamResponse>>($"api/teams?page={page}&pageSize={pageSize}");

    public Task<TeamResponse> CreateTeamAsync(TeamRequest request) => PostAsync<TeamResponse>("api/teams", request);

    public Task<TeamResponse> UpdateTeamAsync(long id, TeamRequest request) => ReadAsync<TeamResponse>(HttpMethod.Put, $"api/teams/{id}", request);

    public Task<PagedResult<UserResponse>> UsersAsync(int page = 1, int pageSize = 50, string? search = null) =>
        GetAsync<PagedResult<UserResponse>>($"api/users?page={page}&pageSize={pageSize}{Filter("search", search)}");

    public Task<UserResponse> CreateUserAsync(UserRequest request) => PostAsync<UserResponse>("api/users", request);

    public Task<CustomerSummary> AssignCustomerAsync(string customer, CustomerAssignmentRequest request) =>
        ReadAsync<CustomerSummary>(HttpMethod.Put, $"api/customers/{Uri.EscapeDataString(customer)}/assignment", request);

    public Task<PagedResult<AuditEntryResponse>> AuditAsync(string entity, string id, int page = 1, int pageSize = 20) =>
        GetAsync<PagedResult<AuditEntryResponse>>($"api/audit?entity={entity}&id={Uri.EscapeDataString(id)}&page={page}&pageSize={pageSize}");

    // Availability
    public Task<AvailabilityResponse> CheckAsync(AvailabilityRequest request, CancellationToken ct = default) =>
        ReadAsync<AvailabilityResponse>(HttpMethod.Post, "api/atp/check?explain=true", request, ct: ct);

    public Task<AtpExplorerResponse> ExplorerAsync(string item, string? plant) =>
        GetAsync<AtpExplorerResponse>($"api/atp/explorer?item={Uri.EscapeDataString(item)}{Filter("plant", plant)}");

    // Orders
    public Task<PagedResult<OrderSummary>> OrdersAsync(ListQuery query) => GetAsync<PagedResult<OrderSummary>>($"api/orders?{List(query)}");

    /// <summary>The order, with the supply that covers each commitment.</summary>
    public Task<OrderResponse> OrderAsync(long id) => GetAsync<OrderResponse>($"api/orders/{id}?explain=true");

    public Task<IReadOnlyList<PromiseChangeResponse>> PromiseChangesAsync(long id) => GetAsync<IReadOnlyList<PromiseChangeResponse>>($"api/orders/{id}/promise-changes");

    public Task<OrderCreatedResponse> CreateOrderAsync(AvailabilityRequest request, string idempotencyKey) =>
        ReadAsync<OrderCreatedResponse>(HttpMethod.Post, "api/orders", request, headers: [("Idempotency-Key", idempotencyKey)]);

    public Task<ConfirmOrderResponse> ConfirmOrderAsync(long id) => PostAsync<ConfirmOrderResponse>($"api/orders/{id}/confirm", null);

    public Task<OrderResponse> ChangeQuantityAsync(long id, int line, decimal quantity, string? reason) =>
        PostAsync<OrderResponse>($"api/orders/{id}/lines/{line}/quantity", new QuantityChangeRequest(quantity, reason));

    public Task<OrderResponse> ChangeRequestedDateAsync(long id, DateOnly? date, string? reason) =>
        PostAsync<OrderResponse>($"api/orders/{id}/requested-delivery-date", new RequestedDateChangeRequest(date, reason));

    public Task<OrderResponse> CancelLineAsync(long id, int line, string? reason) =>
        PostAsync<OrderResponse>($"api/orders/{id}/lines/{line}/cancel", new CancelRequest(reason));

    public Task<OrderResponse> CancelOrderAsync(long id, string? reason) => PostAsync<OrderResponse>($"api/orders/{id}/cancel", new CancelRequest(reason));

    public Task<PromiseChangeResponse> PromiseByHandAsync(long id, int line, ManualPromiseRequest request) =>
        PostAsync<PromiseChangeResponse>($"api/orders/{id}/lines/{line}/manual-promise", request);

    public Task<OrderResponse> ReleaseCreditHoldAsync(long id, string? reason) =>
        PostAsync<OrderResponse>($"api/orders/{id}/release-credit-hold", new CreditReleaseRequest(reason));

    public Task<OrderResponse> SetPurchaseOrderNumberAsync(long id, string? number) =>
        PostAsync<OrderResponse>($"api/orders/{id}/purchase-order-number", new PurchaseOrderNumberRequest(number));

    public Task<List<TimelineEntry>> TimelineAsync(long id) => GetAsync<List<TimelineEntry>>($"api/orders/{id}/timeline");

    public Task<OrderResponse> AcknowledgeRiskAsync(long orderId, int lineNumber) =>
        PostAsync<OrderResponse>($"api/orders/{orderId}/lines/{lineNumber}/acknowledge-risk", null);

    // Promises at risk and backorders
    /// <summary>Lines whose promise moved or is short: a rep's own, every one for the order desk; of one customer or
    /// one item when given.</summary>
    public Task<PagedResult<AtRiskLineResponse>> AtRiskAsync(int page = 1, int pageSize = 25, string? customer = null, string? item = null) =>
        GetAsync<PagedResult<AtRiskLineResponse>>($"api/promises/at-risk?page={page}&pageSize={pageSize}{Filter("customer", customer)}{Filter("item", item)}");

    public Task<BackorderRunResponse> RunBackordersAsync() => PostAsync<BackorderRunResponse>("api/promises/backorders/run", null);

    // ERP
    public Task<ErpStatusResponse> ErpStatusAsync() => GetAsync<ErpStatusResponse>("api/erp/status");

    public Task<SyncResponse> SyncErpAsync() => PostAsync<SyncResponse>("api/erp/sync", null);

    public Task<PagedResult<RejectionResponse>> RejectionsAsync(int page, int pageSize) =>
        GetAsync<PagedResult<RejectionResponse>>($"api/erp/rejections?page={page}&pageSize={pageSize}");

    public Task<List<DeadLetterResponse>> DeadLettersAsync() => GetAsync<List<DeadLetterResponse>>("api/erp/dead-letters");

    public async Task RetryDeadLetterAsync(Guid id) => await SendAsync(HttpMethod.Post, $"api/erp/dead-letters/{id}/retry", null);

    public Task<PagedResult<AccountSummary>> AccountsAsync(ListQuery query, string? kind = null, string? abcClass = null) =>
        GetAsync<PagedResult<AccountSummary>>($"api/accounts?{List(query)}{Filter("kind", kind)}{Filter("abcClass", abcClass)}");

    public Task<AccountOverview> AccountOverviewAsync(long id) => GetAsync<AccountOverview>($"api/accounts/{id}/overview");

    public Task<ContactResponse> CreateContactAsync(long accountId, ContactRequest contact) => PostAsync<ContactResponse>($"api/accounts/{accountId}/contacts", contact);

    public Task<ContactResponse> ChangeContactAsync(long accountId, long id, ContactPatch patch) =>
        ReadAsync<ContactResponse>(HttpMethod.Patch, $"api/accounts/{accountId}/contacts/{id}", patch);

    public Task<AccountResponse> RequestErpCustomerAsync(long id) => PostAsync<AccountResponse>($"api/accounts/{id}/erp-customer", null);

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

    public Task<AgendaResponse> AgendaAsync() => GetAsync<AgendaResponse>("api/activities/agenda");

    public Task<PagedResult<ActivityResponse>> ActivitiesAsync(string query) => GetAsync<PagedResult<ActivityResponse>>($"api/activities?{query}");

    public Task<ActivityResponse> PlanActivityAsync(ActivityRequest request) => PostAsync<ActivityResponse>("api/activities", request);

    public Task<ActivityCompletedResponse> CompleteActivityAsync(long id, ActivityCompletion completion) =>
        PostAsync<ActivityCompletedResponse>($"api/activities/{id}/complete", completion);

    public Task<CalendarLinkResponse> CalendarLinkAsync() => PostAsync<CalendarLinkResponse>("api/activities/calendar-link", null);

    // Service desk
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

    // Customer portal
    public Task<PortalMe> PortalMeAsync() => GetAsync<PortalMe>("api/portal/me");

    public Task<PagedResult<PortalOrderSummary>> PortalOrdersAsync(int page, int pageSize, string? status = null, string? search = null) =>
        GetAsync<PagedResult<PortalOrderSummary>>(WithQuery("api/portal/orders", ("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("pageSize", pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("status", status), ("search", search)));

    public Task<PortalOrderResponse> PortalOrderAsync(long id) => GetAsync<PortalOrderResponse>($"api/portal/orders/{id}");

    public Task<PortalReorderResponse> ReorderAsync(long id, PortalReorderRequest request) => PostAsync<PortalReorderResponse>($"api/portal/orders/{id}/reorder", request);

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

    private static string Filter(string name, string? value) =>
        string.IsNullOrWhiteSpace(value) ? "" : $"&{name}={Uri.EscapeDataString(value.Trim())}";

    /// <summary>The path with the filters that have a value.</summary>
    private static string WithQuery(string path, params (string Name, string? Value)[] filters)
    {
        var query = string.Concat(filters.Select(f => Filter(f.Name, f.Value)));
        return query.Length == 0 ? path : $"{path}?{query[1..]}";
    }

    private static string List(ListQuery q) =>
        $"page={q.Page}&pageSize={q.PageSize}{Filter("search", q.Search)}{Filter("status", q.Status)}{Filter("customerNumber", q.Customer)}{Filter("sort", q.Sort)}";

    private Task<T> GetAsync<T>(string url) => ReadAsync<T>(HttpMethod.Get, url, null);

    private Task<T> PostAsync<T>(string url, object? body, bool signInAgain = true) => ReadAsync<T>(HttpMethod.Post, url, body, signInAgain);

    private async Task<T> ReadAsync<T>(
        HttpMethod method, string url, object? body, bool signInAgain = true, IReadOnlyList<(string, string)>? headers = null, CancellationToken ct = default)
    {
        using var response = await SendAsync(method, url, body, signInAgain, headers, ct);
        return (await response.Content.ReadFromJsonAsync<T>(Json, ct))!;
    }

    private async Task<HttpResponseMessage> SendAsync(
        HttpMethod method, string url, object? body, bool signInAgain = true, IReadOnlyList<(string Name, string Value)>? headers = null,
        CancellationToken ct = default)
    {
        var signedInAgain = false;
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, url)
            {
                Content = body switch { null => null, HttpContent content => content, _ => JsonContent.Create(body, options: Json) },
            };
            foreach (var (name, value) in headers ?? []) request.Headers.Add(name, value);
            var document = DocumentOf(url);
            // A replacement of a document sends the version it was made from; an action (confirm, change a line) is a
            // change the server weighs against the document as it is now, so the ERP releasing an order in the
            // meantime does not refuse the desk's next change.
            if (method == HttpMethod.Put && document is not null && _versions.TryGetValue(document, out var version))
                request.Headers.TryAddWithoutValidation("If-Match", version);
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, ct);
            }
            catch (HttpRequestException)
            {
                events.Connection(offline: true);
                // Reads are safe to repeat; a change is reported, so the user decides whether to send it again.
                if (method != HttpMethod.Get || attempt >= ReadRetries.Length) throw ApiProblem.NoConnection();
                await Task.Delay(ReadRetries[attempt], ct);
                continue;
            }
            events.Connection(offline: false);
            if (response.IsSuccessStatusCode)
            {
                if (document is not null && response.Headers.ETag is { } etag) _versions[document] = etag.Tag;
                return response;
            }
            if (response.StatusCode == HttpStatusCode.Unauthorized && signInAgain)
            {
                response.Dispose();
                if (!signedInAgain && events.SignInAgain is { } again && await again())
                {
                    signedInAgain = true;
                    continue;
                }
                SendToSignIn(navigation);
                throw new ApiProblem(401, "Signed out", "Your session has ended. Sign in again to go on.", new Dictionary<string, string[]>());
            }
            using (response) throw await ProblemAsync(response);
        }
    }

    /// <summary>The document an address is about ("api/quotes/12/send" is about "api/quotes/12"), for the ones that
    /// keep a version.</summary>
    public static string? DocumentOf(string url)
    {
        var path = url.Split('?')[0].Trim('/');
        var parts = path.Split('/');
        return parts.Length >= 3 && parts[0] == "api" && parts[1] is "quotes" or "orders" or "price-lists" or "teams" or "customers"
            && (parts[1] == "customers" || long.TryParse(parts[2], out _))
            ? string.Join('/', parts[..3])
            : null;
    }

    /// <summary>To the sign-in page (plain HTML, outside the app), coming back here afterwards.</summary>
    public static void SendToSignIn(NavigationManager navigation)
    {
        var here = navigation.ToBaseRelativePath(navigation.Uri);
        navigation.NavigateTo(here.Length == 0 ? "login" : $"login?returnUrl={Uri.EscapeDataString(here)}", forceLoad: true);
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
        var title = response.StatusCode switch
        {
            HttpStatusCode.Forbidden => "Not allowed",
            HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable => "Busy",
            _ => problem?.Title ?? "Request failed",
        };
        var detail = response.StatusCode switch
        {
            HttpStatusCode.Forbidden => "Your role may not do this.",
            _ when (int)response.StatusCode >= 500 && problem?.Detail is null => "The server could not do this just now. Try again in a moment.",
            _ => problem?.Detail,
        };
        return new ApiProblem((int)response.StatusCode, title, detail, problem?.Errors ?? new Dictionary<string, string[]>(), problem?.Candidates);
    }

    private sealed record ProblemBody(string? Title, string? Detail, Dictionary<string, string[]>? Errors, List<DuplicateCandidate>? Candidates);
}
