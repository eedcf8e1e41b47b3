namespace Crm.Domain.Activities;

/// <summary>The kinds of record an activity can be about.</summary>
public enum RegardingType
{
    Account,
    Contact,
    Lead,
    Opportunity,
    Quote,
    Order,
}
