using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.Contracts;
using ErpMock.Model;

namespace Crm.Api.Tests.Infrastructure;

/// <summary>A test story against the shared host: a clean database and an empty ERP at the start of each test.</summary>
[Collection(ApiCollection.Name)]
public abstract class ApiTest(ApiFixture fixture) : IAsyncLifetime
{
    protected ApiFixture Fixture { get; } = fixture;

    public virtual async Task InitializeAsync()
    {
        await Fixture.ResetAsync();
        await Fixture.Erp.LoadAsync(ErpData.Dataset([]), ErpData.Today);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A client signed in as the demo user of that role ("sales", "orderdesk", "admin", ...).</summary>
    protected Task<HttpClient> SignedInAsync(string who, CrmApp? app = null) => Http.SignInAsync(app ?? Fixture.App, who);

    /// <summary>An order for customer C-1, entered and confirmed.</summary>
    protected static Task<ConfirmOrderResponse> ConfirmedOrderAsync(
        HttpClient client, DateOnly? delivery, params (string Item, decimal Quantity)[] lines) =>
        ConfirmedOrderForAsync(client, "C-1", delivery, lines);

    /// <summary>An order for this customer, entered and confirmed.</summary>
    protected static async Task<ConfirmOrderResponse> ConfirmedOrderForAsync(
        HttpClient client, string customer, DateOnly? delivery, params (string Item, decimal Quantity)[] lines)
    {
        var created = await client.PostAsync<OrderCreatedResponse>("/api/orders",
            new AvailabilityRequest(customer, null, delivery, false, [.. lines.Select(l => new AvailabilityLineRequest(l.Item, l.Quantity))]),
            HttpStatusCode.Created);
        return await client.PostAsync<ConfirmOrderResponse>($"/api/orders/{created.Id}/confirm", null);
    }

    /// <summary>The rep sends the quote to a buyer of its customer (a contact made for it), as the customer receives it.</summary>
    protected static async Task<QuoteResponse> SendQuoteAsync(HttpClient rep, long quoteId)
    {
        var quote = await rep.GetAsync<QuoteResponse>($"/api/quotes/{quoteId}");
        var contact = await rep.PostAsync<ContactResponse>($"/api/accounts/{quote.AccountId}/contacts",
            new ContactRequest($"Buyer {quoteId}", "Berta", Email: $"buyer.{Guid.NewGuid():N}@customer.example"), HttpStatusCode.Created);
        return await rep.PostAsync<QuoteResponse>($"/api/quotes/{quoteId}/send", new QuoteSendRequest([contact.Id]));
    }

    /// <summary>An admin hands the customer to the team (by name) and an owner in it.</summary>
    protected async Task<CustomerSummary> HandToTeamAsync(string customer, string team, string owner)
    {
        using var admin = await SignedInAsync("admin");
        var teams = await admin.GetAsync<PagedResult<TeamResponse>>($"/api/teams?search={Uri.EscapeDataString(team)}");
        return await admin.PutAsync<CustomerSummary>($"/api/customers/{customer}/assignment",
            new CustomerAssignmentRequest(teams.Items.Single(t => t.Name == team).Id, owner));
    }

    /// <summary>The ERP knows one customer, C-1 "Nordwerk Maschinenbau GmbH" (info@nordwerk.de, +49 711 1234567), synced into the CRM.</summary>
    protected Task<SyncResponse> NordwerkInTheErpAsync() =>
        ErpHoldsAsync(ErpData.Dataset([ErpData.Item("A")],
            [ErpData.Customer("C-1") with { Name = "Nordwerk Maschinenbau GmbH", Email = "info@nordwerk.de", Phone = "+49 711 1234567" }], [ErpData.Stock("A", 1)]));

    /// <summary>The ERP holds this data (and still the sales orders it was sent), and an admin has synced it into the CRM.</summary>
    protected async Task<SyncResponse> ErpHoldsAsync(ErpDataset dataset)
    {
        await Fixture.Erp.ReplaceDatasetAsync(dataset);
        using var admin = await SignedInAsync("admin");
        return await admin.PostAsync<SyncResponse>("/api/erp/sync", null);
    }
}

public static class Http
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static Task<HttpClient> SignInAsync(CrmApp app, string who) => SignInAsync(app.NewClient(), who);

    /// <summary>Signed in on a Crm.Api node running as its own process.</summary>
    public static Task<HttpClient> SignInAsync(Crm.Testing.CrmApiProcess node, string who) => SignInAsync(node.NewClient(), who);

    private static Task<HttpClient> SignInAsync(HttpClient client, string who) => SignInAsync(client, $"{who}@demo.b2bcrm", "Demo!2345");

    /// <summary>The answer is a 409 "likely a duplicate": its candidates.</summary>
    public static async Task<List<DuplicateCandidate>> DuplicateCandidatesAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Conflict, $"Expected 409, got {(int)response.StatusCode}: {body}");
        using var problem = JsonDocument.Parse(body);
        Assert.Equal("duplicate.likely", problem.RootElement.GetProperty("code").GetString());
        return problem.RootElement.GetProperty("candidates").Deserialize<List<DuplicateCandidate>>(Json)!;
    }

    /// <summary>Signed in as any user with their own password.</summary>
    public static async Task<HttpClient> SignInAsync(HttpClient client, string email, string password)
    {
        var response = await client.PostAsJsonAsync("/api/auth/login", new LoginRequest(email, password));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return client;
    }

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, Json)!;
    }

    public static async Task<T> PostAsync<T>(this HttpClient client, string url, object? body, HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await client.PostAsJsonAsync(url, body)).ReadAsync<T>(expected);

    public static async Task<T> PutAsync<T>(this HttpClient client, string url, object? body, HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await client.PutAsJsonAsync(url, body, Json)).ReadAsync<T>(expected);

    public static async Task<T> GetAsync<T>(this HttpClient client, string url) =>
        await (await client.GetAsync(url)).ReadAsync<T>();

    /// <summary>The rule code of a problem answer with this status.</summary>
    public static async Task<string?> CodeAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.TryGetProperty("code", out var code) ? code.GetString() : null;
    }

    /// <summary>The field errors of a 400 problem-details answer.</summary>
    public static async Task<Dictionary<string, string[]>> FieldErrorsAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"Expected 400, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonSerializer.Deserialize<ValidationProblem>(body, Json)!.Errors;
    }

    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var value = await probe();
            if (done(value)) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Not within {seconds} s: {what}");
            await Task.Delay(200);
        }
    }

    private sealed record ValidationProblem(Dictionary<string, string[]> Errors);
}
