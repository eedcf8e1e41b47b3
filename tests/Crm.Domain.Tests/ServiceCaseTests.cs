using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Crm.Domain.Service;

namespace Crm.Domain.Tests;

/// <summary>Issue 18: a case's transitions, its warnings and escalations, and knowledge articles.</summary>
public sealed class ServiceCaseTests
{
    private static readonly TimeSpan ReopenPeriod = TimeSpan.FromDays(14);
    private static readonly TimeZoneInfo Zone = SlaScenarioTests.Berlin.Zone;

    private static ChangeContext At(int day, int hour, int minute = 0, string by = "agent") =>
        new(by, "", new DateTimeOffset(new DateTime(2026, 12, day, hour, minute, 0), Zone.GetUtcOffset(new DateTime(2026, 12, day, hour, minute, 0))));

    private static ServiceCase Open(CasePriority priority, ChangeContext at) =>
        ServiceCase.Open(new AccountId(7), new TeamId(1), null, null, null, "Gearbox noisy", "It rattles at 1,500 rpm.", CaseCategory.Quality,
            priority, CaseOrigin.Portal, "Service desk", at);

    private static SlaStatus Track(ServiceCase serviceCase, ChangeContext at) =>
        serviceCase.TrackSla(SlaScenarioTests.Policies, SlaScenarioTests.Berlin, null, level => level == 1 ? "Second level" : "Head of service", at);

    [Fact]
    public void The_owner_is_warned_once_per_clock_and_a_breach_escalates_raises_the_priority_and_later_goes_to_level_two()
    {
        var serviceCase = Open(CasePriority.High, At(7, 9));

        Assert.Equal(SlaState.Warning, Track(serviceCase, At(7, 10, 30)).State);
        Track(serviceCase, At(7, 10, 45));
        Assert.Equal(["first response"], serviceCase.DomainEvents.OfType<CaseSlaWarned>().Select(w => w.Clock));

        var breached = Track(serviceCase, At(7, 11, 5));
        var escalation = Assert.Single(serviceCase.DomainEvents.OfType<CaseEscalated>());
        Assert.Equal((1, true, "Second level", CasePriority.Urgent), (escalation.Level, escalation.Automatic, serviceCase.Queue, serviceCase.Priority));
        Assert.Contains("first response", escalation.Reason);
        Assert.Equal(SlaState.Breached, breached.State);
        // Urgent now: the resolution target is 4 h from 09:00, re-targeted from the start.
        Assert.Equal(At(7, 13).Now, serviceCase.ResolutionDue);

        Track(serviceCase, At(7, 11, 10));
        Assert.Single(serviceCase.DomainEvents.OfType<CaseEscalated>());

        // Level 2 is measured against the High targets the case breached: 1.5 × 2 h of first response by 12:00.
        Track(serviceCase, At(7, 11, 59));
        Assert.Single(serviceCase.DomainEvents.OfType<CaseEscalated>());
        Track(serviceCase, At(7, 12));
        Assert.Equal([1, 2], serviceCase.DomainEvents.OfType<CaseEscalated>().Select(e => e.Level));
        Assert.Equal(("Head of service", 2), (serviceCase.Queue, serviceCase.EscalationLevel));
        Assert.Equal(3, serviceCase.History.Count(h => h.Kind is CaseHistoryKind.Escalated or CaseHistoryKind.PriorityChanged));
    }

    [Fact]
    public void A_customer_answer_resumes_a_waiting_case_and_reopens_a_resolved_one_only_within_the_reopen_period()
    {
        var serviceCase = Open(CasePriority.Normal, At(7, 9));
        serviceCase.Comment("Which serial number?", true, false, ReopenPeriod, At(7, 9, 30));
        serviceCase.MoveTo(CaseStatus.WaitingOnCustomer, ReopenPeriod, At(7, 9, 31));
        serviceCase.Comment("SN 4711", true, true, ReopenPeriod, At(7, 14, 0, "buyer"));
        Assert.Equal((CaseStatus.InProgress, At(7, 9, 30).Now, "agent"), (serviceCase.Status, serviceCase.FirstResponseAt, serviceCase.Owner));

        serviceCase.MoveTo(CaseStatus.Resolved, ReopenPeriod, At(8, 10));
        serviceCase.Comment("Still rattles.", false, true, ReopenPeriod, At(9, 10, 0, "buyer"));
        Assert.Equal(CaseStatus.InProgress, serviceCase.Status);
        Assert.True(serviceCase.Comments[^1].IsPublic, "a customer's comment is always public");

        serviceCase.MoveTo(CaseStatus.Resolved, ReopenPeriod, At(10, 10));
        serviceCase.MoveTo(CaseStatus.Closed, ReopenPeriod, At(11, 10));
        var late = Assert.Throws<DomainRuleException>(() => serviceCase.Comment("Again!", true, true, ReopenPeriod, At(28, 10, 0, "buyer")));
        Assert.Equal("case.reopen_period_over", late.Code);
        Assert.Equal(CaseStatus.Closed, serviceCase.Status);
    }

    [Fact]
    public void Broken_moves_are_refused_with_their_rule()
    {
        var serviceCase = Open(CasePriority.Low, At(7, 9));
        Assert.Equal("case.close_unresolved", Assert.Throws<DomainRuleException>(() => serviceCase.MoveTo(CaseStatus.Closed, ReopenPeriod, At(7, 10))).Code);
        serviceCase.MoveTo(CaseStatus.InProgress, ReopenPeriod, At(7, 10));
        Assert.Equal("case.status_transition", Assert.Throws<DomainRuleException>(() => serviceCase.MoveTo(CaseStatus.New, ReopenPeriod, At(7, 10))).Code);
        serviceCase.Escalate("Second level", null, At(7, 10));
        serviceCase.Escalate("Head of service", "Customer threatens to cancel the frame contract", At(7, 11));
        Assert.Equal("case.escalation_top", Assert.Throws<DomainRuleException>(() => serviceCase.Escalate("Board", null, At(7, 12))).Code);
        Assert.All(serviceCase.DomainEvents.OfType<CaseEscalated>(), e => Assert.False(e.Automatic));
        Assert.Equal("subject", Assert.Throws<DomainRuleException>(() => serviceCase.Describe(" ", null, CaseCategory.Other)).Field);
        Assert.Equal("case.line_without_order", Assert.Throws<DomainRuleException>(() =>
            ServiceCase.Open(new AccountId(7), null, null, null, 2, "x", null, CaseCategory.Other, CasePriority.Low, CaseOrigin.Email, "Service desk", At(7, 9))).Code);
    }

    [Fact]
    public void A_calendar_needs_a_working_day_and_hours_that_end_by_midnight()
    {
        Assert.Equal("calendar.no_working_day", Assert.Throws<DomainRuleException>(() =>
            new ServiceCalendar(Zone, [], new TimeOnly(8, 0), TimeSpan.FromHours(8), [])).Code);
        Assert.Equal("hoursPerDay", Assert.Throws<DomainRuleException>(() =>
            new ServiceCalendar(Zone, [DayOfWeek.Monday], new TimeOnly(20, 0), TimeSpan.FromHours(5), [])).Field);
        Assert.Equal(TimeSpan.FromHours(18), SlaScenarioTests.Berlin.Between(At(4, 8).Now, At(8, 8).Now));
    }

    [Fact]
    public void Every_priority_needs_one_general_policy()
    {
        var error = Assert.Throws<DomainRuleException>(() => new SlaPolicies([new SlaPolicy(CasePriority.Low, TimeSpan.FromHours(1), TimeSpan.FromHours(2))]));
        Assert.Equal("sla.policy_per_priority", error.Code);
        Assert.Equal("sla.resolution", Assert.Throws<DomainRuleException>(() => new SlaPolicy(CasePriority.Low, TimeSpan.FromHours(2), TimeSpan.FromHours(1))).Code);
    }

    [Fact]
    public void An_article_keeps_its_versions_and_an_archived_one_is_not_revised()
    {
        var article = KnowledgeArticle.Write("Gearbox rattles", "Check the **oil level**.", ["Gearbox", "noise", "gearbox"], [new ItemNumber("GB-100")], true, At(1, 9));
        article.Publish(At(1, 10));
        article.Revise("Gearbox rattles at speed", "Check the oil level, then the bearings.", ["gearbox"], null, null, At(2, 9, 0, "lead"));

        Assert.Equal((2, ArticleStatus.Published, "lead"), (article.Revision, article.Status, article.UpdatedBy));
        var first = Assert.Single(article.Versions);
        Assert.Equal((1, "Gearbox rattles", "agent"), (first.Revision, first.Title, first.EditedBy));
        Assert.Equal(["gearbox", "noise"], KnowledgeArticle.Write("t", "b", ["Gearbox", "noise", "gearbox"], null, false, At(1, 9)).Tags);

        article.Archive(At(3, 9));
        Assert.Equal("article.archived", Assert.Throws<DomainRuleException>(() => article.Revise("x", "y", null, null, null, At(3, 10))).Code);
    }

    [Fact]
    public void Articles_that_share_a_cases_telling_words_in_title_or_tags_rank_above_those_that_mention_them()
    {
        var terms = ArticleRelevance.Terms("Getriebe macht Geräusche", "The gearbox rattles and the oil is dark.");
        Assert.DoesNotContain("the", terms);
        Assert.Contains("gerausche", terms);

        var titled = ArticleRelevance.Score(terms, "Gearbox rattles", ["getriebe"], "Check the oil.");
        var mentioned = ArticleRelevance.Score(terms, "Oil change intervals", [], "A gearbox needs fresh oil.");
        var unrelated = ArticleRelevance.Score(terms, "Invoice copies", ["invoice"], "Download them in the portal.");
        Assert.True(titled > mentioned && mentioned > unrelated, $"{titled} > {mentioned} > {unrelated}");
        Assert.Equal(0, unrelated);
    }
}
