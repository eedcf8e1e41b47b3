using System.Net;
using Crm.Api.Contracts;
using Crm.Web.Pages;

namespace Crm.Web.Tests;

public sealed class ErpStatusPageTests : UiTest
{
    private static readonly DateTimeOffset Morning = new(2027, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static ErpStatusResponse Status(int deadLetters, string itemsState = "Failing") => new("Rest", itemsState != "Ok" || deadLetters > 0,
    [
        new("Items", itemsState, Morning, Morning.AddMinutes(20), TimeSpan.FromMinutes(35), 0, Morning.AddHours(-1), "I-042",
            itemsState == "Ok" ? null : "The ERP could not be read at erp/v1/items: 503"),
        new("Stock", "Ok", Morning, Morning, TimeSpan.FromMinutes(35), 1_250, Morning, "I-042|P1", null),
    ], new OutboxStatusResponse(3, 1, deadLetters, Morning));

    [Fact]
    public void An_admin_sees_a_failing_entity_and_sends_a_dead_letter_again()
    {
        var letter = new DeadLetterResponse(Guid.NewGuid(), "sales-order.create", 7, "SO-000007", 1, "The ERP refused sales order SO-000007: 422", Morning, Morning);
        Api.Answer("GET", "/api/auth/me", new CurrentUser("admin@demo.b2bcrm", ["Admin"]))
            .Answer("GET", "/api/erp/status", Status(1))
            .Answer("GET", "/api/erp/dead-letters", new[] { letter })
            .Answer("POST", $"/api/erp/dead-letters/{letter.Id}/retry", new { }, HttpStatusCode.Accepted);
        var page = Render<ErpStatus>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("#dead-letters")));

        Assert.Contains("Degraded", page.Find("#overall").TextContent, StringComparison.Ordinal);
        var items = page.FindAll("#entities tbody tr")[0].QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["Items", "Failing", "2027-03-01 08:00:00", "35 min", "0", "0", "2027-03-01 07:00:00 · I-042"], items.Take(7));
        Assert.Contains("503", items[7], StringComparison.Ordinal);
        Assert.Equal("3 waiting (1 of them retrying) · 1 dead letters · oldest waiting since 2027-03-01 08:00:00",
            string.Join(' ', page.Find("#outbox").TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));

        Api.Answer("GET", "/api/erp/status", Status(0, "Ok")).Answer("GET", "/api/erp/dead-letters", Array.Empty<DeadLetterResponse>());
        page.Find($"#retry-{letter.Id}").Click();

        page.WaitForAssertion(() => Assert.Contains("No dead letters", page.Markup, StringComparison.Ordinal));
        Assert.Contains($"POST /api/erp/dead-letters/{letter.Id}/retry", Api.Requests.Select(r => r.Route));
        Assert.Contains("Healthy", page.Find("#overall").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_the_ERP_sent_that_the_CRM_did_not_take_are_listed_by_file_and_line()
    {
        var status = Status(0, "Ok") with { Entities = [new("Items", "Ok", Morning, Morning, TimeSpan.Zero, 3, Morning, "I-3", null, Rejected: 1)] };
        Api.Answer("GET", "/api/auth/me", new CurrentUser("integration@demo.b2bcrm", ["Integration"]))
            .Answer("GET", "/api/erp/status", status)
            .Answer("GET", "/api/erp/rejections?pageSize=50", new PagedResult<RejectionResponse>(
                [new(1, "Items", "items.csv", 3, "I-2", "unitPrice", "'ten' is not a number.", Morning)], 1, 1, 50));
        var page = Render<ErpStatus>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("#rejections")));

        var row = page.Find("#rejections tbody tr").QuerySelectorAll("td").Select(c => c.TextContent.Trim());
        Assert.Equal(["Items", "items.csv", "3", "I-2", "unitPrice", "'ten' is not a number.", "2027-03-01 08:00:00"], row);
        Assert.Equal("1", page.FindAll("#entities tbody tr")[0].QuerySelectorAll("td")[5].TextContent.Trim());
    }

    [Fact]
    public void The_integration_user_sees_the_sync_but_not_the_dead_letters_it_may_not_retry()
    {
        Api.Answer("GET", "/api/auth/me", new CurrentUser("integration@demo.b2bcrm", ["Integration"]))
            .Answer("GET", "/api/erp/status", Status(0, "Ok"));
        var page = Render<ErpStatus>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("#entities")));

        Assert.Empty(page.FindAll("#dead-letters"));
        Assert.DoesNotContain("GET /api/erp/dead-letters", Api.Requests.Select(r => r.Route));
    }
}
