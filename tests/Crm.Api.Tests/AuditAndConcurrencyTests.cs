using System.Net;
using System.Net.Http.Json;
using Crm.Contracts;
using Crm.Api.Tests.Infrastructure;
using static Crm.Api.Tests.Infrastructure.ErpData;

namespace Crm.Api.Tests;

/// <summary>Every change to a document is audited; documents answer their version as an ETag and refuse a change made
/// from an older read (412); an Idempotency-Key reused for another body is refused (422).</summary>
public sealed class AuditAndConcurrencyTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Who_changed_what_and_when_is_kept_for_quotes_orders_customers_and_price_lists()
    {
        await ErpHoldsAsync(Dataset([Item("PUMP", price: 500m)], [Customer("C-1"), Customer("C-2")], [Stock("PUMP", 10)]));
        using var sales = await SignedInAsync("sales");
        using var manager = await SignedInAsync("manager");
        var quote = await sales.PostAsync<QuoteResponse>("/api/quotes", new QuoteRequest("C-1", null, null, false, [new("PUMP", 2)]), HttpStatusCode.Created);
        await sales.PutAsync<QuoteResponse>($"/api/quotes/{quote.Id}", new QuoteRequest("C-1", March(19), null, false, [new("PUMP", 3, DiscountPercent: 5)]));
        await SendQuoteAsync(sales, quote.Id);
        var order = await ConfirmedOrderAsync(sales, null, ("PUMP", 1));
        await sales.PostAsync<OrderResponse>($"/api/orders/{order.Id}/lines/1/quantity", new QuantityChangeRequest(2, "More needed"));
        await sales.PutAsync<CustomerSummary>("/api/customers/C-1/receiving-days", new ReceivingDaysRequest([DayOfWeek.Tuesday]));
        var list = await manager.PostAsync<PriceListResponse>("/api/price-lists", new PriceListRequest("List", "EUR", null, null, March(1), null, [new("PUMP", 0, 480m)]), HttpStatusCode.Created);
        await manager.PutAsync<PriceListResponse>($"/api/price-lists/{list.Id}", new PriceListRequest("List 2027", "EUR", null, null, March(1), null, [new("PUMP", 0, 470m)]));

        var quoteAudit = (await sales.GetAsync<PagedResult<AuditEntryResponse>>($"/api/audit?entity=Quote&id={quote.Id}")).Items;
        Assert.Contains(quoteAudit, e => (e.Field, e.OldValue, e.NewValue, e.By) == ("requestedDeliveryDate", null, "2027-03-19", "sales@demo.b2bcrm"));
        Assert.Contains(quoteAudit, e => (e.Field, e.OldValue, e.NewValue) == ("status", "Draft", "Sent"));
        Assert.Contains(quoteAudit, e => (e.Field, e.OldValue) == ("line", "line 1: 2 × PUMP at 500 less 0 %"));
        Assert.Contains(quoteAudit, e => (e.Field, e.NewValue) == ("line", "line 1: 3 × PUMP at 500 less 5 %"));
        Assert.Equal("(created)", quoteAudit[^1].Field);
        Assert.True(quoteAudit.Zip(quoteAudit.Skip(1)).All(p => p.First.At >= p.Second.At));

        var orderAudit = (await sales.GetAsync<PagedResult<AuditEntryResponse>>($"/api/audit?entity=SalesOrder&id={order.Id}")).Items;
        Assert.Contains(orderAudit, e => (e.Field, e.OldValue, e.NewValue) == ("line 1.quantity", "1", "2"));
        Assert.Contains(orderAudit, e => (e.Field, e.OldValue, e.NewValue) == ("status", "Draft", "Confirmed"));
        var customerAudit = (await manager.GetAsync<PagedResult<AuditEntryResponse>>("/api/audit?entity=customer&id=C-1")).Items;
        Assert.Contains(customerAudit, e => (e.Field, e.NewValue, e.By) == ("receivingDays", "Tuesday", "sales@demo.b2bcrm"));
        var listAudit = (await manager.GetAsync<PagedResult<AuditEntryResponse>>($"/api/audit?entity=PriceList&id={list.Id}")).Items;
        Assert.Contains(listAudit, e => (e.Field, e.OldValue, e.NewValue) == ("name", "List", "List 2027"));
        Assert.Contains(listAudit, e => (e.Field, e.OldValue, e.NewValue) == ("line", "PUMP from 0 at 480", null));

        // Another team's record: its audit is not there for the rep.
        await HandToTeamAsync("C-2", "South", "sales2@demo.b2bcrm");
        using var south = await SignedInAsync("sales2");
        var theirs = await south.PostAsync<QuoteResponse>("/api/quotes", new QuoteRequest("C-2", null, null, false, [new("PUMP", 1)]), HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.NotFound, (await sales.GetAsync($"/api/audit?entity=Quote&id={theirs.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await sales.GetAsync("/api/audit?entity=Customer&id=C-2")).StatusCode);
        Assert.Contains("entity", (await (await sales.GetAsync("/api/audit?entity=Invoice&id=1")).FieldErrorsAsync()).Keys);
        Assert.Contains("id", (await (await sales.GetAsync("/api/audit?entity=Quote")).FieldErrorsAsync()).Keys);
    }

    [Fact]
    public async Task A_change_made_from_an_older_read_is_refused_and_of_two_concurrent_revisions_one_wins()
    {
        await ErpHoldsAsync(Dataset([Item("PUMP")], [Customer("C-1")], [Stock("PUMP", 10)]));
        using var sales = await SignedInAsync("sales");
        var created = await sales.PostAsync<QuoteResponse>("/api/quotes", new QuoteRequest("C-1", null, null, false, [new("PUMP", 1)]), HttpStatusCode.Created);
        var read = await sales.GetAsync($"/api/quotes/{created.Id}");
        var etag = read.Headers.ETag!.Tag;

        var first = await PutAsync(sales, created.Id, 2, etag);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotEqual(etag, first.Headers.ETag!.Tag);
        var stale = await PutAsync(sales, created.Id, 3, etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Contains("concurrency.stale", await stale.Content.ReadAsStringAsync());
        Assert.Equal(2m, (await sales.GetAsync<QuoteResponse>($"/api/quotes/{created.Id}")).Lines.Single().Quantity);

        // Two revisions from one read at once: one is taken, the other refused, and the quote is one of the two.
        var current = (await sales.GetAsync($"/api/quotes/{created.Id}")).Headers.ETag!.Tag;
        using var other = await SignedInAsync("sales");
        var raced = await Task.WhenAll(PutAsync(sales, created.Id, 5, current), PutAsync(other, created.Id, 6, current));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], raced.Select(r => r.StatusCode).Order());
        var winner = raced.Single(r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal((await winner.ReadAsync<QuoteResponse>()).Lines.Single().Quantity,
            (await sales.GetAsync<QuoteResponse>($"/api/quotes/{created.Id}")).Lines.Single().Quantity);

        // Without If-Match a change is taken, as API clients expect.
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(sales, created.Id, 7, null)).StatusCode);
        var orderRead = await sales.GetAsync($"/api/orders/{(await ConfirmedOrderAsync(sales, null, ("PUMP", 1))).Id}");
        Assert.NotNull(orderRead.Headers.ETag);
    }

    [Fact]
    public async Task An_idempotency_key_used_again_with_another_body_is_refused_and_with_the_same_body_returns_the_first_document()
    {
        await ErpHoldsAsync(Dataset([Item("PUMP")], [Customer("C-1")], [Stock("PUMP", 10)]));
        using var sales = await SignedInAsync("sales");
        async Task<HttpResponseMessage> PostAsync(string url, object body)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", "entry-42");
            return await sales.SendAsync(request);
        }

        var first = await (await PostAsync("/api/orders", new AvailabilityRequest("C-1", null, null, false, [new("PUMP", 2)]))).ReadAsync<OrderCreatedResponse>(HttpStatusCode.Created);
        var same = await (await PostAsync("/api/orders", new AvailabilityRequest("C-1", null, null, false, [new("PUMP", 2)]))).ReadAsync<OrderCreatedResponse>();
        var other = await PostAsync("/api/orders", new AvailabilityRequest("C-1", null, null, false, [new("PUMP", 3)]));

        Assert.Equal(first, same);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Contains("idempotency.key_reused", await other.Content.ReadAsStringAsync());
        Assert.Equal(1, (await sales.GetAsync<PagedResult<OrderSummary>>("/api/orders")).Total);
        var quote = await PostAsync("/api/quotes", new QuoteRequest("C-1", null, null, false, [new("PUMP", 2)]));
        Assert.Equal(HttpStatusCode.Created, quote.StatusCode);
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, long quote, decimal quantity, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/quotes/{quote}")
        {
            Content = JsonContent.Create(new QuoteRequest("C-1", null, null, false, [new("PUMP", quantity)])),
        };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }
}
