using System.Globalization;

namespace Crm.Domain.Sales;

/// <summary>A sales order's identity, given by the database when the order is first stored.</summary>
public readonly record struct SalesOrderId(long Value)
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
