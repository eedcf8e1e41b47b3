using System.Globalization;
using Crm.Api.Persistence;
using Crm.Api.Infrastructure.Mail;
using Crm.Domain.Common;
using Crm.Domain.Service;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Service;

/// <summary>Who hears of what happens to a case: the owner of a warning; the owner, the tier's lead and the account
/// team's manager of an escalation, in the app and by mail; the customer's contact of the desk's public answers, by
/// mail; the owner of the customer's replies. Written with the change, sent after it.</summary>
public sealed class CaseNotifications(CrmDbContext db, ServiceTiers tiers, MailKick mail, TimeProvider time) : IDomainEventHandler
{
    public IReadOnlySet<Type> Handles { get; } = new HashSet<Type> { typeof(CaseSlaWarned), typeof(CaseEscalated), typeof(CaseCommented) };

    public async Task HandleAsync(IReadOnlyList<DomainEvent> events, EventWrites writes, CancellationToken ct)
    {
        var relevant = events.Where(e => e is CaseSlaWarned or CaseEscalated or CaseCommented).ToList();
        if (relevant.Count == 0) return;
        var zone = (await ServiceRules.LoadAsync(db, ct)).Calendar.Zone;
        var now = time.GetUtcNow();
        var mails = 0;
        foreach (var happened in relevant)
        {
            switch (happened)
            {
                case CaseSlaWarned warning:
                {
                    var c = warning.Case;
                    var to = c.Owner ?? tiers.LeadOf(c.EscalationLevel);
                    if (to is not null)
                        writes.Add(new Notification(to, "sla-warning", $"{Title(c)}: {warning.Clock} due {Local(warning.Due, zone)}", Link(c), now));
                    break;
                }
                case CaseEscalated escalation:
                {
                    var c = escalation.Case;
                    var manager = c.TeamId is { } team ? await db.Teams.Where(t => t.Id == team).Select(t => t.ManagerUserName).FirstOrDefaultAsync(ct) : null;
                    var text = $"{Title(c)} escalated to level {escalation.Level} ({c.Queue}): {escalation.Reason}";
                    foreach (var who in new[] { c.Owner, tiers.LeadOf(escalation.Level), manager }.OfType<string>().Where(w => w.Length > 0).Distinct())
                    {
                        writes.Add(new Notification(who, "escalation", text, Link(c), now));
                        if (!who.Contains('@')) continue;
                        writes.Add(new OutgoingEmail(who, $"[Case {c.Id}] escalated to level {escalation.Level}: {c.Subject}",
                            $"{text}\n\nPriority: {c.Priority}\nQueue: {c.Queue}\nOpened: {Local(c.CreatedAt, zone)}\n\nOpen the case: {Link(c)}", now));
                        mails++;
                    }
                    break;
                }
                case CaseCommented { Comment: { IsPublic: true, ByCustomer: false } answer, Case: var c } when c.ContactId is { } contact:
                {
                    var email = await db.Contacts.Where(p => p.Id == contact).Select(p => p.Email).FirstOrDefaultAsync(ct);
                    if (email is null) break;
                    writes.Add(new OutgoingEmail(email, $"Re: [Case {c.Id}] {c.Subject}",
                        $"{answer.Text}\n\n— {answer.Author}\n\nYou can answer and follow the case in the customer portal: /portal/cases/{c.Id}", now));
                    mails++;
                    break;
                }
                case CaseCommented { Comment.ByCustomer: true, Case: var c }:
                {
                    var to = c.Owner ?? tiers.LeadOf(c.EscalationLevel);
                    if (to is not null) writes.Add(new Notification(to, "case-reply", $"{Title(c)}: the customer answered", Link(c), now));
                    break;
                }
            }
        }
        if (mails > 0) writes.AfterCommit(mail.Soon);
    }

    private static string Title(ServiceCase c) => $"Case {c.Id} \"{c.Subject}\"";

    private static string Link(ServiceCase c) => $"/cases/{c.Id}";

    private static string Local(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture);
}
