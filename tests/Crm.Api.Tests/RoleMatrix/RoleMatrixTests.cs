using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Crm.Contracts;
using Crm.Api.Tests.Infrastructure;
using static Crm.Api.Tests.Infrastructure.ErpData;

namespace Crm.Api.Tests.RoleMatrix;

/// <summary>Every operation of the OpenAPI document, called by every role on a record of the caller's team, of
/// another team and on none at all, answers as <c>expected-statuses.txt</c> beside this file says. An operation
/// without a row fails the test, so a new endpoint cannot ship without its authorization decided.</summary>
public sealed class RoleMatrixTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    [Fact]
    public async Task Every_operation_answers_every_role_in_every_scope_as_the_table_says()
    {
        var table = ExpectedStatuses.Load(Path.Combine(AppContext.BaseDirectory, "RoleMatrix", "expected-statuses.txt"));
        var records = await ArrangeAsync();
        var operations = await OperationsAsync();

        var unlisted = operations.Where(o => !table.Rows.ContainsKey(o)).ToList();
        var stale = table.Rows.Keys.Where(k => !operations.Contains(k)).ToList();
        Assert.True(unlisted.Count == 0, $"Operations without a row in expected-statuses.txt:\n{string.Join("\n", unlisted)}");
        Assert.True(stale.Count == 0, $"Rows for operations the API no longer has:\n{string.Join("\n", stale)}");

        var mismatches = new List<string>();
        var actual = new StringBuilder();
        var calls = 0;
        foreach (var operation in operations)
        {
            actual.Append(operation.PadRight(ExpectedStatuses.OperationWidth));
            foreach (var role in ExpectedStatuses.Roles)
            {
                var cells = new List<string>();
                foreach (var scope in Scopes(operation))
                {
                    var status = await CallAsync(role, operation, scope, records);
                    calls++;
                    var seen = Outcome.Of(status);
                    cells.Add(seen);
                    var wanted = table.Expected(operation, role, scope);
                    if (wanted != seen) mismatches.Add($"{operation} as {role} on {scope}: expected {wanted}, got {(int)status}");
                }
                actual.Append(' ').Append(string.Join('/', cells).PadRight(ExpectedStatuses.CellWidth));
            }
            actual.AppendLine();
        }

        Assert.True(mismatches.Count == 0,
            $"{mismatches.Count} of {calls} calls differ from the table:\n{string.Join("\n", mismatches)}\n\nAs the API answers now:\n{actual}");
        Assert.Equal(table.CallCount, calls);
    }

    /// <summary>A record's route is called on the caller's team's record, another team's and one that does not exist;
    /// any other route once.</summary>
    private static Scope[] Scopes(string operation) =>
        RecordPaths.Any(operation.Contains) ? [Scope.Own, Scope.Other, Scope.None] : [Scope.Any];

    private static readonly string[] RecordPaths = ["{id}", "{customerNumber}"];

    private readonly Dictionary<string, HttpClient> _clients = [];

    /// <summary>The Customer role's user: a buyer at C-1 with portal access.</summary>
    private string? _buyer;

    private async Task<HttpStatusCode> CallAsync(string role, string operation, Scope scope, Records records)
    {
        var client = await ClientAsync(role);
        var (method, template) = (operation[..operation.IndexOf(' ')], operation[(operation.IndexOf(' ') + 1)..]);
        var url = template
            .Replace("{contactId}", records.Contact(scope))
            .Replace("{id}", records.Id(template, role, scope))
            .Replace("{customerNumber}", records.Customer(scope))
            .Replace("{lineNumber}", "1")
            .Replace("{attachmentId}", "1")
            .Replace("{invoiceNumber}", "INV-404")
            .Replace("{itemNumber}", "A");
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        // An empty body: authorization and visibility decide before the body is judged (a 400 means "let in").
        if (method is "POST" or "PUT" or "PATCH") request.Content = JsonContent.Create(new { });
        using var response = await client.SendAsync(request);
        if (template == "/api/auth/logout") _clients.Remove(role);
        return response.StatusCode;
    }

    private async Task<HttpClient> ClientAsync(string role)
    {
        if (role == "Anonymous") return _clients[role] = _clients.GetValueOrDefault(role) ?? Fixture.App.NewClient();
        if (!_clients.TryGetValue(role, out var client))
            _clients[role] = client = role == "Customer"
                ? await Http.SignInAsync(Fixture.App.NewClient(), _buyer!, PortalClient.Password)
                : await SignedInAsync(ExpectedStatuses.DemoUser(role));
        return client;
    }

    private async Task<List<string>> OperationsAsync()
    {
        var document = await (await ClientAsync("Admin")).GetAsync<JsonElement>("/swagger/v1/swagger.json");
        return [.. document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Where(m => Methods.Contains(m.Name)).Select(m => $"{m.Name.ToUpperInvariant()} {path.Name}"))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Team North (the demo manager, sales@) works C-1; team Key accounts, under another manager, works C-3.
    /// Each has a confirmed order and a draft quote; there is a price list for everyone and one for C-3.</summary>
    private async Task<Records> ArrangeAsync()
    {
        await ErpHoldsAsync(Dataset([Item("A")], [Customer("C-1"), Customer("C-3")], [Stock("A", 100)]));
        using var admin = await SignedInAsync("admin");
        var otherManager = await admin.PostAsync<UserResponse>("/api/users",
            new UserRequest($"keyaccounts-{Guid.NewGuid():N}@b2bcrm.test", "Manager", "Key!Accounts1"), HttpStatusCode.Created);
        var keyAccounts = await admin.PostAsync<TeamResponse>("/api/teams", new TeamRequest("Key accounts", otherManager.Email), HttpStatusCode.Created);
        await HandToTeamAsync("C-3", keyAccounts.Name, otherManager.Email);
        var north = (await admin.GetAsync<PagedResult<TeamResponse>>("/api/teams?search=North")).Items.Single();

        using var desk = await SignedInAsync("orderdesk");
        var ownOrder = await ConfirmedOrderForAsync(desk, "C-1", null, ("A", 1));
        var otherOrder = await ConfirmedOrderForAsync(desk, "C-3", null, ("A", 1));
        var ownQuote = await desk.PostAsync<QuoteResponse>("/api/quotes", new QuoteRequest("C-1", null, null, false, [new("A", 1)]), HttpStatusCode.Created);
        var otherQuote = await desk.PostAsync<QuoteResponse>("/api/quotes", new QuoteRequest("C-3", null, null, false, [new("A", 1)]), HttpStatusCode.Created);
        var users = (await admin.GetAsync<PagedResult<UserResponse>>("/api/users?pageSize=200")).Items.ToDictionary(u => u.Email);
        var accounts = (await admin.GetAsync<PagedResult<AccountSummary>>("/api/accounts?kind=Customer")).Items.ToDictionary(a => a.CustomerNumber!, a => a.Id.ToString());
        var ownList = await admin.PostAsync<PriceListResponse>("/api/price-lists", new PriceListRequest("Everyone", "EUR", null, null, March(1), null, []), HttpStatusCode.Created);
        var otherList = await admin.PostAsync<PriceListResponse>("/api/price-lists", new PriceListRequest("Key account deal", "EUR", "C-3", null, March(1), null, []), HttpStatusCode.Created);

        var ownLead = await admin.PostAsync<LeadResponse>("/api/leads", new LeadRequest("Own Lead GmbH", "North", TeamId: north.Id), HttpStatusCode.Created);
        var otherLead = await admin.PostAsync<LeadResponse>("/api/leads", new LeadRequest("Other Lead AG", "Key", TeamId: keyAccounts.Id), HttpStatusCode.Created);
        var ownDeal = await admin.PostAsync<OpportunityResponse>("/api/opportunities", new OpportunityRequest(long.Parse(accounts["C-1"]), "Own deal", 1, March(20)), HttpStatusCode.Created);
        var otherDeal = await admin.PostAsync<OpportunityResponse>("/api/opportunities", new OpportunityRequest(long.Parse(accounts["C-3"]), "Other deal", 1, March(20)), HttpStatusCode.Created);
        var ownActivity = await admin.PostAsync<ActivityResponse>("/api/activities",
            new ActivityRequest("Call", "Own call", new RegardingRef("Opportunity", ownDeal.Id), new DateTimeOffset(2027, 3, 2, 9, 0, 0, TimeSpan.Zero)), HttpStatusCode.Created);
        var otherActivity = await admin.PostAsync<ActivityResponse>("/api/activities",
            new ActivityRequest("Call", "Other call", new RegardingRef("Opportunity", otherDeal.Id), new DateTimeOffset(2027, 3, 2, 9, 0, 0, TimeSpan.Zero)), HttpStatusCode.Created);
        var stage = (await admin.GetAsync<List<StageResponse>>("/api/opportunity-stages"))[0].Id.ToString();
        var campaign = await admin.PostAsync<CampaignResponse>("/api/campaigns", new CampaignRequest("Fair", "TradeFair", March(1)), HttpStatusCode.Created);
        var ownContact = await admin.PostAsync<ContactResponse>($"/api/accounts/{accounts["C-1"]}/contacts", new ContactRequest("North"), HttpStatusCode.Created);
        var otherContact = await admin.PostAsync<ContactResponse>($"/api/accounts/{accounts["C-3"]}/contacts", new ContactRequest("Key"), HttpStatusCode.Created);
        using var agent = await SignedInAsync("service");
        var ownCase = await agent.OpenCaseAsync(new CaseRequest("C-1", Subject: "Own case"));
        var otherCase = await agent.OpenCaseAsync(new CaseRequest("C-3", Subject: "Other case"));
        var article = await agent.WriteArticleAsync(new ArticleRequest("Everyone's article", "Text"));
        _buyer = $"buyer.{Guid.NewGuid():N}@c-1.example";
        var buyerContact = await admin.PostAsync<ContactResponse>($"/api/accounts/{accounts["C-1"]}/contacts", new ContactRequest("Buyer", Email: _buyer), HttpStatusCode.Created);
        (await PortalClient.InvitedBuyerAsync(Fixture.App, Fixture.Mail, admin, long.Parse(accounts["C-1"]), buyerContact.Id, _buyer)).Dispose();
        // Quotes sent to C-1's buyer and to C-3's: the portal shows a buyer only those sent to their company.
        var ownSent = await desk.PostAsync<QuoteResponse>("/api/quotes", new QuoteRequest("C-1", null, null, false, [new("A", 1)], ContactId: buyerContact.Id), HttpStatusCode.Created);
        await desk.PostAsync<QuoteResponse>($"/api/quotes/{ownSent.Id}/send", null);
        var otherBuyer = await admin.PostAsync<ContactResponse>($"/api/accounts/{accounts["C-3"]}/contacts", new ContactRequest("Buyer", Email: "buyer@c-3.example"), HttpStatusCode.Created);
        var otherSent = await desk.PostAsync<QuoteResponse>("/api/quotes", new QuoteRequest("C-3", null, null, false, [new("A", 1)], ContactId: otherBuyer.Id), HttpStatusCode.Created);
        await desk.PostAsync<QuoteResponse>($"/api/quotes/{otherSent.Id}/send", null);

        return new Records(
            new() { ["/api/orders"] = (ownOrder.Id.ToString(), otherOrder.Id.ToString()), ["/api/quotes"] = (ownQuote.Id.ToString(), otherQuote.Id.ToString()),
                ["/api/teams"] = (north.Id.ToString(), keyAccounts.Id.ToString()),
                ["/api/accounts"] = (accounts["C-1"], accounts["C-3"]),
                ["/api/price-lists"] = (ownList.Id.ToString(), otherList.Id.ToString()),
                ["/api/users"] = (users["sales@demo.b2bcrm"].Id, otherManager.Id),
                ["/api/leads"] = (ownLead.Id.ToString(), otherLead.Id.ToString()),
                ["/api/opportunities"] = (ownDeal.Id.ToString(), otherDeal.Id.ToString()),
                ["/api/activities"] = (ownActivity.Id.ToString(), otherActivity.Id.ToString()),
                // Campaigns belong to no team: everyone who may read them reads each one.
                ["/api/campaigns"] = (campaign.Id.ToString(), campaign.Id.ToString()),
                ["/api/opportunity-stages"] = (stage, stage),
                ["/api/cases"] = (ownCase.Id.ToString(), otherCase.Id.ToString()),
                ["/api/articles"] = (article.Id.ToString(), article.Id.ToString()),
                // A customer's own is their account's: C-1's order and case; the other team's customer is another customer.
                ["/api/portal/orders"] = (ownOrder.Id.ToString(), otherOrder.Id.ToString()),
                ["/api/portal/cases"] = (ownCase.Id.ToString(), otherCase.Id.ToString()),
                ["/api/portal/quotes"] = (ownSent.Id.ToString(), otherSent.Id.ToString()),
                [ContactsOfAccounts] = (ownContact.Id.ToString(), otherContact.Id.ToString()) });
    }

    private enum Scope { Any, Own, Other, None }

    private const string ContactsOfAccounts = "contacts of accounts";

    /// <summary>What the table says of a call: <c>ok</c> when it got past authorization and found its record (any answer
    /// but 401, 403 and 404), else the status.</summary>
    private static class Outcome
    {
        public static string Of(HttpStatusCode status) => (int)status switch
        {
            401 or 403 or 404 => ((int)status).ToString(),
            >= 500 => $"fail{(int)status}",
            _ => "ok",
        };
    }

    /// <param name="Ids">Per resource path: the id of the caller's team's record and of another team's.</param>
    private sealed record Records(Dictionary<string, (string Own, string Other)> Ids)
    {
        private const string Missing = "987654321";

        /// <summary>A contact of the account the same call names (its team's or another team's).</summary>
        public string Contact(Scope scope) => scope == Scope.Other ? Ids[ContactsOfAccounts].Other : scope == Scope.None ? Missing : Ids[ContactsOfAccounts].Own;

        /// <summary>Dead letters are named by a GUID, and none exists in the story.</summary>
        private const string MissingGuid = "00000000-0000-0000-0000-00000000abcd";

        public string Id(string template, string role, Scope scope)
        {
            if (template.StartsWith("/api/erp/dead-letters/", StringComparison.Ordinal)) return MissingGuid;
            var resource = Ids.Keys.FirstOrDefault(template.StartsWith);
            if (resource is null || scope == Scope.None) return Missing;
            return scope == Scope.Other ? Ids[resource].Other : Ids[resource].Own;
        }

        public string Customer(Scope scope) => scope switch
        {
            Scope.Other => "C-3",
            Scope.None => "C-404",
            _ => "C-1",
        };
    }

    /// <summary>The table: one row per operation, one cell per role, a cell being one outcome or own/other/none.</summary>
    private sealed class ExpectedStatuses
    {
        public const int OperationWidth = 64;
        public const int CellWidth = 12;

        public static readonly string[] Roles = ["Anonymous", "Sales", "OrderDesk", "Manager", "Admin", "Integration", "Service", "Customer"];

        public static string DemoUser(string role) => role == "OrderDesk" ? "orderdesk" : role.ToLowerInvariant();

        public required Dictionary<string, string[][]> Rows { get; init; }

        public int CallCount => Rows.Values.Sum(cells => cells.Sum(c => c.Length));

        public string Expected(string operation, string role, Scope scope)
        {
            var cell = Rows[operation][Array.IndexOf(Roles, role)];
            return scope switch { Scope.Any or Scope.Own => cell[0], Scope.Other => cell[1], _ => cell[2] };
        }

        public static ExpectedStatuses Load(string path)
        {
            var rows = new Dictionary<string, string[][]>();
            foreach (var raw in File.ReadAllLines(path))
            {
                var line = raw.Trim();
                if (line.Length == 0 || line.StartsWith('#')) continue;
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var operation = $"{parts[0]} {parts[1]}";
                var cells = parts[2..].Select(c => c.Split('/')).ToArray();
                if (cells.Length != Roles.Length) throw new InvalidDataException($"{operation}: {cells.Length} cells for {Roles.Length} roles.");
                var width = RecordPaths.Any(operation.Contains) ? 3 : 1;
                if (cells.Any(c => c.Length != width)) throw new InvalidDataException($"{operation}: every cell needs {width} outcome(s).");
                if (!rows.TryAdd(operation, cells)) throw new InvalidDataException($"{operation} has two rows.");
            }
            return new ExpectedStatuses { Rows = rows };
        }
    }
}
