namespace Crm.Domain.Sales;

/// <summary>Who accepted a quote and the evidence kept of it: the buyer's name as they gave it, when, their purchase
/// order number, and for an acceptance online the address it came from and the SHA-256 of the PDF they saw.</summary>
public sealed record QuoteAcceptance(
    string Name, DateTimeOffset At, string? PurchaseOrderNumber, string? Address, string? DocumentSha256, bool Online)
{
    public const int MaxNameLength = 200;
}
