using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.Contracts;
using Microsoft.AspNetCore.Components;

namespace Crm.Web.Services;

/// <summary>One page of a list as the grids ask for it: filters, sort and paging all go to the API.</summary>
public sealed record ListQuery(int Page = 1, int PageSize = 25, string? Search = null, string? Status = null, string? Customer = null, string? Sort = null);

/// <summary>How every area's client reaches the API: a lost connection is retried for reads and reported; an ended
/// session asks the user to sign in again and goes on; any other failure is an <see cref="ApiProblem"/>. One per
/// session, so the versions read (ETags) are shared by all the clients.</summary>
public sealed class ApiTransport(HttpClient http, NavigationManager navigation, ApiEvents events)
{
    /// <summary>The version each document was last read or changed at (its ETag), by the document's address: a
    /// replacement of it (PUT) is sent with If-Match, so one made from an old read is refused instead of overwriting.</summary>
    private readonly Dictionary<string, string> _versions = [];

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public HttpClient Http => http;

    public ApiEvents Events => events;

    private static readonly TimeSpan[] ReadRetries = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8)];

    public static string Filter(string name, string? value) =>
        string.IsNullOrWhiteSpace(value) ? "" : $"&{name}={Uri.EscapeDataString(value.Trim())}";

    /// <summary>The path with the filters that have a value.</summary>
    public static string WithQuery(string path, params (string Name, string? Value)[] filters)
    {
        var query = string.Concat(filters.Select(f => Filter(f.Name, f.Value)));
        return query.Length == 0 ? path : $"{path}?{query[1..]}";
    }

    public static string List(ListQuery q) =>
        $"page={q.Page}&pageSize={q.PageSize}{Filter("search", q.Search)}{Filter("status", q.Status)}{Filter("customerNumber", q.Customer)}{Filter("sort", q.Sort)}";

    public Task<T> GetAsync<T>(string url) => ReadAsync<T>(HttpMethod.Get, url, null);

    public Task<T> PostAsync<T>(string url, object? body, bool signInAgain = true) => ReadAsync<T>(HttpMethod.Post, url, body, signInAgain);

    public async Task<T> ReadAsync<T>(
        HttpMethod method, string url, object? body, bool signInAgain = true, IReadOnlyList<(string, string)>? headers = null, CancellationToken ct = default)
    {
        using var response = await SendAsync(method, url, body, signInAgain, headers, ct);
        return (await response.Content.ReadFromJsonAsync<T>(Json, ct))!;
    }

    public async Task<HttpResponseMessage> SendAsync(
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
