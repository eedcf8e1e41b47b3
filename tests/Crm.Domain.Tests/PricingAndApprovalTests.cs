using Crm.Domain.Catalog;
using Crm.Domain.Common;
using Crm.Domain.Sales;

namespace Crm.Domain.Tests;

/// <summary>The rules of pricing, approval and credit that quotes and orders are held to.</summary>
public sealed class PricingAndApprovalTests
{
    private static readonly DateOnly Today = new(2027, 3, 1);
    private static readonly PriceContext Buyer = new(new CustomerNumber("C-1"), "A", "EUR", Today);

    [Theory]
    [InlineData(5, 470, PriceSource.GroupPriceList)]      // the customer's list starts at 20: its group's applies
    [InlineData(25, 390, PriceSource.CustomerPriceList)]  // the customer's break at 20
    [InlineData(60, 390, PriceSource.CustomerPriceList)]  // the customer's list wins over the group's better break
    public void The_most_specific_list_with_a_break_for_the_quantity_prices_the_line(decimal quantity, decimal price, PriceSource source)
    {
        var lists = new[]
        {
            PriceList.Create("Everyone", "EUR", null, null, Today, null, [new("PUMP", 0, 480), new("PUMP", 10, 450)]),
            PriceList.Create("Group A", "EUR", null, "A", Today, null, [new("PUMP", 0, 470), new("PUMP", 50, 400)]),
            PriceList.Create("C-1", "EUR", new CustomerNumber("C-1"), null, Today, null, [new("PUMP", 20, 390)]),
        };

        var resolved = PriceResolution.Resolve(lists, Buyer, "PUMP", quantity, 500);

        Assert.Equal((price, source), (resolved.UnitPrice, resolved.Source));
    }

    [Fact]
    public void Lists_in_another_currency_out_of_validity_or_for_someone_else_leave_the_ERP_list_price()
    {
        var lists = new[]
        {
            PriceList.Create("US", "USD", null, null, Today, null, [new("PUMP", 0, 1)]),
            PriceList.Create("Ended", "EUR", null, null, Today.AddDays(-30), Today.AddDays(-1), [new("PUMP", 0, 2)]),
            PriceList.Create("Later", "EUR", null, null, Today.AddDays(1), null, [new("PUMP", 0, 3)]),
            PriceList.Create("Group B", "EUR", null, "B", Today, null, [new("PUMP", 0, 4)]),
            PriceList.Create("C-2", "EUR", new CustomerNumber("C-2"), null, Today, null, [new("PUMP", 0, 5)]),
        };

        Assert.Equal(new ResolvedPrice(500, PriceSource.ErpListPrice), PriceResolution.Resolve(lists, Buyer, "PUMP", 1, 500));
    }

    [Fact]
    public void A_price_list_refuses_a_customer_and_a_group_at_once_a_bad_currency_and_two_prices_for_one_break()
    {
        Assert.Equal("customerGroup", Assert.Throws<DomainRuleException>(() =>
            PriceList.Create("L", "EUR", new CustomerNumber("C-1"), "A", Today, null, [])).Field);
        Assert.Equal("currency", Assert.Throws<DomainRuleException>(() => PriceList.Create("L", "EURO", null, null, Today, null, [])).Field);
        Assert.Equal("validTo", Assert.Throws<DomainRuleException>(() => PriceList.Create("L", "EUR", null, null, Today, Today.AddDays(-1), [])).Field);
        Assert.Equal("lines[1].minQuantity", Assert.Throws<DomainRuleException>(() =>
            PriceList.Create("L", "EUR", null, null, Today, null, [new("PUMP", 5, 1), new("PUMP", 5, 2)])).Field);
    }

    [Fact]
    public void A_discount_counts_against_the_reference_price_so_a_typed_price_far_below_it_needs_approval()
    {
        var quote = Quote.Create(new CustomerNumber("C-1"), null, Today.AddDays(30), false,
            [Line("PUMP", 124, new LinePrice(1m, 95m), 1857.17m), Line("VALVE", 1, new LinePrice(500m, 5m, PriceSource.ErpListPrice), 500m)],
            Today, "rep", DateTimeOffset.UnixEpoch);
        var rules = new ApprovalRules(10, new Dictionary<string, decimal> { ["VALVE"] = 480m });

        var reasons = rules.ReasonsFor(quote);

        Assert.Equal(
        [
            "Line 1: 100 % off PUMP's price is above the limit of 10 %.",
            "Line 2: the net price 475.00 is below VALVE's floor of 480.00.",
            "The quote's total discount of 99.79 % is above the limit of 10 %.",
        ], reasons);
        Assert.Empty(new ApprovalRules(100, new Dictionary<string, decimal>()).ReasonsFor(quote));
    }

    [Fact]
    public void A_submitted_quote_beyond_authority_waits_the_requester_cannot_decide_it_and_a_sent_one_revises_into_a_read_only_past()
    {
        var quote = Quote.Create(new CustomerNumber("C-1"), null, Today.AddDays(30), false,
            [Line("PUMP", 2, new LinePrice(500m, 20m, PriceSource.ErpListPrice), 500m)], Today, "rep", DateTimeOffset.UnixEpoch);
        quote.Submit(new ApprovalRules(10, new Dictionary<string, decimal>()), "rep", DateTimeOffset.UnixEpoch);
        Assert.Equal(QuoteStatus.PendingApproval, quote.Status);
        Assert.IsType<QuoteApprovalRequested>(Assert.Single(quote.DomainEvents));
        Assert.Equal("approval.own_request", Assert.Throws<DomainRuleException>(() => quote.Approve("rep", null, DateTimeOffset.UnixEpoch)).Code);

        quote.Approve("boss", "ok", DateTimeOffset.UnixEpoch);
        quote.Send(new ApprovalRules(0, new Dictionary<string, decimal>()), "rep", DateTimeOffset.UnixEpoch);
        var next = quote.NextVersion(null, Today.AddDays(30), false, [Line("PUMP", 3, new LinePrice(500m, 0m), 500m)], Today, "rep", DateTimeOffset.UnixEpoch);

        Assert.Equal((2, QuoteStatus.Draft), (next.VersionNumber, next.Status));
        Assert.Equal("quote.superseded", Assert.Throws<DomainRuleException>(() => quote.Decline(DateTimeOffset.UnixEpoch)).Code);
    }

    [Theory]
    [InlineData(6_000, 0, 5_000, true)]
    [InlineData(0, 4_000, 7_000, true)]
    [InlineData(3_000, 2_000, 5_000, false)]   // exactly the limit is within it
    public void Open_orders_open_invoices_and_this_order_are_weighed_against_the_credit_limit(decimal orders, decimal invoices, decimal order, bool over)
    {
        var check = new CreditCheck(10_000, orders, invoices, order, "EUR");
        Assert.Equal(over, check.OverLimit);
        Assert.Contains(over ? "over the credit limit" : "within the credit limit", check.Explain());
    }

    private static QuoteLineInput Line(string item, decimal quantity, LinePrice price, decimal reference) =>
        new(new ItemNumber(item), "P1", new Quantity(quantity), price, false, reference);
}
