namespace Crm.Domain.Service;

/// <summary>Computes a case's SLA from its history, deterministically for a given "now". A clock runs while the case
/// is New or InProgress, pauses while it waits on the customer, and counts only the service calendar's business
/// time. The first-response clock stops at the desk's first public answer (or the resolution); the resolution clock
/// stops at Resolved and runs on when the case is reopened. The targets are those of the case's current priority,
/// counted from its start, so a priority change re-targets the whole case.</summary>
public static class SlaClock
{
    public static SlaStatus Evaluate(IReadOnlyList<CaseHistoryEntry> history, SlaPolicy policy, ServiceCalendar calendar, double warningShare, DateTimeOffset now)
    {
        if (history.Count == 0) throw new ArgumentException("A case's history starts when it is opened.", nameof(history));
        var segments = Segments(history, now);
        var current = history[^1].Status;

        var responded = history.FirstOrDefault(e => e.Kind == CaseHistoryKind.Responded || e.Status is CaseStatus.Resolved or CaseStatus.Closed)?.At;
        var firstResponse = Clock(Clip(segments, responded), policy.FirstResponse, calendar, warningShare, now,
            stoppedAt: responded, paused: current == CaseStatus.WaitingOnCustomer);

        var resolvedAt = current is CaseStatus.Resolved or CaseStatus.Closed ? LastResolved(history) : (DateTimeOffset?)null;
        var resolution = Clock(segments, policy.Resolution, calendar, warningShare, now,
            stoppedAt: resolvedAt, paused: current == CaseStatus.WaitingOnCustomer);

        var state = firstResponse.State == SlaState.Breached || resolution.State == SlaState.Breached ? SlaState.Breached
            : resolution.State == SlaState.Met ? SlaState.Met
            : resolution.State == SlaState.Paused ? SlaState.Paused
            : firstResponse.State == SlaState.Warning || resolution.State == SlaState.Warning ? SlaState.Warning
            : SlaState.OnTrack;
        return new SlaStatus(firstResponse, resolution, state);
    }

    /// <summary>When the case last went from open to resolved (or straight to closed).</summary>
    private static DateTimeOffset LastResolved(IReadOnlyList<CaseHistoryEntry> history)
    {
        for (var i = history.Count - 1; i > 0; i--)
            if (history[i - 1].Status is not (CaseStatus.Resolved or CaseStatus.Closed)) return history[i].At;
        return history[0].At;
    }

    private readonly record struct Segment(DateTimeOffset From, DateTimeOffset To, bool Running);

    /// <summary>The case's life cut where its status changed, up to now.</summary>
    private static List<Segment> Segments(IReadOnlyList<CaseHistoryEntry> history, DateTimeOffset now)
    {
        var segments = new List<Segment>(history.Count);
        for (var i = 0; i < history.Count; i++)
        {
            var from = history[i].At;
            var to = i + 1 < history.Count ? history[i + 1].At : now;
            if (to > now) to = now;
            if (to > from) segments.Add(new Segment(from, to, history[i].Status is CaseStatus.New or CaseStatus.InProgress));
        }
        return segments;
    }

    private static List<Segment> Clip(List<Segment> segments, DateTimeOffset? until) =>
        until is not { } end ? segments
            : [.. segments.Where(s => s.From < end).Select(s => s.To > end ? s with { To = end } : s)];

    private static SlaClockStatus Clock(List<Segment> segments, TimeSpan target, ServiceCalendar calendar, double warningShare,
        DateTimeOffset now, DateTimeOffset? stoppedAt, bool paused)
    {
        var elapsed = TimeSpan.Zero;
        DateTimeOffset? due = null, lastRunning = null;
        foreach (var segment in segments.Where(s => s.Running))
        {
            var time = calendar.Between(segment.From, segment.To);
            if (due is null && elapsed + time >= target) due = calendar.Add(segment.From, target - elapsed);
            elapsed += time;
            lastRunning = segment.To;
        }

        var stopped = stoppedAt is { } stop && stop <= now;
        var running = !stopped && !paused;
        if (running) lastRunning = now;
        // A running clock's due lies ahead; a stopped one shows the due it had when it stopped.
        if (due is null && (running || stopped)) due = calendar.Add(running ? now : stoppedAt!.Value, target - elapsed);

        var breached = due is { } at && lastRunning > at;
        var state = breached ? SlaState.Breached
            : stopped ? SlaState.Met
            : paused ? SlaState.Paused
            : elapsed >= target * warningShare ? SlaState.Warning
            : SlaState.OnTrack;
        return new SlaClockStatus(target, elapsed, due, breached ? due : null, state);
    }
}
