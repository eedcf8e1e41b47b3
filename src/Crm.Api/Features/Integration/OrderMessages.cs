using System.Text.Json;
using Crm.Api.Persistence;
using Crm.Domain.Sales;
using ErpBridge.Outbound;

namespace Crm.Api.Features.Integration;

/// <summary>Outbox messages that tell the ERP about an order.</summary>
public static class OrderMessages
{
    /// <summary>The commitment as confirmed, carried in the message: what was promised is what is delivered.</summary>
    public static OutboxMessage Created(SalesOrder order, DateTimeOffset now) =>
        new(OutboxMessage.CreateSalesOrder, JsonSerializer.Serialize(OrderCommitment.From(order)), order.Id, now);

    /// <summary>A change: the ERP is sent the order as it stands when the message is delivered, so several changes
    /// waiting together reach it as their latest state.</summary>
    public static OutboxMessage Changed(SalesOrder order, DateTimeOffset now) =>
        new(OutboxMessage.ChangeSalesOrder, "", order.Id, now);
}
