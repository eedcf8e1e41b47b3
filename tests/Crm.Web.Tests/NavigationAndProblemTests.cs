using Crm.Contracts;
using Crm.Web.Components;
using Crm.Web.Layout;
using Crm.Web.Services;

namespace Crm.Web.Tests;

/// <summary>What the menu offers each role, and how the API's problems read on the screen.</summary>
public sealed class NavigationAndProblemTests : UiTest
{
    [Theory]
    [InlineData("Sales", "Home,My agenda,My calendar,Accounts,Cases,Knowledge,Leads,Campaigns,Pipeline,Forecast,Quotes,Orders,Approvals,At risk,Price lists,ATP explorer")]
    [InlineData("OrderDesk", "Home,My agenda,My calendar,Accounts,Cases,Knowledge,Quotes,Orders,New order,Approvals,At risk,Price lists,ATP explorer")]
    [InlineData("Admin", "Home,My agenda,My calendar,Accounts,Cases,Knowledge,Leads,Campaigns,Pipeline,Forecast,Quotes,Orders,Approvals,At risk,Price lists,ATP explorer,Teams and users,ERP")]
    [InlineData("Integration", "Home,ERP")]
    [InlineData("Service", "Home,My agenda,My calendar,Accounts,Cases,Knowledge,Quotes,Orders,Approvals,At risk,Price lists,ATP explorer")]
    [InlineData("Customer", "My orders,My quotes,My invoices,My cases,Help")]
    public void The_menu_offers_only_what_the_role_can_open(string role, string expected) =>
        Assert.Equal(expected, string.Join(",", Navigation.For(new CurrentUser("x@demo.b2bcrm", [role])).Select(i => i.Text)));

    [Theory]
    [InlineData("api/quotes/12", "api/quotes/12")]
    [InlineData("api/quotes/12/send", "api/quotes/12")]
    [InlineData("api/orders/7/lines/1/quantity?x=1", "api/orders/7")]
    [InlineData("api/customers/C-1/receiving-days", "api/customers/C-1")]
    [InlineData("api/quotes", null)]
    [InlineData("api/orders/provisional/recheck", null)]
    [InlineData("api/atp/check", null)]
    public void A_change_is_sent_with_the_version_of_the_document_it_is_about(string url, string? document) =>
        Assert.Equal(document, ApiTransport.DocumentOf(url));

    [Theory]
    [InlineData("The CustomerNumber field is required.", "customerNumber", "Customer", "Customer is required.")]
    [InlineData("The field Quantity must be between 0.001 and 1000000000.", "lines[0].quantity", "Quantity", "Quantity must be between 0.001 and 1000000000.")]
    [InlineData("At least one line is required.", "lines", "Lines", "At least one line is required.")]
    public void Validation_messages_name_the_field_as_the_screen_does(string message, string field, string label, string expected) =>
        Assert.Equal(expected, ApiProblem.Humanize(message, field, label));

    [Fact]
    public void A_field_the_page_does_not_show_is_named_in_words_above_the_form() =>
        Assert.Equal(["Line 2: discount percent must be at most 100."],
            new ApiProblem(400, "Invalid", null, new Dictionary<string, string[]> { ["lines[1].discountPercent"] = ["DiscountPercent must be at most 100."] }).Unplaced([]));

    [Fact]
    public void Wrong_credentials_show_the_API_s_words_and_no_exception()
    {
        Api.Answer("POST", "/api/auth/login", new { title = "Sign-in failed", status = 401, detail = "The email or password is wrong." }, System.Net.HttpStatusCode.Unauthorized);
        var form = Render<SignInForm>();

        form.Find("#email").Change("sales@demo.b2bcrm");
        form.Find("#password").Change("wrong");
        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.Contains("The email or password is wrong.", form.Find(".problem").TextContent));
    }

    [Fact]
    public void A_page_for_other_roles_explains_itself_instead_of_loading_forever()
    {
        SignedInAs("Sales");
        var page = Render<Crm.Web.Pages.Integration.ErpStatus>();

        page.WaitForAssertion(() => Assert.Contains("Not for your role", page.Markup));
        Assert.Contains("for administrators and integration clients", page.Markup);
        Assert.DoesNotContain(Api.Requests, r => r.Route.StartsWith("GET /api/erp", StringComparison.Ordinal));
    }
}
