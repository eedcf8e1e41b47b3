namespace ErpBridge.Outbound;

/// <summary>Hands a commitment to the ERP. The same idempotency key never creates a second ERP order.</summary>
public interface IErpOrderGateway
{
    /// <returns>The ERP's order number, or null when the ERP acknowledges later (file drop).</returns>
    Task<string?> PushAsync(OrderCommitment commitment, string idempotencyKey, CancellationToken ct);

    /// <summary>Replaces the ERP order's lines and schedule lines with these (or cancels it); a repeated key changes nothing.</summary>
    Task ChangeAsync(OrderCommitment commitment, string idempotencyKey, CancellationToken ct);
}
