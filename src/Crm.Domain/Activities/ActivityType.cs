namespace Crm.Domain.Activities;

public enum ActivityType
{
    Call,
    Meeting,
    Task,
    Note,
}
