namespace ErpBridge.Outbound;

/// <summary>A prospect the CRM asks the ERP to create as a customer, known to both by <paramref name="ExternalReference"/>.</summary>
public sealed record NewErpCustomer(
    string ExternalReference, string Name, string Street, string City, string PostalCode, string Country, string? Email, string? Phone,
    string? VatId, string Currency);
