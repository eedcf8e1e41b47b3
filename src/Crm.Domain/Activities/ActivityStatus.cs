namespace Crm.Domain.Activities;

/// <summary>Open → Done; a note is done when written.</summary>
public enum ActivityStatus
{
    Open,
    Done,
}
