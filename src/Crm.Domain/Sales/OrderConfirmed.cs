using Crm.Domain.Common;

namespace Crm.Domain.Sales;

/// <summary>An order's promise became commitments. A provisional one was made on supply data too old to trust and
/// stays in the CRM until it is confirmed on fresh data; one on credit hold stays until a manager releases it.</summary>
public sealed record OrderConfirmed(SalesOrder Order, bool Provisional, bool CreditHold = false) : DomainEvent
{
    /// <summary>Whether the order is ready for the ERP now.</summary>
    public bool Final => !Provisional && !CreditHold;
}
