using System.Net;
using System.Net.Http.Json;
using Crm.Api.Tests.Infrastructure;
using Crm.Contracts;
using static Crm.Api.Tests.Infrastructure.ErpData;

namespace Crm.Api.Tests;

/// <summary>A document's <c>allowedActions</c> are what the API takes from that caller now, no more and no less: every
/// action is tried on a fresh document in every status, as every role that works documents, and the list it answered
/// before must have offered exactly the ones the API took (2xx) and none it refused (403, or a broken rule).</summary>
public sealed class AllowedActionsTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly string[] Roles = ["sales", "orderdesk", "manager", "admin", "service"];

    private static readonly string[] OrderStatuses = ["Draft", "Confirmed", "CreditHold", "Cancelled", "Released", "Invoiced"];

    [Fact]
    public async Task Every_order_action_is_offered_exactly_when_the_API_takes_it_in_every_status_and_for_every_role()
    {
        // A from stock ships as soon as the ERP's clock moves; B comes in April, so its orders stay with the ERP.
        await ErpHoldsAsync(Dataset([Item("A"), Item("B")], [Customer("C-1"), Customer("C-2") with { CreditLimit = 1 }],
            [Stock("A", 10_000)], production: [Production("P-1", "B", 10_000, new DateOnly(2027, 4, 30))]));
        using var desk = await SignedInAsync("orderdesk");

        try
        {
            // The manager holds every order permission: what the manager may do in a status is what the order's rules allow.
            var ruled = new Dictionary<(string Status, string Action), bool>();
            var orders = await OrdersAsync(desk, OrderActions.All.Count);
            using (var manager = await SignedInAsync("manager"))
                foreach (var status in OrderStatuses)
                    foreach (var (action, order) in OrderActions.All.Zip(orders[status]))
                        ruled[(status, action)] = await AgreesAsync(manager, "manager", status, action, order, OrderAttemptAsync);

            // Each role, on the first status whose rules allow the action: what it may do is what its role allows.
            foreach (var role in Roles.Where(r => r != "manager"))
            {
                using var client = await SignedInAsync(role);
                foreach (var action in OrderActions.All)
                {
                    var status = OrderStatuses.First(s => ruled[(s, action)]);
                    var order = (await OrdersAsync(desk, 1, status))[status][0];
                    await AgreesAsync(client, role, status, action, order, OrderAttemptAsync);
                }
            }
        }
        finally
        {
            // The ERP answers again, and the app's circuit breaker lets calls through, before the next story begins.
            await Fixture.Erp.FailAsync(0);
            using var admin = await SignedInAsync("admin");
            await Http.EventuallyAsync(() => admin.PostAsync("/api/erp/sync", null), r => r.IsSuccessStatusCode, "the ERP answers the app again");
        }
    }

    [Fact]
    public async Task Every_quote_action_is_offered_exactly_when_the_API_takes_it_in_every_status_and_for_every_role()
    {
        await ErpHoldsAsync(Dataset([Item("A", price: 100m)], [Customer("C-1")], [Stock("A", 1_000)]));
        using var rep = await SignedInAsync("sales");
        using var manager = await SignedInAsync("manager");
        string[] statuses = ["Draft", "PendingApproval", "Approved", "Rejected", "Sent", "Accepted", "Converted", "Declined", "Superseded"];
        // Saving answers 200 (changed in place) or 201 (its next version): one attempt tells both actions apart.
        string[] attempts = [.. QuoteActions.All.Where(a => a != QuoteActions.Revise)];

        foreach (var role in Roles)
        {
            using var client = await SignedInAsync(role);
            foreach (var status in statuses)
                foreach (var action in attempts)
                {
                    var quote = await QuoteInAsync(status, rep, manager);
                    await AgreesAsync(client, role, status, action, quote, QuoteAttemptAsync);
                }
        }
    }

    [Fact]
    public async Task Every_case_action_is_offered_exactly_when_the_API_takes_it_in_every_status_and_for_every_role()
    {
        await NordwerkInTheErpAsync();
        // Opened by a rep, so nobody owns them yet; the desk moves them on.
        using var rep = await SignedInAsync("sales");
        using var agent = await SignedInAsync("service");
        var account = (await agent.GetAsync<PagedResult<AccountSummary>>("/api/accounts?search=C-1")).Items.Single().Id;
        string[] statuses = ["New", "InProgress", "WaitingOnCustomer", "Resolved", "Closed"];

        foreach (var role in Roles)
        {
            using var client = await SignedInAsync(role);
            foreach (var status in statuses)
                foreach (var action in CaseActions.All)
                {
                    var opened = await rep.OpenCaseAsync(new CaseRequest(AccountId: account, Subject: "Pump leaks", Priority: "Normal"));
                    foreach (var step in status switch
                    {
                        "InProgress" => ["InProgress"],
                        "WaitingOnCustomer" => ["WaitingOnCustomer"],
                        "Resolved" => ["Resolved"],
                        "Closed" => ["Resolved", "Closed"],
                        _ => Array.Empty<string>(),
                    })
                        await agent.MoveCaseAsync(opened.Id, step);
                    var me = $"{role}@demo.b2bcrm";
                    if (action == CaseActions.Take && (await client.CaseAsync(opened.Id)) is { Owner: var owner } seen && owner == me)
                    {
                        // Taking a case one owns already changes nothing: never offered.
                        Assert.DoesNotContain(CaseActions.Take, seen.AllowedActions ?? []);
                        continue;
                    }
                    await AgreesAsync(client, role, status, action, opened.Id, (c, a, id) => CaseAttemptAsync(c, a, id, me));
                }
        }
    }

    private static async Task<(HttpResponseMessage, IReadOnlyList<string>)> CaseAttemptAsync(HttpClient client, string action, long id, string me)
    {
        var offered = (await client.GetAsync<CaseResponse>($"/api/cases/{id}")).AllowedActions ?? [];
        var kase = $"/api/cases/{id}";
        var answer = action switch
        {
            CaseActions.Escalate => await client.PostAsJsonAsync($"{kase}/escalate", new CaseEscalationRequest("Needs the second level")),
            CaseActions.Take => await client.PatchAsJsonAsync(kase, new CasePatch(Owner: me)),
            _ => await client.PostAsJsonAsync($"{kase}/status", new CaseStatusRequest(action switch
            {
                CaseActions.WaitOnCustomer => "WaitingOnCustomer",
                CaseActions.Resolve => "Resolved",
                CaseActions.Close => "Closed",
                _ => "InProgress",
            })),
        };
        return (answer, offered);
    }

    /// <summary>Reads the list as the caller, tries the action, and says whether the API took it.</summary>
    private static async Task<bool> AgreesAsync(
        HttpClient client, string role, string status, string action, long id, Func<HttpClient, string, long, Task<(HttpResponseMessage, IReadOnlyList<string>)>> attempt)
    {
        var (answer, offered) = await attempt(client, action, id);
        var body = await answer.Content.ReadAsStringAsync();
        var code = (int)answer.StatusCode;
        // Refused: not the caller's to do (403), or a rule of the document's (409, or 400 naming the field the rule is about).
        Assert.True(code is (>= 200 and < 300) or 403 or 409 || (code == 400 && body.Contains("\"code\"", StringComparison.Ordinal)),
            $"{role} trying {action} on a {status} document answered {code}: {body}");
        var taken = code is >= 200 and < 300;
        if (Repeats.Contains((status, action)))
        {
            // Asked again, the API answers as it did the first time (to whom it may), changing nothing: not an action to offer.
            Assert.True(taken || code == 403, $"{role} repeating {action} on a {status} document answered {code}: {body}");
            Assert.DoesNotContain(action, offered);
            return false;
        }
        if (action == QuoteActions.Save)
        {
            Assert.True(offered.Contains(QuoteActions.Save) == (code == 200),
                $"{role} on a {status} quote: offered [{string.Join(", ", offered)}], saving answered {code}: {body}");
            Assert.True(offered.Contains(QuoteActions.Revise) == (code == 201),
                $"{role} on a {status} quote: offered [{string.Join(", ", offered)}], saving answered {code}: {body}");
            return taken;
        }
        Assert.True(offered.Contains(action) == taken,
            $"{role} on a {status} document: offered [{string.Join(", ", offered)}], {action} answered {code}: {body}");
        return taken;
    }

    /// <summary>Answers the first time's result again without changing anything.</summary>
    private static readonly HashSet<(string Status, string Action)> Repeats =
        [
            ("Accepted", QuoteActions.Accept), ("Converted", QuoteActions.Accept), ("Converted", QuoteActions.Convert),
            ("InProgress", CaseActions.StartWork), ("WaitingOnCustomer", CaseActions.WaitOnCustomer), ("Resolved", CaseActions.Resolve), ("Closed", CaseActions.Close),
        ];

    private static async Task<(HttpResponseMessage, IReadOnlyList<string>)> OrderAttemptAsync(HttpClient client, string action, long id)
    {
        var offered = (await client.GetAsync<OrderResponse>($"/api/orders/{id}")).AllowedActions ?? [];
        var order = $"/api/orders/{id}";
        var answer = action switch
        {
            OrderActions.Confirm => await client.PostAsync($"{order}/confirm", null),
            OrderActions.Cancel => await client.PostAsJsonAsync($"{order}/cancel", new CancelRequest("Customer changed their mind")),
            OrderActions.CancelLine => await client.PostAsJsonAsync($"{order}/lines/2/cancel", new CancelRequest("Not needed")),
            OrderActions.ChangeQuantity => await client.PostAsJsonAsync($"{order}/lines/1/quantity", new QuantityChangeRequest(1, "Fewer")),
            OrderActions.ChangeDeliveryDate => await client.PostAsJsonAsync($"{order}/requested-delivery-date", new RequestedDateChangeRequest(March(31), "Later")),
            OrderActions.PromiseByHand => await client.PostAsJsonAsync($"{order}/lines/1/manual-promise",
                new ManualPromiseRequest("Expedited by the plant", [new ManualScheduleLine(1, March(2))])),
            OrderActions.ReleaseCreditHold => await client.PostAsJsonAsync($"{order}/release-credit-hold", new CreditReleaseRequest("Paid in advance")),
            OrderActions.SetPurchaseOrderNumber => await client.PostAsJsonAsync($"{order}/purchase-order-number", new PurchaseOrderNumberRequest("PO-77")),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
        };
        return (answer, offered);
    }

    private async Task<(HttpResponseMessage, IReadOnlyList<string>)> QuoteAttemptAsync(HttpClient client, string action, long id)
    {
        var offered = (await client.GetAsync<QuoteResponse>($"/api/quotes/{id}")).AllowedActions ?? [];
        var quote = $"/api/quotes/{id}";
        var answer = action switch
        {
            QuoteActions.Save => await client.PutAsJsonAsync(quote, Terms(), Http.Json),
            QuoteActions.Copy => await client.PostAsync($"{quote}/copy", null),
            QuoteActions.Approve or QuoteActions.Reject => await client.PostAsJsonAsync($"{quote}/{action}", new ApprovalDecisionRequest("Seen")),
            QuoteActions.Send => await client.PostAsJsonAsync($"{quote}/send", new QuoteSendRequest([await BuyerAsync(client, id)])),
            _ => await client.PostAsync($"{quote}/{action}", null),
        };
        return (answer, offered);
    }

    /// <summary>A buyer of the quote's customer to send it to; the rep makes one when the user may not (a manager,
    /// the order desk).</summary>
    private async Task<long> BuyerAsync(HttpClient client, long quoteId)
    {
        using var rep = await SignedInAsync("sales");
        var quote = await rep.GetAsync<QuoteResponse>($"/api/quotes/{quoteId}");
        return (await rep.PostAsync<ContactResponse>($"/api/accounts/{quote.AccountId}/contacts", new ContactRequest($"Buyer {Guid.NewGuid():N}", Email: $"buyer.{Guid.NewGuid():N}@c1.example"), HttpStatusCode.Created)).Id;
    }

    /// <summary>15 % off: beyond a rep's authority (10 %), within a manager's (30 %).</summary>
    private static QuoteRequest Terms() => new("C-1", null, null, false, [new QuoteLineRequest("A", 2, DiscountPercent: 15)]);

    /// <summary>A quote the rep made, brought to the status.</summary>
    private async Task<long> QuoteInAsync(string status, HttpClient rep, HttpClient manager)
    {
        var id = (await rep.PostAsync<QuoteResponse>("/api/quotes", Terms(), HttpStatusCode.Created)).Id;
        async Task Step(HttpClient who, string step, object? body = null) => await who.PostAsync<QuoteResponse>($"/api/quotes/{id}/{step}", body);
        if (status == "Draft") return id;
        await Step(rep, "submit");
        if (status == "PendingApproval") return id;
        if (status == "Rejected")
        {
            await Step(manager, "reject", new ApprovalDecisionRequest("Too much off"));
            return id;
        }
        await Step(manager, "approve", new ApprovalDecisionRequest("Fine"));
        if (status == "Approved") return id;
        await SendQuoteAsync(rep, id);
        if (status == "Sent") return id;
        if (status == "Superseded")
        {
            await rep.PutAsync<QuoteResponse>($"/api/quotes/{id}", Terms(), HttpStatusCode.Created);
            return id;
        }
        if (status == "Declined")
        {
            await Step(rep, "decline");
            return id;
        }
        await Step(rep, "accept");
        if (status == "Converted") await rep.PostAsync<OrderCreatedResponse>($"/api/quotes/{id}/convert", null, HttpStatusCode.Created);
        return id;
    }

    /// <summary>Orders of two lines each, entered by the order desk and brought to each status (or only the one named).
    /// Those the ERP takes come first; then the ERP stops answering, so a confirmed order stays confirmed.</summary>
    private async Task<Dictionary<string, List<long>>> OrdersAsync(HttpClient desk, int each, string? only = null)
    {
        var wanted = only is null ? OrderStatuses : [only];
        var made = wanted.ToDictionary(s => s, _ => new List<long>());
        var withErp = wanted.Where(s => s is "Released" or "Invoiced").ToList();
        foreach (var status in withErp) made[status].AddRange(await ConfirmedAsync(desk, status == "Released" ? "B" : "A", "C-1", each));
        foreach (var id in withErp.SelectMany(s => made[s]))
            await Http.EventuallyAsync(() => desk.GetAsync<OrderResponse>($"/api/orders/{id}"), o => o.Status == "Released", "the ERP takes the order");
        if (withErp.Contains("Invoiced"))
        {
            // The ERP ships and invoices what has come due; B is not due before April.
            await Fixture.Erp.AdvanceClockAsync(March(5));
            using var admin = await SignedInAsync("admin");
            await admin.PostAsync<SyncResponse>("/api/erp/sync", null);
        }
        await Fixture.Erp.FailAsync(1);
        foreach (var status in wanted.Except(withErp))
            for (var i = 0; i < each; i++)
            {
                var created = await desk.PostAsync<OrderCreatedResponse>("/api/orders",
                    new AvailabilityRequest(status == "CreditHold" ? "C-2" : "C-1", null, null, false, [new("A", 5), new("A", 5)]), HttpStatusCode.Created);
                made[status].Add(created.Id);
                if (status == "Draft") continue;
                await desk.PostAsync<ConfirmOrderResponse>($"/api/orders/{created.Id}/confirm", null);
                if (status == "Cancelled") await desk.PostAsync<OrderResponse>($"/api/orders/{created.Id}/cancel", new CancelRequest("Not wanted"));
            }
        foreach (var status in wanted)
            foreach (var id in made[status])
                Assert.Equal(status, (await desk.GetAsync<OrderResponse>($"/api/orders/{id}")).Status);
        return made;
    }

    private static async Task<List<long>> ConfirmedAsync(HttpClient desk, string item, string customer, int count)
    {
        var ids = new List<long>();
        for (var i = 0; i < count; i++)
        {
            var created = await desk.PostAsync<OrderCreatedResponse>("/api/orders",
                new AvailabilityRequest(customer, null, null, false, [new(item, 5), new(item, 5)]), HttpStatusCode.Created);
            await desk.PostAsync<ConfirmOrderResponse>($"/api/orders/{created.Id}/confirm", null);
            ids.Add(created.Id);
        }
        return ids;
    }
}
