using Crm.Domain.Common;

namespace Crm.Domain.Promising;

/// <summary>How goods reach a customer: days in transit after they ship, and the days it receives them.</summary>
public sealed record DeliveryTerms(int TransitDays, ReceivingDays ReceivingDays)
{
    /// <summary>No customer named (an availability check of items alone): no transit, Monday to Friday.</summary>
    public static readonly DeliveryTerms None = new(0, ReceivingDays.MondayToFriday);
}
