using Crm.Domain.Accounts;
using Crm.Domain.Activities;
using Crm.Domain.Common;
using Crm.Domain.Pipeline;

namespace Crm.Domain.Tests;

/// <summary>Issue 17: deals through stages, the forecast and its calibration, lead scores, the agenda, and ABC/RFM
/// segments, as pure rules.</summary>
public sealed class PipelineDomainTests
{
    private static readonly ChangeContext Rep = new("rep", "", new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private static readonly OpportunityStage Qualification = OpportunityStage.Configure("Qualification", 10, 10, false, false);
    private static readonly OpportunityStage Proposal = OpportunityStage.Configure("Proposal", 20, 50, false, false);
    private static readonly OpportunityStage Won = OpportunityStage.Configure("Closed won", 90, 100, true, false);
    private static readonly OpportunityStage Lost = OpportunityStage.Configure("Closed lost", 99, 0, false, true);

    private static Opportunity Deal(decimal amount = 1_000) =>
        Opportunity.Open(new AccountId(1), new TeamId(1), new OpportunityTerms("Deal", amount, "eur", new DateOnly(2027, 3, 20)), Qualification, "rep", null, Rep);

    [Fact]
    public void A_deal_takes_the_stages_probability_unless_one_is_given_and_keeps_every_move()
    {
        var deal = Deal();
        deal.MoveTo(Proposal, null, null, Rep);
        Assert.Equal(50, deal.Probability);
        deal.Estimate(65);
        deal.MoveTo(Won, null, null, Rep);

        Assert.Equal((OpportunityStatus.Won, 100, 65, "EUR"), (deal.Status, deal.Probability, deal.ProbabilityBeforeClose, deal.Currency));
        Assert.Equal(["Qualification", "Proposal", "Closed won"], deal.History.Select(h => h.ToStage));
        Assert.Single(deal.DomainEvents.OfType<OpportunityWon>());
        Assert.Equal("opportunity.closed", Assert.Throws<DomainRuleException>(() => deal.Estimate(10)).Code);
    }

    [Fact]
    public void A_deal_is_lost_only_with_a_reason_and_starts_only_in_an_open_stage()
    {
        var deal = Deal();
        Assert.Equal("lostReason", Assert.Throws<DomainRuleException>(() => deal.MoveTo(Lost, null, "  ", Rep)).Field);
        Assert.Equal(OpportunityStatus.Open, deal.Status);
        deal.MoveTo(Lost, null, "Price", Rep);
        Assert.Equal((OpportunityStatus.Lost, "Price", 10), (deal.Status, deal.LostReason, deal.ProbabilityBeforeClose));
        Assert.Equal("opportunity.stage_closed", Assert.Throws<DomainRuleException>(() =>
            Opportunity.Open(new AccountId(1), null, new OpportunityTerms("x", 1, "EUR", new DateOnly(2027, 3, 1)), Won, "rep", null, Rep)).Code);
        Assert.Equal("stage.closed_probability", Assert.Throws<DomainRuleException>(() => OpportunityStage.Configure("Won", 1, 90, true, false)).Code);
    }

    [Fact]
    public void Lines_make_the_deals_amount()
    {
        var deal = Deal(5);
        deal.ReplaceLines([(new ItemNumber("A"), 3m, 2.5m), (new ItemNumber("B"), 1m, 0.005m)]);
        Assert.Equal(7.51m, deal.Amount);
        Assert.Equal("lines[0].quantity", Assert.Throws<DomainRuleException>(() => deal.ReplaceLines([(new ItemNumber("A"), 0m, 1m)])).Field);
    }

    [Fact]
    public void The_forecast_weights_open_deals_of_the_month_and_counts_won_ones_by_their_close()
    {
        ForecastDeal Open(string owner, decimal amount, int probability, ForecastCategory category, int day, int month = 4) =>
            new(owner, amount, probability, category, OpportunityStatus.Open, new DateOnly(2027, month, day), null, null);
        var deals = new[]
        {
            Open("ann", 10_000, 50, ForecastCategory.Commit, 10),
            Open("ann", 4_000, 25, ForecastCategory.BestCase, 30),
            Open("ann", 1_000, 10, ForecastCategory.Pipeline, 1, month: 5),
            Open("bob", 3_333, 33, ForecastCategory.Pipeline, 15),
            new ForecastDeal("ann", 2_000, 100, ForecastCategory.Commit, OpportunityStatus.Won, new DateOnly(2027, 5, 30), new DateOnly(2027, 4, 2), 80),
            new ForecastDeal("bob", 9_000, 0, ForecastCategory.Pipeline, OpportunityStatus.Lost, new DateOnly(2027, 4, 20), new DateOnly(2027, 4, 3), 40),
        };

        var april = SalesForecast.ForMonth(deals, 2027, 4, new Dictionary<string, decimal> { ["ann"] = 20_000, ["cid"] = 5_000 });

        Assert.Equal(
        [
            new ForecastLine("ann", 2, 14_000, 6_000, 14_000, 10_000, 2_000, 20_000),
            new ForecastLine("bob", 1, 3_333, 1_099.89m, 0, 0, 0, null),
            new ForecastLine("cid", 0, 0, 0, 0, 0, 0, 5_000),
        ], april);
        Assert.Equal(12_000, april[0].WonAndCommit);
    }

    [Fact]
    public void Calibration_shows_how_often_deals_in_each_band_were_won()
    {
        ForecastDeal Closed(int before, bool won) => new("ann", 1, 0, ForecastCategory.Pipeline, won ? OpportunityStatus.Won : OpportunityStatus.Lost,
            new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 1), before);
        var bands = SalesForecast.Calibrate([Closed(10, false), Closed(19, true), Closed(20, false), Closed(75, true), Closed(80, true), Closed(100, false)]);

        Assert.Equal([(2, 1), (1, 0), (0, 0), (1, 1), (2, 1)], bands.Select(b => (b.Closed, b.Won)));
        Assert.Equal([0.5, 0.0, null, 1.0, 0.5], bands.Select(b => b.WinRate));
    }

    [Fact]
    public void A_lead_scores_by_fit_and_engagement_with_its_reasons()
    {
        var rules = new LeadScoringRules();
        var fit = new LeadDetails("Acme", "Ann", "Lee", "Einkaufsleiterin", new EmailAddress("ann@acme.de"), null, "DE", "automotive");
        var score = rules.Score(fit, LeadSource.Referral, fromCampaign: true, activitiesHeld: 5);
        Assert.Equal((55, 60), (score.Fit, score.Engagement));
        Assert.Equal(["business email (+10)", "decision maker (+15)", "target industry (+20)", "target country (+10)", "source Referral (+20)",
            "came from a campaign (+10)", "5 call(s) or meeting(s) held (+30)"], score.Reasons);

        var cold = rules.Score(new LeadDetails("X", null, "Y", null, new EmailAddress("y@gmail.com"), null, "US", null), LeadSource.ColdCall, false, 0);
        Assert.Equal(0, cold.Total);
        Assert.Empty(cold.Reasons);
    }

    [Fact]
    public void A_lead_is_converted_once_and_disqualified_only_with_a_reason()
    {
        var lead = Lead.Create(new LeadDetails("Acme", null, "Lee", null, null, null, null, null), LeadSource.Web, null, new TeamId(1), "rep", Rep);
        Assert.Equal("reason", Assert.Throws<DomainRuleException>(() => lead.Disqualify("")).Field);
        lead.Convert(new AccountId(1), new ContactId(2), new OpportunityId(3), Rep);
        Assert.Equal((LeadStatus.Qualified, new OpportunityId(3)), (lead.Status, lead.OpportunityId));
        Assert.Equal("lead.qualified", Assert.Throws<DomainRuleException>(() => lead.Convert(new AccountId(1), new ContactId(2), new OpportunityId(4), Rep)).Code);
    }

    [Theory]
    [InlineData("2027-03-01T08:00:00Z", AgendaBucket.Overdue)]
    [InlineData("2027-03-01T22:59:00Z", AgendaBucket.Today)] // 23:59 in Berlin
    [InlineData("2027-03-01T23:00:00Z", AgendaBucket.ThisWeek)] // Tuesday 00:00 in Berlin
    [InlineData("2027-03-07T22:59:00Z", AgendaBucket.ThisWeek)] // Sunday 23:59
    [InlineData("2027-03-07T23:00:00Z", AgendaBucket.Later)] // next Monday
    public void The_agenda_reads_due_times_in_the_users_zone(string due, AgendaBucket expected)
    {
        var now = DateTimeOffset.Parse("2027-03-01T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        Assert.Equal(expected, Agenda.Of(DateTimeOffset.Parse(due, System.Globalization.CultureInfo.InvariantCulture), now, berlin));
        Assert.Equal(DateTimeOffset.Parse("2027-03-07T23:00:00Z", System.Globalization.CultureInfo.InvariantCulture), Agenda.WeekEnds(now, berlin));
    }

    [Fact]
    public void ABC_classes_split_revenue_at_80_and_95_percent_and_RFM_scores_by_quintile()
    {
        var today = new DateOnly(2027, 3, 1);
        CustomerValue Value(long id, decimal revenue, int invoices, int daysAgo) => new(new AccountId(id), revenue, invoices, today.AddDays(-daysAgo));
        var values = new[]
        {
            Value(1, 500_000, 40, 3), Value(2, 300_000, 20, 10), Value(3, 100_000, 10, 30), Value(4, 60_000, 5, 90), Value(5, 40_000, 2, 200),
            new CustomerValue(new AccountId(6), 0, 0, null),
        };

        var segments = new Segmentation().Classify(values, today);

        Assert.Equal([AbcClass.A, AbcClass.A, AbcClass.B, AbcClass.B, AbcClass.C, AbcClass.C], values.Select(v => segments[v.Account].Class));
        Assert.Equal(["555", "444", "333", "222", "111", null], values.Select(v => segments[v.Account].Rfm));
        Assert.Equal("segmentation.thresholds", Assert.Throws<DomainRuleException>(() => new Segmentation(0.9m, 0.8m)).Code);
    }

    [Fact]
    public void A_segment_keeps_the_previous_months_class_so_a_move_shows()
    {
        var account = Account.Prospect(new ProspectDetails("Acme", null, null, null, "DE", null, null, null), "EUR", Team.Create("T", "m", [], false), "m", Rep);
        account.Segment(new AccountSegment(AbcClass.B, 3, 3, 3), new DateOnly(2027, 2, 1));
        account.Segment(new AccountSegment(AbcClass.A, 5, 4, 5), new DateOnly(2027, 3, 1));
        account.Segment(new AccountSegment(AbcClass.A, 5, 5, 5), new DateOnly(2027, 3, 2));
        Assert.Equal((AbcClass.A, AbcClass.B, 5), (account.AbcClass!.Value, account.PreviousAbcClass!.Value, account.FrequencyScore));
    }
}
