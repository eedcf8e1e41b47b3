using System.Text.Json;
using Crm.Contracts;
using Crm.Web.Pages.Sales;
using Crm.Web.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests;

/// <summary>The order page: what it shows, and exactly the actions the server offers in <c>allowedActions</c>.</summary>
public sealed class OrderPageTests : UiTest
{
    private static readonly string[] AsARep = [OrderActions.Cancel, OrderActions.ChangeQuantity, OrderActions.ChangeDeliveryDate, OrderActions.CancelLine];

    private static OrderResponse Order(string status, DateTimeOffset? atRiskSince = null, params string[] actions) => new(
        41, "SO-000041", "C-1001", status, March(15), false, null, null, DateTimeOffset.UnixEpoch, null,
        [
            new(1, "A-100", "P1", 12, false, 10, "NoSupplyWithinHorizon", [new(10, March(11), March(12), March(15))], AtRiskSince: atRiskSince, ShippedQuantity: 4,
                Description: "Hydraulic pump HP-20", BaseUnit: "PC"),
            new(2, "A-120", "P1", 40, false, 40, null, [new(40, March(1), March(2), March(5))], Description: "Ball valve BV-1/2", BaseUnit: "PC"),
        ],
        "Nordwerk Maschinenbau GmbH", null,
        [new("D-1", 1, "A-100", 4, March(3), "TRACK-1")],
        [new("INV-9", 2311.88m, "EUR", March(31), Paid: false)],
        AllowedActions: actions);

    private IRenderedComponent<OrderPage> Open(OrderResponse order, params string[] roles)
    {
        SignedInAs(roles);
        Api.Answer("GET", "/api/orders/41?explain=true", order)
            .Answer("GET", "/api/orders/41/promise-changes", new List<PromiseChangeResponse>
            {
                new(1, "A-100", "Repromised", [new(12, March(4), March(5), March(8))], [new(10, March(11), March(12), March(15))],
                    "PO 4711 arrives later", "system", DateTimeOffset.UnixEpoch),
            })
            .Answer("GET", "/api/orders/41/timeline", new List<TimelineEntry>
            {
                new(DateTimeOffset.UnixEpoch, "Created", "Entered.", "sales@demo.b2bcrm"),
                new(DateTimeOffset.UnixEpoch.AddMinutes(1), "CreditHold", "Held for credit: over the credit limit of 40,000.00 EUR.", "sales@demo.b2bcrm"),
            });
        // Signed in as the layout would have it: the session is known before the page renders.
        Services.GetRequiredService<Session>().RefreshAsync().GetAwaiter().GetResult();
        var page = Render<OrderPage>(p => p.Add(o => o.Id, 41L));
        page.WaitForAssertion(() => Assert.Contains("Order SO-000041", page.Find("h1").TextContent));
        return page;
    }

    [Fact]
    public void An_order_on_credit_hold_says_why_and_offers_the_release_only_to_whom_the_server_offers_it()
    {
        var held = Order("CreditHold", null, AsARep) with { CreditHoldReason = "Open orders 38,000.00 + open invoices 0.00 + this order 2,311.88 = 40,311.88 EUR, over the credit limit of 40,000.00 EUR." };
        var rep = Open(held, "Sales");
        Assert.DoesNotContain("Release credit hold", Buttons(rep));
        Assert.Contains("over the credit limit of 40,000.00 EUR", rep.Find("[aria-label='Credit hold']").TextContent);
        Assert.Contains("Held for credit", rep.Find("[aria-label='Timeline']").TextContent);

        Api.Answer("POST", "/api/orders/41/release-credit-hold", Order("Confirmed"));
        var manager = Open(held with { AllowedActions = [.. AsARep, OrderActions.PromiseByHand, OrderActions.ReleaseCreditHold] }, "Manager");
        Assert.Contains("Set promise of line 1 by hand", Buttons(manager));
        manager.FindAll("button").Single(b => b.TextContent.Trim() == "Release credit hold").Click();

        manager.WaitForAssertion(() => Assert.Contains(Api.Requests, r => r.Route == "POST /api/orders/41/release-credit-hold"));
    }

    [Fact]
    public void The_order_desk_sees_lines_shipments_invoices_and_history_and_may_set_a_promise_by_hand()
    {
        var page = Open(Order("Confirmed", null, [.. AsARep, OrderActions.PromiseByHand]), "OrderDesk");

        page.WaitForAssertion(() => Assert.Contains("Set promise of line 1 by hand", Buttons(page)));
        var line1 = page.Find("[aria-label='Line 1']").TextContent;
        Assert.Contains("Hydraulic pump HP-20", line1);
        Assert.DoesNotContain(Api.Requests, r => r.Route.StartsWith("GET /api/products", StringComparison.Ordinal));
        Assert.Contains("Ordered12 pcs", line1);
        Assert.Contains("Confirmed10 pcs · supply does not catch up within the planning horizon", line1);
        Assert.Contains("Shipped4 pcs", line1);
        Assert.Contains("TRACK-1", page.Find("[aria-label='Deliveries']").TextContent);
        Assert.Contains("Open", page.Find("[aria-label='Invoices']").TextContent);
        Assert.Contains("PO 4711 arrives later", page.Find("[aria-label='Promise history']").TextContent);
        Assert.Contains("Promised again (supply moved)", page.Find("[aria-label='Promise history']").TextContent);
    }

    [Fact]
    public void A_rep_may_change_and_cancel_but_not_promise_by_hand_and_acknowledges_a_moved_promise()
    {
        var page = Open(Order("Confirmed", DateTimeOffset.UnixEpoch, AsARep), "Sales");
        Api.Answer("POST", "/api/orders/41/lines/1/acknowledge-risk", Order("Confirmed"));

        var buttons = Buttons(page);
        Assert.Contains("Change quantity of line 1", buttons);
        Assert.Contains("Cancel line 2", buttons);
        Assert.DoesNotContain("Set promise of line 1 by hand", buttons);
        Assert.DoesNotContain("Confirm order", buttons);

        page.FindAll("button").Single(b => b.TextContent.Trim() == "Acknowledge risk of line 1").Click();

        page.WaitForAssertion(() => Assert.Contains(Api.Requests, r => r.Route == "POST /api/orders/41/lines/1/acknowledge-risk"));
    }

    [Fact]
    public void A_draft_is_confirmed_from_its_page()
    {
        var page = Open(Order("Draft", null, [OrderActions.Confirm, .. AsARep, OrderActions.SetPurchaseOrderNumber]), "OrderDesk");
        Api.Answer("POST", "/api/orders/41/confirm", new ConfirmOrderResponse(41, "SO-000041", "Confirmed", Today, []));

        page.FindAll("button").Single(b => b.TextContent.Trim() == "Confirm order").Click();

        page.WaitForAssertion(() => Assert.Contains(Api.Requests, r => r.Route == "POST /api/orders/41/confirm"));
    }

    [Fact]
    public void A_change_is_sent_with_its_reason_and_a_refusal_shows_next_to_the_field()
    {
        Api.Answer("POST", "/api/orders/41/lines/1/quantity", new
        {
            title = "One or more fields are not valid",
            status = 400,
            errors = new Dictionary<string, string[]> { ["quantity"] = ["The quantity must be greater than zero and at most 1,000,000,000."] },
        }, System.Net.HttpStatusCode.BadRequest);
        var dialog = Render<OrderChangeDialog>(p => p
            .Add(d => d.OrderId, 41L).Add(d => d.LineNumber, 1).Add(d => d.Change, OrderChangeDialog.OrderChange.Quantity).Add(d => d.Quantity, 12m));

        dialog.Find("#change-quantity").Change("0");
        dialog.Find("#change-reason").Change("Customer cut the order");
        dialog.FindAll("button").Single(b => b.TextContent.Trim() == "Change quantity").Click();

        dialog.WaitForAssertion(() => Assert.Contains("quantity must be greater than zero", dialog.Find(".field-error").TextContent));
        var sent = JsonSerializer.Deserialize<JsonElement>(Api.LastBody("POST /api/orders/41/lines/1/quantity")!);
        Assert.Equal((0m, "Customer cut the order"), (sent.GetProperty("quantity").GetDecimal(), sent.GetProperty("reason").GetString()));
    }

    private static List<string> Buttons(IRenderedComponent<OrderPage> page) => [.. page.FindAll("button").Select(b => b.TextContent.Trim())];
}
