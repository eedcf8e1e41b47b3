namespace Crm.Domain.Service;

/// <summary>How a case stands against its SLA targets.</summary>
public enum SlaState
{
    OnTrack,
    Warning,
    Breached,
    Paused,
    Met,
}
