using System.Net;
using System.Net.Http.Json;
using Crm.Api.Contracts;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests;

/// <summary>Issue 18: the service desk on PostgreSQL — cases against their SLA with the clock moved, escalation with
/// in-app and mail notices (a real SMTP server on loopback receives them), the pause while waiting on the customer,
/// the caller lookup and the knowledge base's suggestions.</summary>
public sealed class ServiceDeskTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_case_that_breaches_is_escalated_twice_as_the_clock_moves_and_everyone_involved_is_told_in_the_app_and_by_mail()
    {
        var (accountId, contactId) = await NordwerkWithBuyerAsync();
        using var admin = await SignedInAsync("admin");
        await admin.SetServiceSettingsAsync(ServiceClient.RoundTheClock);
        using var agent = await SignedInAsync("service");
        var subject = $"Pump P-200 leaks oil {Guid.NewGuid():N}";

        var opened = await agent.OpenCaseAsync(new CaseRequest(AccountId: accountId, ContactId: contactId, Subject: subject, Description: "Since Monday.", Priority: "Normal"));
        Assert.Equal(("New", "OnTrack", 0, "Service desk"), (opened.Status, opened.Sla.State, opened.EscalationLevel, opened.Queue));
        Assert.Equal(opened.CreatedAt.AddHours(20), opened.Sla.FirstResponseDue!.Value, TimeSpan.FromSeconds(1));
        Assert.Equal(opened.CreatedAt.AddHours(48), opened.Sla.ResolutionDue!.Value, TimeSpan.FromSeconds(1));

        // A day later nobody has answered: 24 h of a 20 h first-response target.
        await using (var nextDay = NodeOn(ErpData.Today.AddDays(1)))
        {
            using var adminNextDay = await SignedInAsync("admin", nextDay);
            Assert.Equal(1, (await adminNextDay.RunSlaAsync()).Escalated);
            using var agentNextDay = await SignedInAsync("service", nextDay);
            var escalated = await agentNextDay.CaseAsync(opened.Id);
            Assert.Equal((1, "Second level", "High", "Breached"), (escalated.EscalationLevel, escalated.Queue, escalated.Priority, escalated.Sla.State));
            Assert.Contains(escalated.History, h => h.Kind == "Escalated" && h.Level == 1 && h.By == "sla" && h.Note!.Contains("first response"));
            Assert.Equal(0, (await adminNextDay.RunSlaAsync()).Escalated);
        }

        // The team's manager and the agent who owns it are told in the app and by mail.
        using var manager = await SignedInAsync("manager");
        Assert.Contains((await manager.NotificationsAsync()).Items, n => n.Kind == "escalation" && n.Link == $"/cases/{opened.Id}" && n.Text.Contains("level 1"));
        Assert.Contains((await agent.NotificationsAsync()).Items, n => n.Kind == "escalation" && n.Link == $"/cases/{opened.Id}");
        await MailArrivesAsync("manager@demo.b2bcrm", $"[Case {opened.Id}] escalated to level 1: {subject}");
        await MailArrivesAsync("service@demo.b2bcrm", $"[Case {opened.Id}] escalated to level 1: {subject}");

        // Two days on, 48 h is 2.4 × the first-response target the case broke: level 2, the head of service's queue.
        await using var twoDays = NodeOn(ErpData.Today.AddDays(2));
        using var adminTwoDays = await SignedInAsync("admin", twoDays);
        Assert.Equal(1, (await adminTwoDays.RunSlaAsync()).Escalated);
        var top = await (await SignedInAsync("service", twoDays)).CaseAsync(opened.Id);
        Assert.Equal((2, "Head of service"), (top.EscalationLevel, top.Queue));
        await MailArrivesAsync("manager@demo.b2bcrm", $"[Case {opened.Id}] escalated to level 2: {subject}");
        Assert.Contains((await agent.CasesAsync("?queue=Head%20of%20service")).Items, c => c.Id == opened.Id && c.EscalationLevel == 2);
    }

    [Fact]
    public async Task Waiting_on_the_customer_pauses_the_clock_and_the_answer_resumes_it_with_the_time_the_customer_took_added()
    {
        var (accountId, contactId) = await NordwerkWithBuyerAsync();
        using var admin = await SignedInAsync("admin");
        await admin.SetServiceSettingsAsync(ServiceClient.RoundTheClock);
        using var agent = await SignedInAsync("service");
        var opened = await agent.OpenCaseAsync(new CaseRequest(AccountId: accountId, ContactId: contactId, Subject: "Gearbox rattles"));

        var answered = await agent.AnswerAsync(opened.Id, "Could you send us the serial number?");
        Assert.Equal("Met", answered.Sla.FirstResponse.State);
        await MailArrivesAsync("erika.muster@nordwerk.de", $"Re: [Case {opened.Id}] Gearbox rattles");
        var waiting = await agent.MoveCaseAsync(opened.Id, "WaitingOnCustomer");
        Assert.Equal(("WaitingOnCustomer", "Paused", (DateTimeOffset?)null), (waiting.Status, waiting.Sla.State, waiting.Sla.ResolutionDue));

        // Three days later — past the 48 h resolution target in real time — the case is still not breached.
        await using var later = NodeOn(ErpData.Today.AddDays(3));
        using var adminLater = await SignedInAsync("admin", later);
        Assert.Equal(0, (await adminLater.RunSlaAsync()).Escalated);
        using var agentLater = await SignedInAsync("service", later);
        var paused = await agentLater.CaseAsync(opened.Id);
        Assert.Equal(("Paused", 0), (paused.Sla.State, paused.EscalationLevel));
        Assert.True(paused.Sla.Resolution.RemainingMinutes > 2_870, $"{paused.Sla.Resolution.RemainingMinutes} minutes left");

        // The customer answers: the clock runs on from where it stopped, so the due time is three days later than it was.
        var resumed = await agentLater.MoveCaseAsync(opened.Id, "InProgress");
        Assert.Equal("OnTrack", resumed.Sla.State);
        Assert.True(resumed.Sla.ResolutionDue > opened.Sla.ResolutionDue!.Value.AddDays(3).AddMinutes(-1),
            $"due {resumed.Sla.ResolutionDue:u}, first {opened.Sla.ResolutionDue:u}");
        Assert.Equal(["New", "InProgress", "WaitingOnCustomer", "InProgress"],
            resumed.History.Where(h => h.Kind is "Opened" or "StatusChanged").Select(h => h.Status).ToList());
    }

    private CrmApp NodeOn(DateOnly today) => Fixture.NewApp(new Dictionary<string, string?> { ["Clock:Today"] = today.ToString("yyyy-MM-dd"), ["Jobs:SlaCron"] = "0 0 1 1 *" });

    private async Task MailArrivesAsync(string to, string subject) =>
        await Http.EventuallyAsync(() => Task.FromResult(Fixture.Mail.Received.Any(m => m.To.ToString().Contains(to) && m.Subject == subject)),
            found => found, $"a mail to {to}: {subject}");

    /// <summary>Nordwerk (C-1) synced from the ERP, with its buyer Erika Muster (erika.muster@nordwerk.de, +49 711 9876543).</summary>
    private async Task<(long Account, long Contact)> NordwerkWithBuyerAsync()
    {
        await NordwerkInTheErpAsync();
        using var rep = await SignedInAsync("sales");
        var account = (await rep.GetAsync<PagedResult<AccountSummary>>("/api/accounts?search=C-1")).Items.Single(a => a.CustomerNumber == "C-1");
        var buyer = await rep.PostAsync<ContactResponse>($"/api/accounts/{account.Id}/contacts",
            new ContactRequest("Muster", "Erika", "Buyer", "erika.muster@nordwerk.de", "+49 711 9876543"), HttpStatusCode.Created);
        return (account.Id, buyer.Id);
    }
}
