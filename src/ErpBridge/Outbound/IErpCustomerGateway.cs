namespace ErpBridge.Outbound;

/// <summary>Asks the ERP to create a customer. The same idempotency key never creates a second one.</summary>
public interface IErpCustomerGateway
{
    /// <returns>The ERP's customer number, or null when the ERP answers later (file drop: its next customer export
    /// carries the number with the CRM's reference).</returns>
    Task<string?> CreateAsync(NewErpCustomer customer, string idempotencyKey, CancellationToken ct);
}
