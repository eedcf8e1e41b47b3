using System.Net.Http.Json;
using ErpBridge.Contract;

namespace ErpBridge.Outbound;

internal sealed class RestErpOrderGateway(HttpClient http) : IErpOrderGateway
{
    public async Task<string?> PushAsync(OrderCommitment commitment, string idempotencyKey, CancellationToken ct)
    {
        var body = new ErpSalesOrderRequestDto(
            commitment.OrderNumber, commitment.CustomerNumber, commitment.RequestedDeliveryDate,
            [.. commitment.Lines.Select(l => new ErpSalesOrderItemDto(
                l.LineNumber, l.ItemNumber, l.Plant, l.Quantity,
                [.. l.ScheduleLines.Select(s => new ErpScheduleLineDto(s.Quantity, s.MaterialAvailabilityDate, s.ShipDate, s.DeliveryDate))]))]);
        using var request = new HttpRequestMessage(HttpMethod.Post, "erp/v1/sales-orders")
        {
            Content = JsonContent.Create(body, options: ErpJson.Options),
        };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        try
        {
            using var response = await http.SendAsync(request, ct);
            if (!response.IsSuccessStatusCode)
                throw new ErpUnavailableException($"The ERP refused sales order {commitment.OrderNumber}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
            var created = await response.Content.ReadFromJsonAsync<ErpSalesOrderDto>(ErpJson.Options, ct);
            return created?.SalesOrderNumber ?? throw new ErpUnavailableException("The ERP answered without a sales order number.");
        }
        catch (Exception e) when (ErpFailures.IsUnavailable(e, ct))
        {
            throw new ErpUnavailableException($"Sales order {commitment.OrderNumber} could not be delivered: {e.Message}", e);
        }
    }
}
