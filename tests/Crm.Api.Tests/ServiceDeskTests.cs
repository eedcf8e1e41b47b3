using System.Net;
using System.Net.Http.Json;
using Crm.Contracts;
using Crm.Api.Tests.Infrastructure;
using MimeKit;

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

    [Fact]
    public async Task A_caller_is_found_by_a_number_in_any_format_or_an_address_with_open_cases_and_orders_in_one_call()
    {
        var (accountId, contactId) = await NordwerkWithBuyerAsync();
        using var desk = await SignedInAsync("orderdesk");
        var order = await ConfirmedOrderAsync(desk, null, ("A", 1));
        using var agent = await SignedInAsync("service");
        var open = await agent.OpenCaseAsync(new CaseRequest(CustomerNumber: "C-1", ContactId: contactId, OrderId: order.Id, LineNo: 1, Subject: "Where is my order?"));

        foreach (var typed in new[] { "0711 9876543", "+49 (711) 987-6543", "0049 711 9876543", "+497119876543", "0711/98 76 543" })
        {
            var found = await agent.LookupPhoneAsync(typed);
            var match = Assert.Single(found.Matches);
            Assert.Equal(("+497119876543", accountId, contactId, "Erika Muster"), (found.Query, match.AccountId, match.Contact!.Id, match.Contact.Name));
            Assert.Equal([open.Id], match.OpenCases.Select(c => c.Id));
            var openOrder = Assert.Single(match.OpenOrders);
            Assert.Equal(order.Id, openOrder.Id);
            Assert.NotNull(openOrder.NextDelivery);
        }

        // The company's own number and address (the ERP's) find the account without a contact; a person's address finds them.
        var company = Assert.Single((await agent.LookupPhoneAsync("0711 1234567")).Matches);
        Assert.Equal((accountId, (LookupContact?)null), (company.AccountId, company.Contact));
        var byAddress = Assert.Single((await agent.LookupEmailAsync("Info@Nordwerk.de")).Matches);
        Assert.Equal((accountId, (LookupContact?)null), (byAddress.AccountId, byAddress.Contact));
        Assert.Equal(contactId, Assert.Single((await agent.LookupEmailAsync("Erika.Muster@NORDWERK.de")).Matches).Contact!.Id);
        Assert.Empty((await agent.LookupPhoneAsync("+49 30 5550000")).Matches);
        Assert.Contains("phone", (await (await agent.GetAsync("/api/lookup?phone=C-1")).FieldErrorsAsync()).Keys);

        // A rep of another team is told nothing of a customer that is not theirs.
        using var otherRep = await SignedInAsync("sales2");
        Assert.Empty((await otherRep.LookupPhoneAsync("0711 9876543")).Matches);
    }

    [Fact]
    public async Task Published_articles_that_fit_a_case_are_suggested_best_first_and_one_that_solved_it_is_counted()
    {
        var (accountId, _) = await NordwerkWithBuyerAsync();
        using var agent = await SignedInAsync("service");
        var gearbox = await agent.WriteArticleAsync(new ArticleRequest("Gearbox rattles at speed",
            "Check the **oil level** first. <script>alert(1)</script> [Manual](javascript:alert(2))", ["getriebe", "gearbox"], ["A"], Public: true));
        var oil = await agent.WriteArticleAsync(new ArticleRequest("Oil change intervals", "A gearbox needs fresh oil every 2,000 hours."));
        var draft = await agent.WriteArticleAsync(new ArticleRequest("Gearbox rattles (draft)", "Not ready."));
        await agent.PublishAsync(gearbox.Id);
        await agent.PublishAsync(oil.Id);

        Assert.Contains("<strong>oil level</strong>", gearbox.Html);
        Assert.DoesNotContain("<script", gearbox.Html);
        Assert.DoesNotContain("javascript:", gearbox.Html);

        var serviceCase = await agent.OpenCaseAsync(new CaseRequest(AccountId: accountId, Subject: "Getriebe macht Geräusche", Description: "The gearbox rattles since the last service."));
        var suggested = await agent.SuggestionsAsync(serviceCase.Id);
        Assert.Equal([gearbox.Id, oil.Id], suggested.Select(s => s.Id));
        Assert.DoesNotContain(suggested, s => s.Id == draft.Id);

        await agent.PostAsync<CaseResponse>($"/api/cases/{serviceCase.Id}/articles", new CaseArticleRequest(gearbox.Id, Solved: true));
        Assert.Equal(1, (await agent.GetAsync<ArticleResponse>($"/api/articles/{gearbox.Id}")).SolvedCases);
        // Search folds accents and case: "GERÄUSCH" would find "Geräusche"; "getriebe" finds the tag.
        Assert.Equal([gearbox.Id], (await agent.GetAsync<PagedResult<ArticleSummary>>("/api/articles?search=GETRIEBE")).Items.Select(a => a.Id));

        using var rep = await SignedInAsync("sales");
        Assert.Equal(HttpStatusCode.Forbidden, (await rep.PostAsJsonAsync("/api/articles", new ArticleRequest("x", "y"))).StatusCode);
    }

    [Fact]
    public async Task Reps_open_and_see_the_cases_of_their_teams_accounts_and_another_teams_case_is_missing_to_them()
    {
        var (accountId, _) = await NordwerkWithBuyerAsync();
        using var rep = await SignedInAsync("sales");
        var fromRep = await rep.OpenCaseAsync(new CaseRequest(AccountId: accountId, Subject: "Customer asks for a visit", Priority: "Low"));
        Assert.Equal("SalesRep", fromRep.Origin);
        Assert.Contains((await rep.CasesAsync()).Items, c => c.Id == fromRep.Id);
        Assert.Equal(HttpStatusCode.Forbidden, (await rep.TryMoveCaseAsync(fromRep.Id, "Resolved")).StatusCode);

        using var otherRep = await SignedInAsync("sales2");
        Assert.Equal(HttpStatusCode.NotFound, (await otherRep.GetAsync($"/api/cases/{fromRep.Id}")).StatusCode);
        Assert.DoesNotContain((await otherRep.CasesAsync("?status=All")).Items, c => c.Id == fromRep.Id);
        Assert.Contains("accountId", (await (await otherRep.TryOpenCaseAsync(new CaseRequest(AccountId: accountId, Subject: "x"))).FieldErrorsAsync()).Keys);

        using var agent = await SignedInAsync("service");
        Assert.Contains("queue", (await (await agent.TryOpenCaseAsync(new CaseRequest(AccountId: accountId, Subject: "x", Queue: "Nowhere"))).FieldErrorsAsync()).Keys);
        Assert.Contains("lineNo", (await (await agent.TryOpenCaseAsync(new CaseRequest(AccountId: accountId, Subject: "x", LineNo: 2))).FieldErrorsAsync()).Keys);
        await agent.MoveCaseAsync(fromRep.Id, "Resolved");
        var closed = await agent.MoveCaseAsync(fromRep.Id, "Closed");
        Assert.Equal(("Closed", "Met"), (closed.Status, closed.Sla.State));
    }

    [Fact]
    public async Task A_customers_mail_to_the_desk_opens_a_case_with_its_files_and_their_reply_to_the_desks_answer_lands_on_it()
    {
        var (accountId, contactId) = await NordwerkWithBuyerAsync();
        using var gateway = await SignedInAsync("integration");
        using var agent = await SignedInAsync("service");
        var subject = $"Gearbox G-40 is noisy {Guid.NewGuid():N}";
        var mail = Mail("Erika.Muster@Nordwerk.de", subject, new TextPart("plain") { Text = "It rattles above 1,200 rpm.\nPhoto attached." },
            ("rattle.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3]), ("setup.exe", [0x4D, 0x5A]));

        var delivered = await gateway.DeliverMailAsync(mail);
        Assert.Equal(HttpStatusCode.Created, delivered.StatusCode);
        var taken = (await delivered.Content.ReadFromJsonAsync<InboundMailResponse>())!;
        Assert.Equal("Opened", taken.Outcome);
        Assert.StartsWith("setup.exe: Files of this type are not taken", Assert.Single(taken.NotTaken));
        var opened = await agent.CaseAsync(taken.CaseId);
        Assert.Equal((accountId, contactId, subject, "Email", "New", "erika.muster@nordwerk.de"),
            (opened.AccountId, opened.ContactId, opened.Subject, opened.Origin, opened.Status, opened.CreatedBy));
        Assert.StartsWith("It rattles above 1,200 rpm.\nPhoto attached.", opened.Description);
        Assert.Contains("setup.exe", opened.Description);
        var photo = Assert.Single(opened.Attachments);
        Assert.Equal(("rattle.jpg", "image/jpeg", 7L, true), (photo.FileName, photo.ContentType, photo.Size, photo.Public));
        Assert.Equal([0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3], await agent.GetByteArrayAsync($"/api/cases/{opened.Id}/attachments/{photo.Id}"));

        // The gateway hands the same mail over again: nothing new.
        var again = (await (await gateway.DeliverMailAsync(mail)).Content.ReadFromJsonAsync<InboundMailResponse>())!;
        Assert.Equal((opened.Id, "AlreadyTaken"), (again.CaseId, again.Outcome));
        Assert.Equal(1, (await agent.CasesAsync($"?search={subject}")).Total);

        // Two gateways hand over one new mail at the same moment: one case, both told which.
        var messageId = $"{Guid.NewGuid():N}@nordwerk.de";
        MimeMessage Twice() => WithId(Mail("erika.muster@nordwerk.de", $"Second gearbox {subject}", new TextPart("plain") { Text = "Same noise." }), messageId);
        var both = await Task.WhenAll(gateway.DeliverMailAsync(Twice()), gateway.DeliverMailAsync(Twice()));
        Assert.All(both, r => Assert.True(r.IsSuccessStatusCode, $"{(int)r.StatusCode}"));
        var outcomes = await Task.WhenAll(both.Select(async r => (await r.Content.ReadFromJsonAsync<InboundMailResponse>())!));
        Assert.Single(outcomes.Select(o => o.CaseId).Distinct());
        Assert.Equal(1, (await agent.CasesAsync($"?search=Second gearbox {subject}")).Total);

        // A Message-ID longer than the store keeps is still recognised the second time.
        var longId = $"{new string('x', 400)}@nordwerk.de";
        MimeMessage LongId() => WithId(Mail("erika.muster@nordwerk.de", $"Third gearbox {subject}", new TextPart("plain") { Text = "Again." }), longId);
        var first = (await (await gateway.DeliverMailAsync(LongId())).Content.ReadFromJsonAsync<InboundMailResponse>())!;
        var second = (await (await gateway.DeliverMailAsync(LongId())).Content.ReadFromJsonAsync<InboundMailResponse>())!;
        Assert.Equal(("Opened", "AlreadyTaken", first.CaseId), (first.Outcome, second.Outcome, second.CaseId));

        // The desk answers; Erika replies to that mail, in HTML, quoting it.
        await agent.AnswerAsync(opened.Id, "Please send the serial number.");
        var answer = $"Re: [Case {opened.Id}] {subject}";
        await MailArrivesAsync("erika.muster@nordwerk.de", answer);
        var reply = Mail("erika.muster@nordwerk.de", "Re: " + answer, new TextPart("html")
        {
            Text = "<html><head><style>p{color:red}</style></head><body><p>Serial number is <b>G40-7781</b>.</p>"
                   + "<div>On Monday, the desk wrote:</div><blockquote>Please send the serial number.</blockquote></body></html>",
        });
        var answered = (await (await gateway.DeliverMailAsync(reply)).Content.ReadFromJsonAsync<InboundMailResponse>())!;
        Assert.Equal((opened.Id, "Answered"), (answered.CaseId, answered.Outcome));
        var last = (await agent.CaseAsync(opened.Id)).Comments[^1];
        Assert.Equal(("Serial number is G40-7781.", true, true, "erika.muster@nordwerk.de"), (last.Text, last.Public, last.ByCustomer, last.Author));
    }

    [Fact]
    public async Task A_mail_the_desk_cannot_place_is_refused_naming_why_and_leaves_nothing_behind()
    {
        await NordwerkWithBuyerAsync();
        using var gateway = await SignedInAsync("integration");
        using var agent = await SignedInAsync("service");
        var subject = $"Offer for cheap bearings {Guid.NewGuid():N}";
        var stranger = await gateway.DeliverMailAsync(Mail("someone@unknown.example", subject, new TextPart("plain") { Text = "Buy now." }));
        Assert.Contains("someone@unknown.example", Assert.Single((await stranger.FieldErrorsAsync())["from"]));
        var elsewhere = Mail("erika.muster@nordwerk.de", subject, new TextPart("plain") { Text = "Hello" });
        elsewhere.To.Clear();
        elsewhere.To.Add(MailboxAddress.Parse("sales@b2bcrm.local"));
        Assert.Contains("to", (await (await gateway.DeliverMailAsync(elsewhere)).FieldErrorsAsync()).Keys);
        using var garbage = new StringContent("not a mail at all", System.Text.Encoding.UTF8, "message/rfc822");
        Assert.Contains("message", (await (await gateway.PostAsync("/api/service/inbound-mail", garbage)).FieldErrorsAsync()).Keys);
        Assert.Equal(0, (await agent.CasesAsync($"?search={subject}")).Total);

        using var rep = await SignedInAsync("sales");
        Assert.Equal(HttpStatusCode.Forbidden, (await rep.DeliverMailAsync(Mail("erika.muster@nordwerk.de", subject, new TextPart("plain") { Text = "x" }))).StatusCode);
    }

    [Fact]
    public async Task A_mail_sent_over_SMTP_to_the_desks_address_on_the_demos_mail_server_opens_a_case()
    {
        await NordwerkWithBuyerAsync();
        var port = Crm.Testing.CrmApiProcess.FreePort();
        var folder = Directory.CreateTempSubdirectory("desk-mail").FullName;
        await using var node = Fixture.NewApp(new Dictionary<string, string?>
            { ["Mail:Loopback"] = "true", ["Mail:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Mail:LoopbackFolder"] = folder });
        using var started = node.NewClient();
        var subject = $"Pump P-300 trips the breaker {Guid.NewGuid():N}";

        using (var smtp = new MailKit.Net.Smtp.SmtpClient())
        {
            await smtp.ConnectAsync("127.0.0.1", port, MailKit.Security.SecureSocketOptions.None);
            await smtp.SendAsync(Mail("erika.muster@nordwerk.de", subject, new TextPart("plain") { Text = "Every morning at start-up." }));
            await smtp.DisconnectAsync(true);
        }

        using var agent = await SignedInAsync("service");
        var found = await Http.EventuallyAsync(() => agent.CasesAsync($"?search={subject}"), page => page.Total == 1, "the mail's case");
        var opened = await agent.CaseAsync(found.Items[0].Id);
        Assert.Equal(("Email", "Every morning at start-up."), (opened.Origin, opened.Description));
        Assert.Contains(Directory.GetFiles(folder, "*.eml"), file => File.ReadAllText(file).Contains("Every morning at start-up.", StringComparison.Ordinal));
    }

    private static MimeMessage WithId(MimeMessage mail, string messageId)
    {
        mail.MessageId = messageId;
        return mail;
    }

    /// <summary>A mail to the desk's address (the default <c>Mail:From</c>).</summary>
    private static MimeMessage Mail(string from, string subject, MimeEntity text, params (string Name, byte[] Content)[] files)
    {
        var body = new Multipart("mixed") { text };
        foreach (var (name, content) in files)
            body.Add(new MimePart("application", "octet-stream") { FileName = name, Content = new MimeContent(new MemoryStream(content)), ContentTransferEncoding = ContentEncoding.Base64 });
        var mail = new MimeMessage { Subject = subject, Body = files.Length == 0 ? text : body };
        mail.From.Add(MailboxAddress.Parse(from));
        mail.To.Add(MailboxAddress.Parse("service@b2bcrm.local"));
        return mail;
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
