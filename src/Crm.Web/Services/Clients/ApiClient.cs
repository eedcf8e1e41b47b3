namespace Crm.Web.Services;

/// <summary>What an area's client says to the API through the one transport.</summary>
public abstract class ApiClient(ApiTransport api)
{
    protected static System.Text.Json.JsonSerializerOptions Json => ApiTransport.Json;

    protected HttpClient Http => api.Http;

    protected ApiEvents Events => api.Events;

    protected static string Filter(string name, string? value) => ApiTransport.Filter(name, value);

    protected static string WithQuery(string path, params (string Name, string? Value)[] filters) => ApiTransport.WithQuery(path, filters);

    protected static string List(ListQuery query) => ApiTransport.List(query);

    protected Task<T> GetAsync<T>(string url) => api.GetAsync<T>(url);

    protected Task<T> PostAsync<T>(string url, object? body, bool signInAgain = true) => api.PostAsync<T>(url, body, signInAgain);

    protected Task<T> ReadAsync<T>(
        HttpMethod method, string url, object? body, bool signInAgain = true, IReadOnlyList<(string, string)>? headers = null, CancellationToken ct = default) =>
        api.ReadAsync<T>(method, url, body, signInAgain, headers, ct);

    protected Task<HttpResponseMessage> SendAsync(
        HttpMethod method, string url, object? body, bool signInAgain = true, IReadOnlyList<(string Name, string Value)>? headers = null,
        CancellationToken ct = default) =>
        api.SendAsync(method, url, body, signInAgain, headers, ct);
}

public static class ApiClients
{
    /// <summary>The transport and one typed client per area, all per session.</summary>
    public static IServiceCollection AddApiClients(this IServiceCollection services) =>
        services.AddScoped<ApiTransport>()
            .AddScoped<AccessClient>().AddScoped<InsightsClient>().AddScoped<AccountsClient>().AddScoped<CatalogClient>()
            .AddScoped<QuotesClient>().AddScoped<AvailabilityClient>().AddScoped<OrdersClient>().AddScoped<ErpClient>()
            .AddScoped<PipelineClient>().AddScoped<ActivitiesClient>().AddScoped<ServiceClient>().AddScoped<PortalClient>();
}
