using Crm.Domain.Common;
using Crm.Domain.Promising;
using Crm.Domain.Sales;

namespace Crm.Api.Features.Sales.Orders;

internal static class OrderLineExtensions
{
    public static OrderLineInput ToOrderLine(this LineRequest line, LinePrice price) =>
        new(new ItemNumber(line.ItemNumber), line.Plant, new Quantity(line.Quantity), line.CompleteDelivery, price, line.RequestedDeliveryDate);
}
