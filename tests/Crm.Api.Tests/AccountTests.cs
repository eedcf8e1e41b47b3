using System.Net;
using System.Net.Http.Json;
using Crm.Contracts;
using Crm.Api.Tests.Infrastructure;
using ErpMock;
using static Crm.Api.Tests.Infrastructure.ErpData;

namespace Crm.Api.Tests;

/// <summary>Issue 17 §1: ERP customers and prospects are one list of accounts; entering a company that is likely there
/// already is stopped with the candidates and why, unless the rep says it is another one.</summary>
public sealed class AccountTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_rep_entering_a_customer_again_is_shown_it_and_can_still_enter_another_company()
    {
        await NordwerkInTheErpAsync();
        using var rep = await SignedInAsync("sales");

        var sameName = await rep.PostAsJsonAsync("/api/accounts", new AccountRequest("NORDWERK Maschinenbau AG", City: "Stuttgart"));
        var byName = Assert.Single(await Http.DuplicateCandidatesAsync(sameName));
        Assert.Equal(("C-1", "Nordwerk Maschinenbau GmbH", 1.0), (byName.CustomerNumber, byName.Name, byName.Score));
        Assert.Contains("same name (legal form aside)", byName.Reasons);

        var samePhone = await rep.PostAsJsonAsync("/api/accounts", new AccountRequest("Nordwerk Service", Phone: "0711 / 123 45-67", Country: "DE"));
        Assert.Contains("same phone number", Assert.Single(await Http.DuplicateCandidatesAsync(samePhone)).Reasons);

        var created = await rep.PostAsync<AccountResponse>("/api/accounts",
            new AccountRequest("Nordwerk Service", Phone: "0711 / 123 45-67", Country: "DE", Industry: "Service", Tags: ["field service"], ConfirmedNotDuplicate: true),
            HttpStatusCode.Created);
        Assert.Equal(("Prospect", null, "+497111234567", "sales@demo.b2bcrm", "sales@demo.b2bcrm", "North"),
            (created.Kind, created.CustomerNumber, created.Phone, created.Owner, created.ConfirmedNotDuplicateBy, created.TeamName));
        var read = await rep.GetAsync<AccountResponse>($"/api/accounts/{created.Id}");
        Assert.Equal((created.Id, "Nordwerk Service", "Service", "field service"), (read.Id, read.Name, read.Industry, Assert.Single(read.Tags)));
    }

    [Fact]
    public async Task The_VAT_id_matches_with_or_without_its_country_prefix()
    {
        await NordwerkInTheErpAsync();
        using var rep = await SignedInAsync("sales");
        var first = await rep.PostAsync<AccountResponse>("/api/accounts", new AccountRequest("Fabryka Śrub Sp. z o.o.", Country: "PL", VatId: "PL 526-000-12-46"), HttpStatusCode.Created);

        var again = await rep.PostAsJsonAsync("/api/accounts", new AccountRequest("FABRYKA SRUB", VatId: "5260001246"));

        var candidate = Assert.Single(await Http.DuplicateCandidatesAsync(again));
        Assert.Equal(first.Id, candidate.Id);
        Assert.Equal(["same name (legal form aside)", "same VAT id"], candidate.Reasons);
        Assert.Equal(1.0, candidate.Score);
    }

    [Fact]
    public async Task Accounts_are_found_by_phone_in_any_format_by_VAT_id_and_by_kind_and_only_by_their_team()
    {
        await NordwerkInTheErpAsync();
        using var rep = await SignedInAsync("sales");
        using var south = await SignedInAsync("sales2");
        var prospect = await rep.PostAsync<AccountResponse>("/api/accounts",
            new AccountRequest("Großhandel Süd", City: "München", Country: "DE", Phone: "+49 89 4123 4567", VatId: "DE811128135"), HttpStatusCode.Created);

        async Task<string[]> NamesAsync(HttpClient who, string query) =>
            [.. (await who.GetAsync<PagedResult<AccountSummary>>($"/api/accounts?{query}")).Items.Select(a => a.Name)];

        Assert.Equal(["Großhandel Süd", "Nordwerk Maschinenbau GmbH"], await NamesAsync(rep, ""));
        Assert.Equal(["Großhandel Süd"], await NamesAsync(rep, "search=089%2041234567"));
        Assert.Equal(["Großhandel Süd"], await NamesAsync(rep, "search=GROSSHANDEL%20SUD"));
        Assert.Equal(["Großhandel Süd"], await NamesAsync(rep, "search=811128135"));
        Assert.Equal(["Nordwerk Maschinenbau GmbH"], await NamesAsync(rep, "search=nordwerk.de"));
        Assert.Equal(["Nordwerk Maschinenbau GmbH"], await NamesAsync(rep, "search=0711%20123%2045%2067")); // the ERP wrote +49 711 1234567
        Assert.Equal(["Nordwerk Maschinenbau GmbH"], await NamesAsync(rep, "kind=Customer"));
        Assert.Empty(await NamesAsync(rep, "search=C-069760")); // a number with digits enough for a phone is no phone
        Assert.Equal(["Großhandel Süd"], await NamesAsync(rep, "kind=Prospect"));

        Assert.Empty(await NamesAsync(south, ""));
        Assert.Equal(HttpStatusCode.NotFound, (await south.GetAsync($"/api/accounts/{prospect.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await south.GetAsync($"/api/audit?entity=Account&id={prospect.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await rep.GetAsync($"/api/audit?entity=Account&id={prospect.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await rep.GetAsync("/api/accounts?kind=Supplier")).StatusCode);
    }

    [Fact]
    public async Task Bad_input_names_the_field_and_stores_nothing()
    {
        await NordwerkInTheErpAsync();
        using var rep = await SignedInAsync("sales");

        foreach (var (request, field) in new[]
        {
            (new AccountRequest("Acme", Phone: "call me maybe"), "phone"),
            (new AccountRequest("Acme", VatId: "!!"), "vatId"),
            (new AccountRequest("Acme", Email: "acme at example.com"), "email"),
            (new AccountRequest("Acme", Country: "Germany"), "Country"),
            (new AccountRequest("   "), "name"),
            (new AccountRequest("Acme", TeamId: 987654), "teamId"),
            (new AccountRequest("Acme", Owner: "sales2@demo.b2bcrm"), "owner"),
        })
        {
            var errors = await (await rep.PostAsJsonAsync("/api/accounts", request)).FieldErrorsAsync();
            Assert.Contains(errors.Keys, k => string.Equals(k, field, StringComparison.OrdinalIgnoreCase));
        }
        Assert.Empty((await rep.GetAsync<PagedResult<AccountSummary>>("/api/accounts?kind=Prospect")).Items);
    }

    [Fact]
    public async Task A_rep_adds_the_people_of_an_account_without_entering_anyone_twice()
    {
        await NordwerkInTheErpAsync();
        using var rep = await SignedInAsync("sales");
        using var south = await SignedInAsync("sales2");
        var nordwerk = (await rep.GetAsync<PagedResult<AccountSummary>>("/api/accounts?search=C-1")).Items.Single();
        var contacts = $"/api/accounts/{nordwerk.Id}/contacts";

        var anna = await rep.PostAsync<ContactResponse>(contacts,
            new ContactRequest("Schmidt", "Anna", "Head of purchasing", "Anna.Schmidt@nordwerk.de", "0711 1234-560", Language: "DE", IsPrimary: true), HttpStatusCode.Created);
        Assert.Equal(("+497111234560", "de", true), (anna.Phone, anna.Language, anna.IsPrimary));

        var again = await rep.PostAsJsonAsync(contacts, new ContactRequest("Schmidt", "Anna"));
        var candidate = Assert.Single(await Http.DuplicateCandidatesAsync(again));
        Assert.Equal((anna.Id, "Contact", "Anna Schmidt"), (candidate.Id, candidate.Type, candidate.Name));
        Assert.Equal(["same name at this account"], candidate.Reasons);
        var sameEmail = await rep.PostAsJsonAsync(contacts, new ContactRequest("Schmitt", Email: "anna.schmidt@NORDWERK.de"));
        Assert.Equal(["same email"], Assert.Single(await Http.DuplicateCandidatesAsync(sameEmail)).Reasons);

        await rep.PostAsync<ContactResponse>(contacts, new ContactRequest("Schmidt", "Anna", Phone: "+49 711 999999", IsPrimary: true, ConfirmedNotDuplicate: true), HttpStatusCode.Created);
        var listed = (await rep.GetAsync<PagedResult<ContactResponse>>(contacts)).Items;
        Assert.Equal([(false, "Anna.Schmidt@nordwerk.de"), (true, null)], listed.Select(c => (c.IsPrimary, c.Email)).OrderBy(c => c.IsPrimary));
        Assert.Equal([anna.Id], (await rep.GetAsync<PagedResult<ContactResponse>>($"{contacts}?search=schmidt%40nordwerk")).Items.Select(c => c.Id));

        Assert.Equal(HttpStatusCode.NotFound, (await south.GetAsync(contacts)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await south.PostAsJsonAsync(contacts, new ContactRequest("Nobody"))).StatusCode);
        var errors = await (await rep.PostAsJsonAsync(contacts, new ContactRequest("Kowalski", Phone: "12", Language: "polish"))).FieldErrorsAsync();
        Assert.Contains(errors.Keys, k => k.Equals("language", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(2, (await rep.GetAsync<PagedResult<ContactResponse>>(contacts)).Total);
    }

    [Fact]
    public async Task A_rep_corrects_a_contact_makes_it_the_primary_one_and_a_new_email_is_checked_for_duplicates()
    {
        await NordwerkInTheErpAsync();
        using var rep = await SignedInAsync("sales");
        using var south = await SignedInAsync("sales2");
        var nordwerk = (await rep.GetAsync<PagedResult<AccountSummary>>("/api/accounts?search=C-1")).Items.Single();
        var contacts = $"/api/accounts/{nordwerk.Id}/contacts";
        var anna = await rep.PostAsync<ContactResponse>(contacts, new ContactRequest("Schmidt", "Anna", "Buyer", "anna@nordwerk.de", IsPrimary: true), HttpStatusCode.Created);
        var jan = await rep.PostAsync<ContactResponse>(contacts, new ContactRequest("Novak", "Jan", "Engineer", "jan@nordwerk.de"), HttpStatusCode.Created);
        var janUrl = $"{contacts}/{jan.Id}";

        var read = await rep.GetAsync(janUrl);
        var etag = read.Headers.ETag!.Tag;
        var sameEmail = await rep.PatchAsJsonAsync(janUrl, new ContactPatch(Email: "ANNA@nordwerk.de"));
        var candidate = Assert.Single(await Http.DuplicateCandidatesAsync(sameEmail));
        Assert.Equal((anna.Id, "same email"), (candidate.Id, Assert.Single(candidate.Reasons)));
        Assert.Equal("jan@nordwerk.de", (await rep.GetAsync<ContactResponse>(janUrl)).Email);

        var changed = await rep.SendAsync(new HttpRequestMessage(HttpMethod.Patch, janUrl)
        {
            Content = JsonContent.Create(new ContactPatch(JobTitle: "", Phone: "0711 1234-570", IsPrimary: true)),
            Headers = { { "If-Match", etag } },
        });
        var primary = await changed.ReadAsync<ContactResponse>();
        Assert.Equal((null, "+497111234570", true, "Jan"), (primary.JobTitle, primary.Phone, primary.IsPrimary, primary.FirstName));
        Assert.False((await rep.GetAsync<ContactResponse>($"{contacts}/{anna.Id}")).IsPrimary);
        var stale = await rep.SendAsync(new HttpRequestMessage(HttpMethod.Patch, janUrl)
        {
            Content = JsonContent.Create(new ContactPatch(JobTitle: "Lead engineer")),
            Headers = { { "If-Match", etag } },
        });
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);

        var errors = await (await rep.PatchAsJsonAsync(janUrl, new ContactPatch(LastName: "", Phone: "12"))).FieldErrorsAsync();
        Assert.Contains(errors.Keys, k => k is "lastName" or "phone");
        var unchanged = await rep.GetAsync<ContactResponse>(janUrl);
        Assert.Equal(("Novak", "+497111234570"), (unchanged.LastName, unchanged.Phone));
        Assert.Equal(HttpStatusCode.NotFound, (await south.PatchAsJsonAsync(janUrl, new ContactPatch(JobTitle: "x"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await south.GetAsync(janUrl)).StatusCode);
        var prospect = await rep.PostAsync<AccountResponse>("/api/accounts", new AccountRequest("Acme Werkzeuge", Country: "DE"), HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.NotFound, (await rep.GetAsync($"/api/accounts/{prospect.Id}/contacts/{jan.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_rep_changes_what_the_CRM_owns_and_a_renamed_prospect_is_checked_again()
    {
        await NordwerkInTheErpAsync();
        using var rep = await SignedInAsync("sales");
        var nordwerk = (await rep.GetAsync<PagedResult<AccountSummary>>("/api/accounts?search=C-1")).Items.Single();
        var prospect = await rep.PostAsync<AccountResponse>("/api/accounts", new AccountRequest("Acme Werkzeuge", Country: "DE", Notes: "met at the fair"), HttpStatusCode.Created);

        var customer = await (await rep.PatchAsJsonAsync($"/api/accounts/{nordwerk.Id}", new AccountPatch(Industry: "Machinery", Tags: ["key account"]))).ReadAsync<AccountResponse>();
        Assert.Equal(("Machinery", "key account", "Nordwerk Maschinenbau GmbH"), (customer.Industry, Assert.Single(customer.Tags), customer.Name));
        var erpField = await (await rep.PatchAsJsonAsync($"/api/accounts/{nordwerk.Id}", new AccountPatch(Name: "Nordwerk AG"))).FieldErrorsAsync();
        Assert.Contains("name", erpField.Keys);

        var renamed = await rep.PatchAsJsonAsync($"/api/accounts/{prospect.Id}", new AccountPatch(Name: "Nordwerk Maschinenbau"));
        Assert.Equal(nordwerk.Id, Assert.Single(await Http.DuplicateCandidatesAsync(renamed)).Id);
        Assert.Equal("Acme Werkzeuge", (await rep.GetAsync<AccountResponse>($"/api/accounts/{prospect.Id}")).Name);

        var read = await rep.GetAsync($"/api/accounts/{prospect.Id}");
        var etag = read.Headers.ETag!.Tag;
        var changed = await rep.SendAsync(new HttpRequestMessage(HttpMethod.Patch, $"/api/accounts/{prospect.Id}")
        {
            Content = JsonContent.Create(new AccountPatch(City: "Ulm", Notes: "")),
            Headers = { { "If-Match", etag } },
        });
        Assert.Equal(("Ulm", null), ((await changed.ReadAsync<AccountResponse>()).City, (await rep.GetAsync<AccountResponse>($"/api/accounts/{prospect.Id}")).Notes));
        var stale = await rep.SendAsync(new HttpRequestMessage(HttpMethod.Patch, $"/api/accounts/{prospect.Id}")
        {
            Content = JsonContent.Create(new AccountPatch(City: "Bonn")),
            Headers = { { "If-Match", etag } },
        });
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
    }

    [Fact]
    public async Task A_prospect_asked_for_in_the_ERP_gets_its_customer_number_once_and_is_then_an_ERP_customer()
    {
        await NordwerkInTheErpAsync();
        using var rep = await SignedInAsync("sales");
        using var admin = await SignedInAsync("admin");
        var bare = await rep.PostAsync<AccountResponse>("/api/accounts", new AccountRequest("Kowalski Metal", Country: "PL"), HttpStatusCode.Created);
        Assert.Contains("street", (await (await rep.PostAsync($"/api/accounts/{bare.Id}/erp-customer", null)).FieldErrorsAsync()).Keys);
        var prospect = await rep.PostAsync<AccountResponse>("/api/accounts",
            new AccountRequest("Fabryka Śrub", "ul. Długa 5", "00-238", "Warszawa", "PL", Email: "biuro@fabryka.pl"), HttpStatusCode.Created);

        var asked = await rep.PostAsync<AccountResponse>($"/api/accounts/{prospect.Id}/erp-customer", null, HttpStatusCode.Accepted);
        await rep.PostAsync<AccountResponse>($"/api/accounts/{prospect.Id}/erp-customer", null, HttpStatusCode.Accepted);
        Assert.NotNull(asked.ErpCustomerRequestedAt);

        var customer = await Http.EventuallyAsync(() => rep.GetAsync<AccountResponse>($"/api/accounts/{prospect.Id}"), a => a.CustomerNumber is not null,
            "the ERP's customer number arrives");
        var created = Assert.Single(await Fixture.Erp.CustomersAsync(), c => c.ExternalReference is not null);
        Assert.Equal((created.CustomerNumber, "Customer", $"ACC-{prospect.Id}", "Fabryka Śrub", "ul. Długa 5"),
            (customer.CustomerNumber, customer.Kind, created.ExternalReference, created.Name, created.Street));

        await admin.PostAsync<SyncResponse>("/api/erp/sync", null);
        var accounts = await rep.GetAsync<PagedResult<AccountSummary>>("/api/accounts?kind=Customer");
        Assert.Equal(["C-1", created.CustomerNumber], accounts.Items.Select(a => a.CustomerNumber).Order());
        var again = await rep.PostAsync($"/api/accounts/{prospect.Id}/erp-customer", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task A_prospects_first_order_is_promised_at_once_and_waits_visibly_for_its_customer_number_before_it_reaches_the_ERP()
    {
        await ErpHoldsAsync(Dataset([Item("PUMP", price: 500m)], [Customer("C-1")], [Stock("PUMP", 30)]));
        using var rep = await SignedInAsync("sales");
        using var manager = await SignedInAsync("manager");
        using var admin = await SignedInAsync("admin");
        var prospect = await rep.PostAsync<AccountResponse>("/api/accounts",
            new AccountRequest("Fabryka Śrub", "ul. Długa 5", "00-238", "Warszawa", "PL"), HttpStatusCode.Created);
        var unknown = await rep.PostAsJsonAsync("/api/orders", new AvailabilityRequest(null, null, null, false, [new("PUMP", 5)], AccountId: 999_999));
        Assert.Contains("accountId", (await unknown.FieldErrorsAsync()).Keys);
        await Fixture.Erp.InjectAsync(new FaultSettings(RejectRate: 1));

        var created = await rep.PostAsync<OrderCreatedResponse>("/api/orders",
            new AvailabilityRequest(null, null, null, false, [new("PUMP", 5)], AccountId: prospect.Id), HttpStatusCode.Created);
        var confirmed = await rep.PostAsync<ConfirmOrderResponse>($"/api/orders/{created.Id}/confirm", null);

        // A new customer has no credit limit yet: promised, held for a manager, and waiting for the ERP's customer number.
        Assert.Equal(("CreditHold", 5m), (confirmed.Status, confirmed.Lines.Single().ConfirmedQuantity));
        await (await manager.PostAsync($"/api/orders/{created.Id}/release-credit-hold", null)).ReadAsync<OrderResponse>(); // the reason is optional, the body too
        await Http.EventuallyAsync(() => admin.GetAsync<List<DeadLetterResponse>>("/api/erp/dead-letters"), d => d.Count == 1, "the ERP refuses the customer");
        var waiting = await rep.GetAsync<OrderResponse>($"/api/orders/{created.Id}");
        Assert.Equal(("Confirmed", true, $"ACC-{prospect.Id}", "Fabryka Śrub"),
            (waiting.Status, waiting.AwaitsCustomerNumber, waiting.CustomerNumber, waiting.CustomerName));
        var listed = await rep.GetAsync<PagedResult<OrderSummary>>("/api/orders?status=Confirmed");
        Assert.True(listed.Items.Single(o => o.Id == created.Id).AwaitsCustomerNumber);
        Assert.NotNull((await rep.GetAsync<AccountResponse>($"/api/accounts/{prospect.Id}")).ErpCustomerRequestedAt);
        Assert.Empty(await Fixture.Erp.SalesOrdersAsync());

        await Fixture.Erp.InjectAsync(new FaultSettings());
        var letter = Assert.Single(await admin.GetAsync<List<DeadLetterResponse>>("/api/erp/dead-letters"));
        await admin.PostAsync($"/api/erp/dead-letters/{letter.Id}/retry", null);

        var released = await Http.EventuallyAsync(() => rep.GetAsync<OrderResponse>($"/api/orders/{created.Id}"), o => o.Status == "Released",
            "the order reaches the ERP once the customer exists there");
        var customer = Assert.Single(await Fixture.Erp.CustomersAsync(), c => c.ExternalReference == $"ACC-{prospect.Id}");
        var pushed = Assert.Single(await Fixture.Erp.SalesOrdersAsync());
        Assert.Equal((customer.CustomerNumber, false, customer.CustomerNumber, "Fabryka Śrub"),
            (released.CustomerNumber, released.AwaitsCustomerNumber, pushed.Order.CustomerNumber, released.CustomerName));
    }
}
