namespace Crm.Domain.Activities;

public enum AgendaBucket
{
    Overdue,
    Today,
    ThisWeek,
    Later,
}
