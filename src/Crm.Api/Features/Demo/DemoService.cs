using Crm.Api.Features.Portal;
using Crm.Contracts;
using Crm.Api.Features.Sales.Orders;
using Crm.Api.Features.Service;
using Crm.Api.Persistence;
using Crm.Api.Infrastructure.Visibility;
using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Crm.Domain.Service;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Demo;

/// <summary>The demo's service desk, made once: the desk's calendar with the year-end holidays and the SLA, knowledge
/// articles, cases in every state (one close to its first-response target, one already escalated), and the portal
/// buyers of Nordwerk (C-1001) and Baltic Pumps (C-1002) with an order each to follow.</summary>
public static class DemoService
{
    /// <summary>Nina's number is the one to try in the caller box.</summary>
    public static readonly (string Email, string Customer, string First, string Last, string Phone)[] Buyers =
    [
        ("buyer.nordwerk@demo.b2bcrm", "C-1001", "Nina", "Nordwerk", "+497115550101"),
        ("buyer.baltic@demo.b2bcrm", "C-1002", "Björn", "Baltic", "+46405550102"),
    ];

    private const string Agent = "service@demo.b2bcrm";

    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<CrmDbContext>();
        var unitOfWork = services.GetRequiredService<UnitOfWork>();
        if (await db.ServiceSettings.AnyAsync(ct)) return;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var settings = ServiceRules.Defaults();
        var year = now.Year;
        settings.Change(new ServiceCalendar(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"),
                [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], new TimeOnly(8, 0), TimeSpan.FromHours(9),
                [new(year, 1, 1), new(year, 5, 1), new(year, 10, 3), new(year, 12, 24), new(year, 12, 25), new(year, 12, 26), new(year, 12, 31)]),
            settings.Sla(), ServiceRules.DefaultReopenDays);
        db.ServiceSettings.Add(settings);
        await unitOfWork.SaveAsync(ct);

        await ArticlesAsync(db, unitOfWork, now, ct);
        var accounts = await db.Customers.Where(a => a.CustomerNumber != null).ToDictionaryAsync(a => a.CustomerNumber!.Value, ct);
        foreach (var (email, customer, first, last, phone) in Buyers)
        {
            if (!accounts.TryGetValue(customer, out var account)) continue;
            var person = new PersonDetails(first, last, "Purchasing", new EmailAddress(email), new PhoneNumber(phone), null, "en");
            var contact = Contact.Create(account.Id, person, false, new ChangeContext("sales@demo.b2bcrm", "", now));
            db.Contacts.Add(contact);
            // Indexed as a contact entered on screen is, so the caller lookup finds the buyer by address.
            await unitOfWork.SaveAsync(ct, withIds: ct => services.GetRequiredService<Accounts.DuplicateCheck>().IndexAsync(
                Accounts.DuplicateCheck.ContactRecord, contact.Id.Value, MatchKeys.ForPerson(first, last, person.Email, person.Phone), ct));
            db.PortalUsers.Add(new PortalUser(email, account.Id, contact.Id, "sales@demo.b2bcrm", now));
        }
        await unitOfWork.SaveAsync(ct);
        // Only over the shipped demo dataset: a node started on other exports has other customers and products.
        var items = await db.Products.CountAsync(p => p.ItemNumber == "A-130" || p.ItemNumber == "A-120", ct);
        foreach (var (_, customer, _, _, _) in Buyers.Where(b => accounts.ContainsKey(b.Customer) && items == 2)) await OrderAsync(services, customer, ct);
        await CasesAsync(services, db, accounts, now, ct);
    }

    /// <summary>An order the buyer can follow in the portal: control cabinets and ball valves from stock (items the other
    /// demo stories leave alone).</summary>
    private static async Task OrderAsync(IServiceProvider services, string customer, CancellationToken ct)
    {
        var (created, _) = await services.GetRequiredService<CreateOrder>().HandleAsync(
            new AvailabilityRequest(customer, null, null, false, [new("A-130", 4), new("A-120", 20)], $"PO-{customer}-0815"), null, new Viewer("orderdesk@demo.b2bcrm", true), ct);
        await services.GetRequiredService<ConfirmOrder>().HandleAsync(created.Id, ct, "orderdesk@demo.b2bcrm");
    }

    private static async Task ArticlesAsync(CrmDbContext db, UnitOfWork unitOfWork, DateTimeOffset now, CancellationToken ct)
    {
        var by = new ChangeContext(Agent, "", now.AddDays(-30));
        KnowledgeArticle Published(string title, string body, string[] tags, string[] products, bool isPublic)
        {
            var article = KnowledgeArticle.Write(title, body, tags, products.Select(p => new ItemNumber(p)), isPublic, by);
            article.Publish(by);
            return article;
        }
        db.Articles.AddRange(
            Published("Hydraulic pump HP-20 loses oil", "A pump that loses oil at the shaft usually has a worn **shaft seal**.\n\n1. Stop the pump.\n2. Check the seal for cracks.\n3. Order seal kit *SK-20* and replace it.\n\nIf oil leaks at the housing, open a case with a photo.", ["pump", "leak", "oil", "seal"], ["A-100"], true),
            Published("Gear motor GM-55 runs hot", "Check the **oil level** and the ventilation slots first. A motor above 90 °C needs a service visit.", ["motor", "temperature"], ["A-110"], true),
            Published("Where is my order?", "Every confirmed line shows its **delivery dates** in the portal, and why a date moved. Shipped parts show their tracking number.", ["delivery", "order", "tracking"], [], true),
            Published("Credit notes for damaged goods (internal)", "Carrier damage: ask for photos, keep the goods, the desk raises the claim with the carrier before a credit note.", ["damage", "credit", "carrier"], [], false));
        db.Articles.Add(KnowledgeArticle.Write("Ball valve BV-1/2 is stiff", "Draft: collecting answers from the field.", ["valve"], [new ItemNumber("A-120")], false, by));
        await unitOfWork.SaveAsync(ct);
    }

    /// <summary>A case in every state; their history is written at the times it happened, so their SLA reads true.</summary>
    private static async Task CasesAsync(IServiceProvider services, CrmDbContext db, Dictionary<string, Account> accounts, DateTimeOffset now, CancellationToken ct)
    {
        var rules = await ServiceRules.LoadAsync(db, ct);
        var unitOfWork = services.GetRequiredService<UnitOfWork>();
        var commands = services.GetRequiredService<CaseCommands>();
        var tiers = services.GetRequiredService<ServiceTiers>();
        var reopen = rules.ReopenPeriod;
        ChangeContext At(DateTimeOffset at, string by = Agent) => new(by, "", at);
        ServiceCase Open(string customer, string subject, string description, CaseCategory category, CasePriority priority, CaseOrigin origin, DateTimeOffset at)
        {
            var account = accounts[customer];
            var serviceCase = ServiceCase.Open(account.Id, account.TeamId, null, null, null, subject, description, category, priority, origin, tiers.FirstQueue,
                At(at, origin == CaseOrigin.SalesRep ? "sales@demo.b2bcrm" : Agent));
            db.Cases.Add(serviceCase);
            return serviceCase;
        }
        if (!accounts.ContainsKey("C-1001") || !accounts.ContainsKey("C-1003")) return;

        // Close to breach: 80 % of the Normal first-response target has passed in business time.
        var nearBreach = Open("C-1001", "Pump HP-20 loses oil at the shaft", "Two pumps of the last delivery drip oil.", CaseCategory.Quality,
            CasePriority.Normal, CaseOrigin.Portal, BusinessTimeAgo(rules.Calendar, now, rules.Policies.For(CasePriority.Normal, null).FirstResponse * 0.8));
        var working = Open("C-1002", "Invoice shows the wrong delivery address", "", CaseCategory.Invoice, CasePriority.Low, CaseOrigin.SalesRep, now.AddHours(-3));
        working.Comment("We correct the invoice and send a new copy.", true, false, reopen, At(now.AddHours(-2)));
        var waiting = Open("C-1003", "Gear motor GM-55 runs hot", "Above 90 °C after an hour.", CaseCategory.Technical, CasePriority.High, CaseOrigin.ServiceDesk, now.AddDays(-1));
        waiting.Comment("Please send the motor's serial number and a photo of the type plate.", true, false, reopen, At(now.AddDays(-1).AddMinutes(30)));
        waiting.MoveTo(CaseStatus.WaitingOnCustomer, reopen, At(now.AddDays(-1).AddMinutes(31)));
        var escalated = Open("C-1001", "Line stopped: control cabinet CC-8 dead", "No power after the firmware update.", CaseCategory.Technical, CasePriority.Urgent, CaseOrigin.ServiceDesk,
            BusinessTimeAgo(rules.Calendar, now, rules.Policies.For(CasePriority.Urgent, null).FirstResponse * 1.2));
        var resolved = Open("C-1002", "Delivery note missing", "", CaseCategory.Delivery, CasePriority.Normal, CaseOrigin.Email, now.AddDays(-3));
        resolved.Comment("A copy of the delivery note is attached to your order in the portal.", true, false, reopen, At(now.AddDays(-3).AddHours(1)));
        resolved.MoveTo(CaseStatus.Resolved, reopen, At(now.AddDays(-3).AddHours(2)));
        var closed = Open("C-1003", "Ball valves delivered in the wrong size", "", CaseCategory.Delivery, CasePriority.High, CaseOrigin.ServiceDesk, now.AddDays(-10));
        closed.Comment("Replacement valves are on their way.", true, false, reopen, At(now.AddDays(-10).AddHours(1)));
        closed.MoveTo(CaseStatus.Resolved, reopen, At(now.AddDays(-10).AddHours(2)));
        closed.MoveTo(CaseStatus.Closed, reopen, At(now.AddDays(-2)));

        var context = At(now, SlaJob.SystemUser);
        foreach (var serviceCase in new[] { nearBreach, working, waiting, escalated, resolved, closed })
            commands.Track(serviceCase, rules, accounts.Values.First(a => a.Id == serviceCase.AccountId).AbcClass, context);
        await unitOfWork.SaveAsync(ct);
    }

    /// <summary>The moment that lies this much business time before now (stepping back a quarter of an hour at a time).</summary>
    private static DateTimeOffset BusinessTimeAgo(ServiceCalendar calendar, DateTimeOffset now, TimeSpan businessTime)
    {
        var at = now;
        while (calendar.Between(at, now) < businessTime) at -= TimeSpan.FromMinutes(15);
        return at;
    }
}
