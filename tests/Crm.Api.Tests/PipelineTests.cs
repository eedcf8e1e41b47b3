using System.Net;
using System.Net.Http.Json;
using System.Text;
using Crm.Contracts;
using Crm.Api.Tests.Infrastructure;
using static Crm.Api.Tests.Infrastructure.ErpData;

namespace Crm.Api.Tests;

/// <summary>Issue 17 §2–§3: a lead is worked and converted exactly once into an account, a contact and a deal; deals
/// move through the configured stages, are quoted, won by their order or lost with a reason, and add up to the month's
/// forecast beside how well past probabilities came true.</summary>
public sealed class PipelineTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_lead_from_a_customer_is_converted_to_that_customer_exactly_once_even_when_sent_twice_at_the_same_moment()
    {
        await NordwerkInTheErpAsync();
        using var rep = await SignedInAsync("sales");
        var anna = new LeadRequest("Nordwerk Maschinenbau AG", "Schmidt", "Anna", "anna.schmidt@nordwerk.de", "0711 1234-560",
            Source: "TradeFair", JobTitle: "Head of purchasing", Country: "DE", Industry: "Machinery");

        var nordwerk = Assert.Single(await Http.DuplicateCandidatesAsync(await rep.TryCreateLeadAsync(anna)));
        Assert.Equal(("Account", "C-1"), (nordwerk.Type, nordwerk.CustomerNumber));
        Assert.Contains("same email domain (nordwerk.de)", nordwerk.Reasons);

        var lead = await rep.CreateLeadAsync(anna with { ConfirmedNotDuplicate = true });
        Assert.Equal(("New", "sales@demo.b2bcrm", "+497111234560"), (lead.Status, lead.ConfirmedNotDuplicateBy, lead.Phone));
        Assert.Equal(["business email (+10)", "phone number (+10)", "decision maker (+15)", "target industry (+20)", "target country (+10)", "source TradeFair (+15)"],
            lead.ScoreReasons);
        Assert.Equal(80, lead.Score);
        Assert.Equal([LeadActions.StartWorking, LeadActions.Change, LeadActions.Disqualify, LeadActions.Convert], lead.AllowedActions);
        var proposed = await rep.GetAsync<List<DuplicateCandidate>>($"/api/leads/{lead.Id}/duplicates");
        Assert.Equal(nordwerk.Id, proposed.Single(c => c.Type == "Account").Id);

        var conversion = new LeadConversionRequest(nordwerk.Id, new OpportunityDraft("Presses 2027", 120_000, "EUR", March(31)));
        var answers = await Task.WhenAll(rep.TryConvertAsync(lead.Id, conversion), rep.TryConvertAsync(lead.Id, conversion));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Created], answers.Select(a => a.StatusCode).Order());
        var converted = await Task.WhenAll(answers.Select(a => a.Content.ReadFromJsonAsync<LeadConversionResponse>(Http.Json)));
        Assert.Equal(converted[0]! with { Created = true }, converted[1]! with { Created = true });
        var later = await (await rep.TryConvertAsync(lead.Id, conversion)).ReadAsync<LeadConversionResponse>();
        Assert.Equal((converted[0]!.OpportunityId, false), (later.OpportunityId, later.Created));

        var qualified = await rep.LeadAsync(lead.Id);
        Assert.Equal(("Qualified", nordwerk.Id, later.ContactId, later.OpportunityId), (qualified.Status, qualified.AccountId, qualified.ContactId, qualified.OpportunityId));
        Assert.Empty(qualified.AllowedActions!);
        var contacts = await rep.GetAsync<PagedResult<ContactResponse>>($"/api/accounts/{nordwerk.Id}/contacts");
        Assert.Equal("Anna Schmidt", Assert.Single(contacts.Items).FirstName + " " + contacts.Items[0].LastName);
        var deal = await rep.OpportunityAsync(later.OpportunityId);
        Assert.Equal(("Presses 2027", "Nordwerk Maschinenbau GmbH", "Qualification", 10, lead.Id), (deal.Name, deal.AccountName, deal.Stage, deal.Probability, deal.LeadId));
        // No products yet: the deal is changed, not quoted.
        Assert.Equal([DealActions.Change], deal.AllowedActions);
        Assert.Equal(1, (await rep.GetAsync<PagedResult<OpportunitySummary>>("/api/opportunities")).Total);
    }

    [Fact]
    public async Task A_new_company_becomes_a_prospect_and_a_disqualified_lead_needs_a_reason_and_stays_unconverted()
    {
        await NordwerkInTheErpAsync();
        using var rep = await SignedInAsync("sales");
        var lead = await rep.CreateLeadAsync(new LeadRequest("Fabryka Śrub Sp. z o.o.", "Nowak", "Jan", "jan@fabryka.pl", Country: "PL"));

        var converted = await (await rep.TryConvertAsync(lead.Id, new LeadConversionRequest(null, new OpportunityDraft("Screws", 5_000, "PLN", March(15), "Proposal"))))
            .ReadAsync<LeadConversionResponse>(HttpStatusCode.Created);
        var account = await rep.GetAsync<AccountResponse>($"/api/accounts/{converted.AccountId}");
        Assert.Equal(("Prospect", "Fabryka Śrub Sp. z o.o.", "PL", "North"), (account.Kind, account.Name, account.Country, account.TeamName));
        var deal = await rep.OpportunityAsync(converted.OpportunityId);
        Assert.Equal(("Proposal", 50, "PLN"), (deal.Stage, deal.Probability, deal.Currency));

        var cold = await rep.CreateLeadAsync(new LeadRequest("Acme Tools", "Smith", Email: "bob@gmail.com"));
        Assert.Equal(HttpStatusCode.OK, (await rep.TrySetLeadStatusAsync(cold.Id, "Working")).StatusCode);
        Assert.Contains("reason", (await (await rep.TrySetLeadStatusAsync(cold.Id, "Disqualified")).FieldErrorsAsync()).Keys);
        Assert.Equal("Working", (await rep.LeadAsync(cold.Id)).Status);
        await (await rep.TrySetLeadStatusAsync(cold.Id, "Disqualified", "No budget this year")).ReadAsync<LeadResponse>();
        var refused = await rep.TryConvertAsync(cold.Id, new LeadConversionRequest(null, new OpportunityDraft("Tools", 1, "EUR", March(15))));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("lead.disqualified", await refused.Content.ReadAsStringAsync());
        Assert.Equal(("Disqualified", "No budget this year", null), ((await rep.LeadAsync(cold.Id)).Status, (await rep.LeadAsync(cold.Id)).DisqualifiedReason, (await rep.LeadAsync(cold.Id)).OpportunityId));
    }

    [Fact]
    public async Task Bad_input_to_leads_and_deals_names_the_field_and_another_teams_records_are_not_there()
    {
        await NordwerkInTheErpAsync();
        using var rep = await SignedInAsync("sales");
        using var south = await SignedInAsync("sales2");
        foreach (var (request, field) in new[]
        {
            (new LeadRequest("  ", "Smith"), "company"),
            (new LeadRequest("Acme", " "), "lastName"),
            (new LeadRequest("Acme", "Smith", Email: "nope"), "email"),
            (new LeadRequest("Acme", "Smith", Phone: "call me"), "phone"),
            (new LeadRequest("Acme", "Smith", Source: "Pigeon"), "source"),
            (new LeadRequest("Acme", "Smith", CampaignId: 999), "campaignId"),
            (new LeadRequest("Acme", "Smith", Country: "Poland"), "country"),
        })
            Assert.Contains(field, (await (await rep.TryCreateLeadAsync(request)).FieldErrorsAsync()).Keys, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(0, (await rep.GetAsync<PagedResult<LeadSummary>>("/api/leads?status=New")).Total);

        var account = await CustomerAccountAsync(rep);
        foreach (var (request, field) in new[]
        {
            (new OpportunityRequest(account, "Deal", 100, March(20), Stage: "Dreaming"), "stage"),
            (new OpportunityRequest(account, "Deal", 100, March(20), Currency: "EURO"), "Currency"),
            (new OpportunityRequest(account, "Deal", 100, March(20), ForecastCategory: "Maybe"), "forecastCategory"),
            (new OpportunityRequest(account, "", 100, March(20)), "Name"),
            (new OpportunityRequest(987654, "Deal", 100, March(20)), "accountId"),
            (new OpportunityRequest(account, "Deal", 100, March(20), Lines: [new OpportunityLineRequest("NOPE", 1)]), "lines[0].itemNumber"),
        })
            Assert.Contains(field, (await (await rep.PostAsJsonAsync("/api/opportunities", request)).FieldErrorsAsync()).Keys, StringComparer.OrdinalIgnoreCase);

        var lead = await rep.CreateLeadAsync(new LeadRequest("Acme", "Smith"));
        var deal = await rep.CreateOpportunityAsync(new OpportunityRequest(account, "Deal", 100, March(20)));
        Assert.Equal(HttpStatusCode.NotFound, (await south.GetAsync($"/api/leads/{lead.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await south.GetAsync($"/api/opportunities/{deal.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await south.TryConvertAsync(lead.Id, new LeadConversionRequest(null, new OpportunityDraft("x", 1, "EUR", March(2))))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await south.GetAsync($"/api/audit?entity=Opportunity&id={deal.Id}")).StatusCode);
        Assert.Empty((await south.GetAsync<PagedResult<LeadSummary>>("/api/leads")).Items);
        Assert.Equal(HttpStatusCode.OK, (await rep.GetAsync($"/api/audit?entity=Lead&id={lead.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_deal_moves_through_the_stages_with_its_history_and_is_lost_only_with_a_reason()
    {
        await NordwerkInTheErpAsync();
        using var rep = await SignedInAsync("sales");
        var deal = await rep.CreateOpportunityAsync(new OpportunityRequest(await CustomerAccountAsync(rep), "Line 4 retrofit", 10_000, March(20)));
        Assert.Equal(("Qualification", 10, "Pipeline", "EUR"), (deal.Stage, deal.Probability, deal.ForecastCategory, deal.Currency));

        var proposal = await rep.ChangeOpportunityAsync(deal.Id, new OpportunityPatch(Stage: "proposal"));
        Assert.Equal(("Proposal", 50), (proposal.Stage, proposal.Probability));
        var committed = await rep.ChangeOpportunityAsync(deal.Id, new OpportunityPatch(Probability: 60, ForecastCategory: "Commit"));
        Assert.Equal((60, "Commit"), (committed.Probability, committed.ForecastCategory));

        Assert.Contains("lostReason", (await (await rep.TryChangeOpportunityAsync(deal.Id, new OpportunityPatch(Stage: "Closed lost"))).FieldErrorsAsync()).Keys);
        Assert.Equal("Open", (await rep.OpportunityAsync(deal.Id)).Status);
        var lost = await rep.ChangeOpportunityAsync(deal.Id, new OpportunityPatch(Stage: "Closed lost", LostReason: "Competitor 8 % cheaper"));
        Assert.Equal(("Lost", "Competitor 8 % cheaper", 0, Today), (lost.Status, lost.LostReason, lost.Probability, lost.ClosedOn));
        Assert.Equal([(null, "Qualification"), ("Qualification", "Proposal"), ("Proposal", "Closed lost")],
            lost.History.Select(h => (h.FromStage, h.ToStage)));

        var closed = await rep.TryChangeOpportunityAsync(deal.Id, new OpportunityPatch(Amount: 1));
        Assert.Equal(HttpStatusCode.Conflict, closed.StatusCode);
        Assert.Equal(10_000, (await rep.OpportunityAsync(deal.Id)).Amount);
    }

    [Fact]
    public async Task Only_an_admin_configures_stages_and_a_won_stage_has_probability_100()
    {
        using var admin = await SignedInAsync("admin");
        using var rep = await SignedInAsync("sales");
        Assert.Equal(HttpStatusCode.Forbidden, (await rep.PostAsJsonAsync("/api/opportunity-stages", new StageRequest("Demo", 25, 40))).StatusCode);
        Assert.Contains("defaultProbability", (await (await admin.PostAsJsonAsync("/api/opportunity-stages", new StageRequest("Signed", 55, 90, IsWon: true))).FieldErrorsAsync()).Keys);
        var demo = await admin.PostAsync<StageResponse>("/api/opportunity-stages", new StageRequest("Demo", 25, 40), HttpStatusCode.Created);
        var stages = await rep.GetAsync<List<StageResponse>>("/api/opportunity-stages");
        Assert.Equal(["Qualification", "Needs analysis", "Demo", "Proposal", "Negotiation", "Closed won", "Closed lost"], stages.Select(s => s.Name));
        Assert.Contains("name", (await (await admin.PostAsJsonAsync("/api/opportunity-stages", new StageRequest("Demo", 26, 40))).FieldErrorsAsync()).Keys);
        await admin.PutAsync<StageResponse>($"/api/opportunity-stages/{demo.Id}", new StageRequest("Demo", 25, 40, IsRetired: true));
        Assert.True((await rep.GetAsync<List<StageResponse>>("/api/opportunity-stages")).Single(s => s.Name == "Demo").IsRetired);
    }

    [Fact]
    public async Task The_forecast_weights_the_months_deals_and_shows_how_past_probabilities_came_true()
    {
        await NordwerkInTheErpAsync();
        using var rep = await SignedInAsync("sales");
        using var manager = await SignedInAsync("manager");
        using var south = await SignedInAsync("sales2");
        var account = await CustomerAccountAsync(rep);
        await rep.CreateOpportunityAsync(new OpportunityRequest(account, "Presses", 10_000, March(20), Stage: "Proposal", ForecastCategory: "Commit"));
        await rep.CreateOpportunityAsync(new OpportunityRequest(account, "Spare parts", 4_000, March(25), Stage: "Needs analysis", ForecastCategory: "BestCase"));
        await rep.CreateOpportunityAsync(new OpportunityRequest(account, "Next year", 8_000, new DateOnly(2027, 4, 10)));
        var won = await rep.CreateOpportunityAsync(new OpportunityRequest(account, "Tooling", 5_000, March(30), Stage: "Negotiation"));
        await rep.ChangeOpportunityAsync(won.Id, new OpportunityPatch(Stage: "Closed won"));
        var lost = await rep.CreateOpportunityAsync(new OpportunityRequest(account, "Long shot", 9_000, March(30)));
        await rep.ChangeOpportunityAsync(lost.Id, new OpportunityPatch(Stage: "Closed lost", LostReason: "Project cancelled"));
        Assert.Equal(HttpStatusCode.NoContent, (await manager.PutAsJsonAsync("/api/forecast/quotas", new QuotaRequest("sales@demo.b2bcrm", "2027-03", 20_000))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await rep.PutAsJsonAsync("/api/forecast/quotas", new QuotaRequest("sales@demo.b2bcrm", "2027-03", 1))).StatusCode);

        var march = await manager.ForecastAsync("2027-03");

        var line = Assert.Single(march.Owners);
        Assert.Equal(new ForecastOwnerLine("sales@demo.b2bcrm", 2, 14_000, 6_000, 14_000, 10_000, 5_000, 20_000), line);
        Assert.Equal(("2027-03", "EUR", 0), (march.Period, march.Currency, march.OtherCurrencies));
        var calibration = march.Calibration.ToDictionary(b => (b.From, b.To));
        Assert.Equal((1, 0, 0.0), (calibration[(0, 19)].Closed, calibration[(0, 19)].Won, calibration[(0, 19)].WinRate));
        Assert.Equal((1, 1, 1.0), (calibration[(60, 79)].Closed, calibration[(60, 79)].Won, calibration[(60, 79)].WinRate));
        Assert.Null(calibration[(40, 59)].WinRate);
        Assert.Equal(8_000, Assert.Single((await rep.ForecastAsync("2027-04")).Owners).Pipeline);
        Assert.Empty((await south.ForecastAsync("2027-03")).Owners);
        Assert.Contains("period", (await (await rep.GetAsync("/api/forecast?period=March")).FieldErrorsAsync()).Keys);
    }

    [Fact]
    public async Task A_quote_is_made_from_a_deals_lines_and_the_quotes_order_wins_the_deal()
    {
        await ErpHoldsAsync(Dataset([Item("A", price: 15m)], [Customer("C-1")], [Stock("A", 100)]));
        using var rep = await SignedInAsync("sales");
        var account = await CustomerAccountAsync(rep);
        var bare = await rep.CreateOpportunityAsync(new OpportunityRequest(account, "Talk only", 100, March(20)));
        Assert.Contains("opportunity.no_lines", await (await rep.PostAsync($"/api/opportunities/{bare.Id}/quote", null)).Content.ReadAsStringAsync());
        var deal = await rep.CreateOpportunityAsync(new OpportunityRequest(account, "Valves", 0, March(20),
            Lines: [new OpportunityLineRequest("A", 5, 14m), new OpportunityLineRequest("A", 2)]));
        Assert.Equal(100m, deal.Amount);
        Assert.Equal([70m, 30m], deal.Lines.Select(l => l.Amount));

        var quote = await rep.PostAsync<QuoteResponse>($"/api/opportunities/{deal.Id}/quote", null, HttpStatusCode.Created);
        Assert.Equal(("C-1", "Draft"), (quote.CustomerNumber, quote.Status));
        Assert.Equal([(5m, 14m), (2m, 15m)], quote.Lines.Select(l => (l.Quantity, l.UnitPrice)));
        Assert.Equal(quote.Number, (await rep.OpportunityAsync(deal.Id)).QuoteNumber);

        await SendQuoteAsync(rep, quote.Id);
        await rep.PostAsync<QuoteResponse>($"/api/quotes/{quote.Id}/accept", null);
        var order = await rep.PostAsync<OrderCreatedResponse>($"/api/quotes/{quote.Id}/convert", null, HttpStatusCode.Created);

        var wonDeal = await rep.OpportunityAsync(deal.Id);
        Assert.Equal(("Won", "Closed won", order.Id, 100), (wonDeal.Status, wonDeal.Stage, wonDeal.SalesOrderId, wonDeal.Probability));
        Assert.Equal("system", wonDeal.History[^1].ChangedBy);
    }

    [Fact]
    public async Task A_deal_won_by_hand_gets_its_order_when_its_quote_is_converted_and_counts_once_as_won()
    {
        await ErpHoldsAsync(Dataset([Item("A", price: 15m)], [Customer("C-1")], [Stock("A", 100)]));
        using var rep = await SignedInAsync("sales");
        var deal = await rep.CreateOpportunityAsync(new OpportunityRequest(await CustomerAccountAsync(rep), "Valves", 0, March(20),
            Lines: [new OpportunityLineRequest("A", 10, 15m)]));
        Assert.Equal([DealActions.Change, DealActions.Quote], (await rep.OpportunityAsync(deal.Id)).AllowedActions);
        var quote = await rep.PostAsync<QuoteResponse>($"/api/opportunities/{deal.Id}/quote", null, HttpStatusCode.Created);

        await rep.ChangeOpportunityAsync(deal.Id, new OpportunityPatch(Stage: "Closed won"));
        var wonByHand = await rep.OpportunityAsync(deal.Id);
        Assert.Null(wonByHand.SalesOrderId);
        Assert.Empty(wonByHand.AllowedActions!);
        await SendQuoteAsync(rep, quote.Id);
        await rep.PostAsync<QuoteResponse>($"/api/quotes/{quote.Id}/accept", null);
        var order = await rep.PostAsync<OrderCreatedResponse>($"/api/quotes/{quote.Id}/convert", null, HttpStatusCode.Created);

        var won = await rep.OpportunityAsync(deal.Id);
        Assert.Equal(("Won", order.Id, "sales@demo.b2bcrm"), (won.Status, won.SalesOrderId, won.History[^1].ChangedBy));
        Assert.Equal(150m, (await rep.ForecastAsync("2027-03")).Total.Won);
    }

    [Fact]
    public async Task Leads_are_imported_from_a_file_row_by_row_and_the_campaign_counts_what_they_became()
    {
        await ErpHoldsAsync(Dataset([Item("A")], [Customer("C-1")], [Stock("A", 1)]));
        using var manager = await SignedInAsync("manager");
        using var rep = await SignedInAsync("sales");
        Assert.Equal(HttpStatusCode.Forbidden, (await rep.PostAsJsonAsync("/api/campaigns", new CampaignRequest("Fair", "TradeFair", March(1)))).StatusCode);
        var fair = await manager.PostAsync<CampaignResponse>("/api/campaigns",
            new CampaignRequest("Hannover Messe 2027", "TradeFair", March(1), March(5), 1_000), HttpStatusCode.Created);
        Assert.Contains("endsOn", (await (await manager.PostAsJsonAsync("/api/campaigns", new CampaignRequest("Bad", "Webinar", March(5), March(1)))).FieldErrorsAsync()).Keys);

        const string file = "Company;LastName;FirstName;Email;Phone;Country\n" +
            "Kowalski Metal;Kowalski;Piotr;piotr@kowalski-metal.pl;+48 22 123 45 67;PL\n" +
            ";Nobody;;;;\n" +
            "Kowalski Metal Sp. z o.o.;Kowalski;P.;piotr@kowalski-metal.pl;;PL\n" +
            "Bauer GmbH;Bauer;Eva;eva(at)bauer.de;;DE\n" +
            "Bauer GmbH;Bauer;Eva;eva@bauer.de;;DE\n";
        var import = await rep.PostAsync($"/api/leads/import?campaignId={fair.Id}", new StringContent(file, Encoding.UTF8, "text/csv"));
        var report = await import.ReadAsync<LeadImportResponse>();

        Assert.Equal((5, 2, 2, 1), (report.Rows, report.Imported, report.Invalid, report.Duplicates));
        Assert.Equal(["Imported", "Invalid", "Duplicate", "Invalid", "Imported"], report.Report.Select(r => r.Outcome));
        Assert.Equal(["company"], report.Report[1].Errors.Keys);
        Assert.Equal("same email", Assert.Single(report.Report[2].Candidates).Reasons[0]);
        Assert.Equal(["email"], report.Report[3].Errors.Keys);
        Assert.Equal(3, report.Report[1].Row);

        var converted = await (await rep.TryConvertAsync(report.Report[0].LeadId!.Value,
            new LeadConversionRequest(null, new OpportunityDraft("Sheet metal", 7_500, "EUR", March(25), "Negotiation")))).ReadAsync<LeadConversionResponse>(HttpStatusCode.Created);
        await rep.ChangeOpportunityAsync(converted.OpportunityId, new OpportunityPatch(Stage: "Closed won"));

        var results = (await rep.CampaignAsync(fair.Id)).Results;
        Assert.Equal(new CampaignResults(2, 1, 0, 1, 1, 7_500, 1_000), results);
        Assert.Equal("Import", (await rep.LeadAsync(report.Report[4].LeadId!.Value)).Source);
        var open = await rep.GetAsync<PagedResult<LeadSummary>>($"/api/leads?campaignId={fair.Id}");
        var every = await rep.GetAsync<PagedResult<LeadSummary>>($"/api/leads?campaignId={fair.Id}&status=All");
        Assert.Equal(1, open.Total);
        Assert.Equal(["New", "Qualified"], every.Items.Select(l => l.Status).Order());
    }

    private static async Task<long> CustomerAccountAsync(HttpClient client) =>
        (await client.GetAsync<PagedResult<AccountSummary>>("/api/accounts?kind=Customer&search=C-1")).Items.Single().Id;
}
