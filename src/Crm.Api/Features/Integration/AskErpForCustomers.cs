using System.Text.Json;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Common;
using ErpBridge.Outbound;

namespace Crm.Api.Features.Integration;

/// <summary>A prospect a rep wants in the ERP goes out through the outbox, in the transaction of the request: the
/// message's id is the idempotency key, so a retried delivery never creates a second customer.</summary>
public sealed class AskErpForCustomers(OutboxKick outbox, TimeProvider time) : IDomainEventHandler
{
    public IReadOnlySet<Type> Handles { get; } = new HashSet<Type> { typeof(ErpCustomerRequested) };

    public Task HandleAsync(IReadOnlyList<DomainEvent> events, EventWrites writes, CancellationToken ct)
    {
        var asked = events.OfType<ErpCustomerRequested>().Select(e => e.Account).DistinctBy(a => a.Id).ToList();
        if (asked.Count == 0) return Task.CompletedTask;
        var now = time.GetUtcNow();
        writes.AddRange(asked.Select(a => new OutboxMessage(OutboxMessage.CreateCustomer, JsonSerializer.Serialize(new NewErpCustomer(
            a.ErpReference!, a.Name, a.Street, a.City, a.PostalCode, a.Country, a.Email, a.Phone, a.VatId, a.Currency)), null, now)));
        writes.AfterCommit(outbox.Soon);
        return Task.CompletedTask;
    }

    /// <summary>The CRM's reference of the account a customer message is about.</summary>
    public static string ReferenceOf(OutboxMessage message) =>
        JsonSerializer.Deserialize<NewErpCustomer>(message.Payload)?.ExternalReference ?? throw new InvalidOperationException($"Outbox message {message.Id} has no payload.");
}
