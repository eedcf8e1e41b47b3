using System.Net.Http.Json;
using ErpBridge.Contract;

namespace ErpBridge.Outbound;

internal sealed class RestErpOrderGateway(HttpClient http) : IErpOrderGateway
{
    public async Task<string?> PushAsync(OrderCommitment commitment, string idempotencyKey, CancellationToken ct)
    {
        var body = new ErpSalesOrderRequestDto(
            commitment.OrderNumber, commitment.CustomerNumber, commitment.RequestedDeliveryDate, Items(commitment), commitment.CustomerReference, commitment.Currency);
        var created = await SendAsync(HttpMethod.Post, "erp/v1/sales-orders", body, commitment, idempotencyKey, ct);
        return created?.SalesOrderNumber ?? throw new ErpUnavailableException("The ERP answered without a sales order number.");
    }

    public async Task ChangeAsync(OrderCommitment commitment, string idempotencyKey, CancellationToken ct)
    {
        // The ERP finds the order by our number (its external reference), so a change never waits for the ERP's own.
        var body = new ErpSalesOrderChangeDto(commitment.RequestedDeliveryDate, Items(commitment), commitment.Cancelled);
        await SendAsync(HttpMethod.Patch, $"erp/v1/sales-orders/{Uri.EscapeDataString(commitment.OrderNumber)}", body, commitment, idempotencyKey, ct);
    }

    private static List<ErpSalesOrderItemDto> Items(OrderCommitment commitment) =>
        [.. commitment.Lines.Select(l => new ErpSalesOrderItemDto(
            l.LineNumber, l.ItemNumber, l.Plant, l.Quantity,
            [.. l.ScheduleLines.Select(s => new ErpScheduleLineDto(s.Quantity, s.MaterialAvailabilityDate, s.ShipDate, s.DeliveryDate))],
            l.Cancelled, l.UnitPrice, l.DiscountPercent))];

    private async Task<ErpSalesOrderDto?> SendAsync<TBody>(
        HttpMethod method, string path, TBody body, OrderCommitment commitment, string idempotencyKey, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body, options: ErpJson.Options) };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        try
        {
            using var response = await http.SendAsync(request, ct);
            if (!response.IsSuccessStatusCode)
                throw new ErpUnavailableException(
                    $"The ERP refused sales order {commitment.OrderNumber}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}",
                    retryAfter: ErpFailures.RetryAfter(response.Headers.RetryAfter, DateTimeOffset.UtcNow),
                    refused: ErpFailures.IsRefusal(response.StatusCode));
            return await response.Content.ReadFromJsonAsync<ErpSalesOrderDto>(ErpJson.Options, ct);
        }
        catch (Exception e) when (ErpFailures.IsUnavailable(e, ct))
        {
            throw new ErpUnavailableException($"Sales order {commitment.OrderNumber} could not be delivered: {e.Message}", e);
        }
    }
}
