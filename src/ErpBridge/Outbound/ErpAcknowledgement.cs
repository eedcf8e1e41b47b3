namespace ErpBridge.Outbound;

/// <summary>The ERP's answer to one commitment file: taken (with its own order number for a new order) or rejected,
/// with its reason.</summary>
/// <param name="IdempotencyKey">The key the commitment was sent under, read from the file's name.</param>
public sealed record ErpAcknowledgement(string File, long Line, string IdempotencyKey, bool Accepted, string? SalesOrderNumber, string? Message);
