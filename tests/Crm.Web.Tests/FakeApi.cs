using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Crm.Web.Tests;

/// <summary>Stands in for Crm.Api over HTTP: answers by method and path, and records what the UI sent.</summary>
internal sealed class FakeApi : HttpMessageHandler
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
    private readonly Dictionary<string, Func<HttpResponseMessage>> _answers = [];
    private readonly Dictionary<string, int> _unreachable = [];
    private readonly HashSet<string> _signedOut = [];

    public List<(string Route, string? Body)> Requests { get; } = [];

    public FakeApi Answer(string method, string pathAndQuery, object body, HttpStatusCode status = HttpStatusCode.OK)
    {
        _answers[$"{method} {pathAndQuery}"] = () => new HttpResponseMessage(status)
        {
            Content = JsonContent.Create(body, options: Json,
                mediaType: (int)status >= 400 ? new("application/problem+json") : null),
        };
        return this;
    }

    /// <summary>The next call of this route finds no server (a lost connection); later calls get their answer.</summary>
    public FakeApi Unreachable(string method, string pathAndQuery, int times = 1)
    {
        _unreachable[$"{method} {pathAndQuery}"] = times;
        return this;
    }

    /// <summary>The next call of this route answers 401 (the session ended); later calls get their answer.</summary>
    public FakeApi SignedOut(string method, string pathAndQuery)
    {
        _signedOut.Add($"{method} {pathAndQuery}");
        return this;
    }

    public string? LastBody(string route) => Requests.LastOrDefault(r => r.Route == route).Body;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var route = $"{request.Method} {request.RequestUri!.PathAndQuery}";
        Requests.Add((route, request.Content is null ? null : await request.Content.ReadAsStringAsync(ct)));
        if (_unreachable.TryGetValue(route, out var left) && left > 0)
        {
            _unreachable[route] = left - 1;
            throw new HttpRequestException("Connection refused");
        }
        if (_signedOut.Remove(route)) return new HttpResponseMessage(HttpStatusCode.Unauthorized);
        return _answers.TryGetValue(route, out var answer)
            ? answer()
            : new HttpResponseMessage(HttpStatusCode.NotFound) { Content = JsonContent.Create(new { title = $"No fake answer for {route}" }) };
    }
}
