namespace Crm.Domain.Service;

/// <summary>A case against its SLA: both clocks and the state a list shows. Breached wins over everything, then
/// resolved cases are Met, waiting ones Paused, and a running clock past the warning share is a Warning.</summary>
public sealed record SlaStatus(SlaClockStatus FirstResponse, SlaClockStatus Resolution, SlaState State);
