using System.Text.Json;
using Crm.Api.Persistence;
using Crm.Domain.Orders;
using ErpBridge.Outbound;

namespace Crm.Api.Features.Erp;

/// <summary>Outbox messages that tell the ERP about an order, carrying the commitment as it stands when written.</summary>
public static class OrderMessages
{
    public static OutboxMessage Created(SalesOrder order, DateTimeOffset now) => For(OutboxDispatcher.CreateSalesOrder, order, now);

    public static OutboxMessage Changed(SalesOrder order, DateTimeOffset now) => For(OutboxDispatcher.ChangeSalesOrder, order, now);

    private static OutboxMessage For(string type, SalesOrder order, DateTimeOffset now) =>
        new(type, JsonSerializer.Serialize(OrderCommitment.From(order)), order.Id, now);
}
