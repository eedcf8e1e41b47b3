using System.Text.Json;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests;

/// <summary>The OpenAPI document a client generator or a new engineer reads: every operation named and summarised,
/// readable schema names, and the session cookie as the security scheme.</summary>
public sealed class ApiDocumentTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    [Fact]
    public async Task Every_operation_has_a_unique_operation_id_and_a_summary()
    {
        var document = await DocumentAsync();

        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Where(m => Methods.Contains(m.Name)).Select(m => (Where: $"{m.Name.ToUpperInvariant()} {path.Name}", Operation: m.Value)))
            .ToList();

        Assert.NotEmpty(operations);
        var ids = operations.Select(o => (o.Where, Id: o.Operation.TryGetProperty("operationId", out var id) ? id.GetString() : null)).ToList();
        Assert.Empty(ids.Where(i => string.IsNullOrWhiteSpace(i.Id)).Select(i => i.Where));
        Assert.Empty(ids.GroupBy(i => i.Id).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(operations.Where(o => !o.Operation.TryGetProperty("summary", out var s) || string.IsNullOrWhiteSpace(s.GetString())).Select(o => o.Where));
    }

    [Fact]
    public async Task Schemas_have_readable_names_and_the_cookie_is_the_security_scheme()
    {
        var document = await DocumentAsync();

        var schemas = document.GetProperty("components").GetProperty("schemas").EnumerateObject().Select(s => s.Name).ToList();
        Assert.Contains("PagedResultOfOrderSummary", schemas);
        Assert.DoesNotContain(schemas, s => s.Contains('`') || s.Contains(',') || s.Contains('.') || s.Contains('['));
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("sessionCookie");
        Assert.Equal(("apiKey", "cookie", "b2bcrm"), (scheme.GetProperty("type").GetString(), scheme.GetProperty("in").GetString(), scheme.GetProperty("name").GetString()));
    }

    private async Task<JsonElement> DocumentAsync()
    {
        using var sales = await SignedInAsync("sales");
        return await sales.GetAsync<JsonElement>("/swagger/v1/swagger.json");
    }
}
