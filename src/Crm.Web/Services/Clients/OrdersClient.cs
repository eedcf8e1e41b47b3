using System.Net.Http.Json;
using Crm.Contracts;

namespace Crm.Web.Services;

/// <summary>Orders, their promises and the lines at risk (Sales).</summary>
public sealed class OrdersClient(ApiTransport api) : ApiClient(api)
{
    public Task<PagedResult<OrderSummary>> OrdersAsync(ListQuery query) => GetAsync<PagedResult<OrderSummary>>($"api/orders?{List(query)}");

    /// <summary>The order, with the supply that covers each commitment.</summary>
    public Task<OrderResponse> OrderAsync(long id) => GetAsync<OrderResponse>($"api/orders/{id}?explain=true");

    public Task<IReadOnlyList<PromiseChangeResponse>> PromiseChangesAsync(long id) => GetAsync<IReadOnlyList<PromiseChangeResponse>>($"api/orders/{id}/promise-changes");

    public Task<OrderCreatedResponse> CreateOrderAsync(AvailabilityRequest request, string idempotencyKey) =>
        ReadAsync<OrderCreatedResponse>(HttpMethod.Post, "api/orders", request, headers: [("Idempotency-Key", idempotencyKey)]);

    public Task<ConfirmOrderResponse> ConfirmOrderAsync(long id) => PostAsync<ConfirmOrderResponse>($"api/orders/{id}/confirm", null);

    public Task<OrderResponse> ChangeQuantityAsync(long id, int line, decimal quantity, string? reason) =>
        PostAsync<OrderResponse>($"api/orders/{id}/lines/{line}/quantity", new QuantityChangeRequest(quantity, reason));

    public Task<OrderResponse> ChangeRequestedDateAsync(long id, DateOnly? date, string? reason) =>
        PostAsync<OrderResponse>($"api/orders/{id}/requested-delivery-date", new RequestedDateChangeRequest(date, reason));

    public Task<OrderResponse> CancelLineAsync(long id, int line, string? reason) =>
        PostAsync<OrderResponse>($"api/orders/{id}/lines/{line}/cancel", new CancelRequest(reason));

    public Task<OrderResponse> CancelOrderAsync(long id, string? reason) => PostAsync<OrderResponse>($"api/orders/{id}/cancel", new CancelRequest(reason));

    public Task<PromiseChangeResponse> PromiseByHandAsync(long id, int line, ManualPromiseRequest request) =>
        PostAsync<PromiseChangeResponse>($"api/orders/{id}/lines/{line}/manual-promise", request);

    public Task<OrderResponse> ReleaseCreditHoldAsync(long id, string? reason) =>
        PostAsync<OrderResponse>($"api/orders/{id}/release-credit-hold", new CreditReleaseRequest(reason));

    public Task<OrderResponse> SetPurchaseOrderNumberAsync(long id, string? number) =>
        PostAsync<OrderResponse>($"api/orders/{id}/purchase-order-number", new PurchaseOrderNumberRequest(number));

    public Task<List<TimelineEntry>> TimelineAsync(long id) => GetAsync<List<TimelineEntry>>($"api/orders/{id}/timeline");

    public Task<OrderResponse> AcknowledgeRiskAsync(long orderId, int lineNumber) =>
        PostAsync<OrderResponse>($"api/orders/{orderId}/lines/{lineNumber}/acknowledge-risk", null);

    /// <summary>Lines whose promise moved or is short: a rep's own, every one for the order desk; of one customer or
    /// one item when given.</summary>
    public Task<PagedResult<AtRiskLineResponse>> AtRiskAsync(int page = 1, int pageSize = 25, string? customer = null, string? item = null) =>
        GetAsync<PagedResult<AtRiskLineResponse>>($"api/promises/at-risk?page={page}&pageSize={pageSize}{Filter("customer", customer)}{Filter("item", item)}");

    public Task<BackorderRunResponse> RunBackordersAsync() => PostAsync<BackorderRunResponse>("api/promises/backorders/run", null);
}
