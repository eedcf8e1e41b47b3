using System.Net;
using System.Net.Http.Json;
using System.Text;
using Crm.Api.Tests.Infrastructure;
using static Crm.Api.Tests.Infrastructure.ErpData;

namespace Crm.Api.Tests;

/// <summary>Every bad input gets a 400 problem naming the field, never a 500, and changes nothing.</summary>
public sealed class BadInputTests(ApiFixture fixture) : ApiTest(fixture)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ErpHoldsAsync(Dataset([Item("A")], [Customer("C-1")], [Stock("A", 10)]));
    }

    [Theory]
    [InlineData("/api/atp/check", """{"lines":[{"itemNumber":"NOPE","quantity":1}]}""", "lines[0].itemNumber")]
    [InlineData("/api/atp/check", """{"lines":[{"itemNumber":"A","quantity":-3}]}""", "lines[0].quantity")]
    [InlineData("/api/atp/check", """{"lines":[{"itemNumber":"A","quantity":0}]}""", "lines[0].quantity")]
    [InlineData("/api/atp/check", """{"lines":[{"quantity":1}]}""", "lines[0].itemNumber")]
    [InlineData("/api/atp/check", """{"requestedDeliveryDate":"2027-02-30","lines":[{"itemNumber":"A","quantity":1}]}""", "requestedDeliveryDate")]
    [InlineData("/api/atp/check", """{"requestedDeliveryDate":"next week","lines":[{"itemNumber":"A","quantity":1}]}""", "requestedDeliveryDate")]
    [InlineData("/api/atp/check", """{"lines":[{"itemNumber":"A","quantity":"many"}]}""", "lines[0].quantity")]
    [InlineData("/api/atp/check", """{"customerNumber":"C-404","lines":[{"itemNumber":"A","quantity":1}]}""", "customerNumber")]
    [InlineData("/api/atp/check", """{}""", "lines")]
    [InlineData("/api/atp/check", """{"lines":[]}""", "lines")]
    [InlineData("/api/atp/check", """{"lines":[{"itemNumber":"A","quantity":1,"plant":"P9"}]}""", "lines[0].plant")]
    [InlineData("/api/orders", """{"lines":[{"itemNumber":"A","quantity":1}]}""", "customerNumber")]
    [InlineData("/api/orders", """{"customerNumber":"C-1","requestedDeliveryDate":"2027-02-01","lines":[{"itemNumber":"A","quantity":1}]}""", "requestedDeliveryDate")]
    [InlineData("/api/quotes", """{"customerNumber":"C-1","validUntil":"2027-01-01","lines":[{"itemNumber":"A","quantity":1}]}""", "validUntil")]
    [InlineData("/api/quotes", """{"customerNumber":"C-1","lines":[{"itemNumber":"A","quantity":1,"discountPercent":150}]}""", "lines[0].discountPercent")]
    [InlineData("/api/quotes", """{"lines":[{"itemNumber":"A","quantity":1}]}""", "customerNumber")]
    [InlineData("/api/atp/check", """{"lines":[null]}""", "lines[0]")]
    [InlineData("/api/orders", """{"customerNumber":"C-1","lines":[{"itemNumber":"A","quantity":1},null]}""", "lines[1]")]
    [InlineData("/api/quotes", """{"customerNumber":"C-1","lines":[null]}""", "lines[0]")]
    [InlineData("/api/atp/check", """{"requestedDeliveryDate":"0001-01-01","lines":[{"itemNumber":"A","quantity":1}]}""", "requestedDeliveryDate")]
    [InlineData("/api/atp/check", """{"requestedDeliveryDate":"9999-12-31","lines":[{"itemNumber":"A","quantity":1}]}""", "requestedDeliveryDate")]
    [InlineData("/api/orders", """{"customerNumber":"C-1","requestedDeliveryDate":"9999-12-31","lines":[{"itemNumber":"A","quantity":1}]}""", "requestedDeliveryDate")]
    [InlineData("/api/quotes", """{"customerNumber":"C-1","validUntil":"9999-12-31","lines":[{"itemNumber":"A","quantity":1}]}""", "validUntil")]
    [InlineData("/api/quotes", """{"customerNumber":"C-1","requestedDeliveryDate":"9999-12-31","lines":[{"itemNumber":"A","quantity":1}]}""", "requestedDeliveryDate")]
    [InlineData("/api/atp/check", """{"lines":[{"itemNumber":"A","quantity":1.2345678901234567890}]}""", "lines[0].quantity")]
    [InlineData("/api/orders", """{"customerNumber":"C-1","lines":[{"itemNumber":"A","quantity":1.5}]}""", "lines[0].quantity")]
    [InlineData("/api/quotes", """{"customerNumber":"C-1","lines":[{"itemNumber":"A","quantity":2.25}]}""", "lines[0].quantity")]
    [InlineData("/api/atp/check", """{"lines":[{"itemNumber":"A","quantity":1e12}]}""", "lines[0].quantity")]
    [InlineData("/api/orders", """{"customerNumber":"C-1","lines":[{"itemNumber":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA","quantity":1}]}""", "lines[0].itemNumber")]
    [InlineData("/api/orders", """{"customerNumber":"C-1","lines":[{"itemNumber":["A"],"quantity":1}]}""", "lines[0].itemNumber")]
    [InlineData("/api/quotes", """{"customerNumber":"C-1","shipComplete":"yes","lines":[{"itemNumber":"A","quantity":1}]}""", "shipComplete")]
    public async Task Bad_input_is_a_400_naming_the_field(string url, string body, string field)
    {
        using var sales = await SignedInAsync("sales");

        var response = await sales.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));

        var errors = await response.FieldErrorsAsync();
        Assert.Contains(field, errors.Keys);
        Assert.Equal(0, (await sales.GetAsync<Contracts.PagedResult<Contracts.OrderSummary>>("/api/orders")).Total);
        Assert.Equal(0, (await sales.GetAsync<Contracts.PagedResult<Contracts.QuoteSummary>>("/api/quotes")).Total);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_a_400()
    {
        using var sales = await SignedInAsync("sales");

        var response = await sales.PostAsync("/api/atp/check", new StringContent("{not json", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/orders/424242")]
    [InlineData("/api/quotes/424242")]
    public async Task An_unknown_document_is_a_404_problem(string url)
    {
        using var sales = await SignedInAsync("sales");

        var response = await sales.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/orders?pageSize=0", "pageSize")]
    [InlineData("/api/orders?page=0", "page")]
    [InlineData("/api/orders?sort=colour", "sort")]
    public async Task Bad_list_parameters_are_a_400_naming_the_parameter(string url, string field)
    {
        using var sales = await SignedInAsync("sales");

        Assert.Contains(field, (await (await sales.GetAsync(url)).FieldErrorsAsync()).Keys);
    }

    [Fact]
    public async Task Confirming_an_unknown_order_is_a_404()
    {
        using var sales = await SignedInAsync("sales");

        Assert.Equal(HttpStatusCode.NotFound, (await sales.PostAsJsonAsync("/api/orders/999/confirm", new { })).StatusCode);
    }

    [Fact]
    public async Task A_real_route_asked_wrongly_says_how_to_ask_and_an_unknown_one_says_there_is_none()
    {
        using var sales = await SignedInAsync("sales");
        var quote = await sales.PostAsync<Contracts.QuoteResponse>("/api/quotes", new Contracts.QuoteRequest("C-1", null, null, false, [new("A", 1)]), HttpStatusCode.Created);

        var wrongMethod = await sales.GetAsync($"/api/quotes/{quote.Id}/submit");
        var wrongMediaType = await sales.PutAsync($"/api/quotes/{quote.Id}", new StringContent("4 pumps please", Encoding.UTF8, "text/plain"));
        var nowhere = await sales.GetAsync("/api/quotations");

        Assert.Equal((HttpStatusCode.MethodNotAllowed, "POST"), (wrongMethod.StatusCode, wrongMethod.Content.Headers.Allow.Single()));
        Assert.Contains("does not take GET", (await wrongMethod.ReadAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>(HttpStatusCode.MethodNotAllowed)).Detail);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongMediaType.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, nowhere.StatusCode);
        Assert.Equal("There is no API at /api/quotations.", (await nowhere.ReadAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>(HttpStatusCode.NotFound)).Detail);
    }
}
