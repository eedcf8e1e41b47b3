namespace Crm.Domain.Service;

/// <summary>One thing that happened to a case, with the status, priority or level it led to. The SLA clocks are
/// computed from these lines alone.</summary>
/// <param name="Sequence">The line's place in the history: lines written in one change share their time.</param>
public sealed record CaseHistoryEntry(int Sequence, DateTimeOffset At, CaseHistoryKind Kind, CaseStatus Status, CasePriority Priority, int Level, string By, string? Note = null);
