using System.Text.Json;
using Crm.Api.Persistence;
using ErpBridge.Outbound;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Integration;

/// <summary>What came of sending one outbox message.</summary>
/// <param name="ErpNumber">The ERP's number for a new order, when it gives one at once (REST).</param>
public sealed record DeliveryOutcome(OutboxMessage Message, bool Delivered, string? ErpNumber = null, Exception? Error = null)
{
    public bool Creates => Message.Type == OutboxMessage.CreateSalesOrder;
}

/// <summary>Sends one claimed outbox message to the ERP under its id as the idempotency key. A new order carries its
/// commitment in the message; a change is sent as the order stands now, so it is read in a scope of its own (messages
/// go out side by side, and a DbContext serves one caller at a time).</summary>
public sealed class OutboxDelivery(IErpOrderGateway gateway, IErpCustomerGateway customers, IServiceScopeFactory scopes)
{
    public async Task<DeliveryOutcome> SendAsync(OutboxMessage message, CancellationToken ct)
    {
        try
        {
            var key = message.Id.ToString("N");
            if (message.Type == OutboxMessage.CreateCustomer)
                return new DeliveryOutcome(message, true, await customers.CreateAsync(
                    JsonSerializer.Deserialize<NewErpCustomer>(message.Payload) ?? throw new InvalidOperationException($"Outbox message {message.Id} has no payload."), key, ct));
            if (message.Type != OutboxMessage.ChangeSalesOrder)
                return new DeliveryOutcome(message, true, await gateway.PushAsync(Payload(message), key, ct));
            await gateway.ChangeAsync(await CurrentAsync(message, ct), key, ct);
            return new DeliveryOutcome(message, true);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new DeliveryOutcome(message, false, Error: e);
        }
    }

    private static OrderCommitment Payload(OutboxMessage message) =>
        JsonSerializer.Deserialize<OrderCommitment>(message.Payload) ?? throw new InvalidOperationException($"Outbox message {message.Id} has no payload.");

    private async Task<OrderCommitment> CurrentAsync(OutboxMessage message, CancellationToken ct)
    {
        var id = message.SalesOrderId ?? throw new InvalidOperationException($"Outbox message {message.Id} names no order.");
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        return OrderCommitment.From(await db.SalesOrders.AsNoTracking().WithCommitmentsAsync(id, ct));
    }
}
