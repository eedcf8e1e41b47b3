using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Activities;
using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Demo;

/// <summary>The demo's sales pipeline, made once next to the demo customers: a trade-fair campaign, leads in every
/// status, deals over the next three months for both teams, and activities for today.</summary>
public static class DemoPipeline
{
    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<CrmDbContext>();
        var unitOfWork = services.GetRequiredService<UnitOfWork>();
        if (await db.Campaigns.AnyAsync(ct)) return;
        var time = services.GetRequiredService<TimeProvider>();
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var teams = await db.Teams.Include(t => t.Members).ToDictionaryAsync(t => t.Name, ct);
        var accounts = await db.Customers.Where(a => a.TeamId != null).OrderBy(a => a.CustomerNumber).ToListAsync(ct);
        if (accounts.Count == 0 || !teams.TryGetValue("North", out var north)) return;
        ChangeContext By(string user) => new(user, "", now);

        var fair = Campaign.Plan(new CampaignDetails("Hannover Messe", CampaignType.TradeFair, today.AddDays(-20), today.AddDays(-15), 12_000, "EUR",
            "Stand B12: presses and spare-part service."), By("manager@demo.b2bcrm"));
        fair.ChangeStatus(CampaignStatus.Active);
        fair.ChangeStatus(CampaignStatus.Completed);
        db.Campaigns.Add(fair);
        await unitOfWork.SaveAsync(ct);

        var scoring = services.GetRequiredService<Pipeline.LeadScoring>().Rules;
        Lead NewLead(string company, string first, string last, string email, string? title, string country, string? industry, LeadSource source)
        {
            var details = new LeadDetails(company, first, last, title, new EmailAddress(email), null, country, industry);
            var lead = Lead.Create(details, source, fair.Id, north.Id, "sales@demo.b2bcrm", By("sales@demo.b2bcrm"));
            lead.Rescore(scoring.Score(details, source, true, 0));
            db.Leads.Add(lead);
            return lead;
        }
        NewLead("Kowalski Metal Sp. z o.o.", "Piotr", "Kowalski", "piotr@kowalski-metal.pl", "Head of purchasing", "PL", "Metalworking", LeadSource.TradeFair);
        NewLead("Alpen Antriebe AG", "Sabine", "Huber", "s.huber@alpen-antriebe.at", "Technical director", "AT", "Machinery", LeadSource.TradeFair).StartWorking();
        NewLead("Nordic Fluid Oy", "Mikko", "Virtanen", "mikko@nordicfluid.fi", null, "FI", null, LeadSource.Webinar).Disqualify("Buys through a distributor");
        var converted = NewLead("Brno Strojírny s.r.o.", "Jana", "Dvořák", "jana.dvorak@brno-strojirny.cz", "Buyer", "CZ", "Machinery", LeadSource.Referral);
        await unitOfWork.SaveAsync(ct);
        var leadDuplicates = services.GetRequiredService<Pipeline.LeadDuplicates>();
        foreach (var lead in await db.Leads.ToListAsync(ct)) await leadDuplicates.IndexAsync(lead, ct);
        await unitOfWork.SaveAsync(ct);

        var stages = await db.OpportunityStages.OrderBy(s => s.SortOrder).ToListAsync(ct);
        var open = stages.Where(s => !s.IsClosed && !s.IsRetired).ToList();
        var deals = new List<Opportunity>();
        for (var i = 0; i < 8; i++)
        {
            var account = accounts[i % accounts.Count];
            var team = teams.Values.First(t => t.Id == account.TeamId);
            var owner = team.Members.FirstOrDefault()?.UserName ?? team.ManagerUserName;
            var deal = Opportunity.Open(account.Id, account.TeamId, new OpportunityTerms(
                    $"{(i % 2 == 0 ? "Presses" : "Spare parts")} {account.City}", 5_000 + 7_500 * i, "EUR", today.AddDays(12 + 11 * i)),
                open[i % open.Count], owner, null, By(owner));
            if (i % 3 == 0) deal.Forecast(ForecastCategory.Commit);
            else if (i % 3 == 1) deal.Forecast(ForecastCategory.BestCase);
            deals.Add(deal);
        }
        var won = Opportunity.Open(accounts[0].Id, accounts[0].TeamId, new OpportunityTerms("Tooling refresh", 18_000, "EUR", today.AddDays(-5)),
            open[^1], "sales@demo.b2bcrm", null, By("sales@demo.b2bcrm"));
        won.Win(stages.First(s => s.IsWon), null, By("sales@demo.b2bcrm"));
        var lost = Opportunity.Open(accounts[0].Id, accounts[0].TeamId, new OpportunityTerms("Conveyor line", 40_000, "EUR", today.AddDays(-8)),
            open[0], "sales@demo.b2bcrm", converted.Id, By("sales@demo.b2bcrm"));
        lost.Lose(stages.First(s => s.IsLost), "Competitor 8 % cheaper", By("sales@demo.b2bcrm"));
        db.Opportunities.AddRange([.. deals, won, lost]);
        await unitOfWork.SaveAsync(ct);

        var brno = Account.Prospect(new ProspectDetails("Brno Strojírny s.r.o.", "Hybešova 12", "602 00", "Brno", "CZ", new EmailAddress("info@brno-strojirny.cz"), null, null),
            "EUR", north, "sales@demo.b2bcrm", By("sales@demo.b2bcrm"));
        db.Accounts.Add(brno);
        await unitOfWork.SaveAsync(ct);
        await services.GetRequiredService<Accounts.DuplicateCheck>().IndexAsync(Accounts.DuplicateCheck.AccountRecord, brno.Id.Value,
            Accounts.DuplicateCheck.Company.Of(new ProspectDetails(brno.Name, brno.Street, brno.PostalCode, brno.City, brno.Country, new EmailAddress(brno.Email!), null, null)).Keys, ct);
        var jana = Contact.Create(brno.Id, new PersonDetails("Jana", "Dvořák", "Buyer", new EmailAddress("jana.dvorak@brno-strojirny.cz"), null, null, "cs"), true, By("sales@demo.b2bcrm"));
        db.Contacts.Add(jana);
        var brnoDeal = Opportunity.Open(brno.Id, north.Id, new OpportunityTerms("Press line 2027", 64_000, "EUR", today.AddDays(45)), open[1], "sales@demo.b2bcrm", converted.Id, By("sales@demo.b2bcrm"));
        db.Opportunities.Add(brnoDeal);
        await unitOfWork.SaveAsync(ct);
        converted.Convert(brno.Id, jana.Id, brnoDeal.Id, By("sales@demo.b2bcrm"));

        // Timed from the start of the demo, so its agenda has something later today as well as something overdue.
        var soon = new DateTimeOffset(now.UtcDateTime.AddMinutes(-now.Minute), TimeSpan.Zero);
        foreach (var (deal, hours, type, subject) in new[]
        {
            (deals[0], 1, ActivityType.Call, "Confirm the delivery window"),
            (deals[2], 2, ActivityType.Meeting, "Site visit with the plant manager"),
            (brnoDeal, 3, ActivityType.Task, "Send the press line offer"),
            (deals[1], -26, ActivityType.Call, "Chase the signed drawings"),
            (deals[3], 26, ActivityType.Call, "Agree the trial run"),
            (deals[4], 50, ActivityType.Meeting, "Quarterly review"),
        })
        {
            var owner = deal.Owner;
            var due = soon.AddHours(hours);
            db.Activities.Add(Activity.Plan(type, subject, null, new Regarding(RegardingType.Opportunity, deal.Id.Value, deal.AccountId, deal.TeamId, deal.Name),
                owner, due, type == ActivityType.Meeting ? 90 : null, type == ActivityType.Meeting ? due.AddMinutes(-30) : null, By(owner)));
        }
        await unitOfWork.SaveAsync(ct);
    }
}
