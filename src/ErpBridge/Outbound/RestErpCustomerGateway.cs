using System.Net.Http.Json;
using ErpBridge.Contract;

namespace ErpBridge.Outbound;

internal sealed class RestErpCustomerGateway(HttpClient http) : IErpCustomerGateway
{
    public async Task<string?> CreateAsync(NewErpCustomer customer, string idempotencyKey, CancellationToken ct)
    {
        var body = new ErpCustomerCreateDto(customer.ExternalReference, customer.Name, customer.Street, customer.City, customer.PostalCode,
            customer.Country, customer.Email, customer.Phone, customer.VatId, customer.Currency);
        using var request = new HttpRequestMessage(HttpMethod.Post, "erp/v1/customers") { Content = JsonContent.Create(body, options: ErpJson.Options) };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        try
        {
            using var response = await http.SendAsync(request, ct);
            if (!response.IsSuccessStatusCode)
                throw new ErpUnavailableException(
                    $"The ERP refused customer {customer.ExternalReference}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}",
                    retryAfter: ErpFailures.RetryAfter(response.Headers.RetryAfter, DateTimeOffset.UtcNow),
                    refused: ErpFailures.IsRefusal(response.StatusCode));
            var created = await response.Content.ReadFromJsonAsync<ErpCustomerDto>(ErpJson.Options, ct);
            return created?.CustomerNumber ?? throw new ErpUnavailableException("The ERP answered without a customer number.");
        }
        catch (Exception e) when (ErpFailures.IsUnavailable(e, ct))
        {
            throw new ErpUnavailableException($"Customer {customer.ExternalReference} could not be delivered: {e.Message}", e);
        }
    }
}
