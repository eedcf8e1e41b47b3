using ErpMock.Model;

namespace ErpMock;

public sealed record ClockRequest(DateOnly Today);

public sealed record SalesOrderCount(int Count);

/// <summary>The mock's control surface under /_mock: never part of a real ERP.</summary>
public static class ControlEndpoints
{
    public static void MapControl(this IEndpointRouteBuilder app)
    {
        var mock = app.MapGroup("/_mock");
        mock.MapPut("/dataset", (ErpDataset dataset, MockState s) =>
        {
            s.Replace(dataset);
            return Results.NoContent();
        })
            // A whole dataset can be large (100,000 customers is some 40 MB): the control surface takes it whole.
            .WithMetadata(new Microsoft.AspNetCore.Mvc.DisableRequestSizeLimitAttribute());
        mock.MapGet("/dataset", (MockState s) => s.Dataset);
        mock.MapPost("/dataset/generate", (GenerateRequest request, MockState s) =>
        {
            if (request.Errors() is { Count: > 0 } errors) return Results.ValidationProblem(errors);
            s.Replace(DatasetGenerator.Generate(request, s.Today));
            var d = s.Dataset;
            return Results.Ok(new { items = d.Items!.Count, customers = d.Customers!.Count, stock = d.Stock!.Count,
                productionOrders = d.ProductionOrders!.Count, purchaseOrderLines = d.PurchaseOrderLines!.Count });
        });
        mock.MapDelete("/items/{number}", (string number, MockState s) =>
            s.DeleteItem(number) is not null ? Results.NoContent() : Results.Problem($"No item {number}.", statusCode: 404));
        mock.MapDelete("/customers/{number}", (string number, MockState s) =>
            s.DeleteCustomer(number) is not null ? Results.NoContent() : Results.Problem($"No customer {number}.", statusCode: 404));
        mock.MapDelete("/stock/{itemNumber}/{plant}", (string itemNumber, string plant, MockState s) =>
            s.DeleteStock(itemNumber, plant) is not null ? Results.NoContent() : Results.Problem($"No stock of {itemNumber} at {plant}.", statusCode: 404));
        mock.MapDelete("/production-orders/{number}", (string number, MockState s) =>
            s.DeleteProductionOrder(number) is not null ? Results.NoContent() : Results.Problem($"No production order {number}.", statusCode: 404));
        mock.MapDelete("/purchase-order-lines/{poNumber}/{line:int}", (string poNumber, int line, MockState s) =>
            s.DeletePurchaseOrderLine(poNumber, line) is not null
                ? Results.NoContent()
                : Results.Problem($"No purchase-order line {poNumber}/{line}.", statusCode: 404));
        mock.MapPatch("/production-orders/{number}", (string number, ProductionOrderChange change, MockState s) =>
        {
            if (change.Errors() is { Count: > 0 } errors) return Results.ValidationProblem(errors);
            return s.ChangeProductionOrder(number, change) is { } changed
                ? Results.Ok(changed)
                : Results.Problem($"No production order {number}.", statusCode: 404);
        });
        mock.MapPost("/clock", (ClockRequest clock, MockState s) =>
        {
            s.SetToday(clock.Today);
            return Results.Ok(new ClockRequest(s.Today));
        });
        mock.MapGet("/clock", (MockState s) => new ClockRequest(s.Today));
        mock.MapGet("/sales-orders", (MockState s) => s.SalesOrders);
        // Cheap enough to poll while thousands arrive.
        mock.MapGet("/sales-orders/count", (MockState s) => new SalesOrderCount(s.SalesOrderCount));
        // Someone working in the ERP cancels an order (the customer called the plant); the feed shows it as Cancelled.
        mock.MapPost("/sales-orders/{number}/cancel", (string number, MockState s) =>
            s.SalesOrders.FirstOrDefault(o => o.Order.SalesOrderNumber == number) is { } pushed
            && s.ChangeSalesOrder(number, $"erp-user-{Guid.NewGuid():N}", new ErpSalesOrderChange(pushed.Order.RequestedDeliveryDate, null, Cancelled: true)) is { } cancelled
                ? Results.Ok(cancelled.Order)
                : Results.Problem($"No sales order {number}.", statusCode: 404));
        mock.MapPut("/faults", (FaultSettings faults, MockState s) =>
        {
            if (faults.Errors() is { Count: > 0 } errors) return Results.ValidationProblem(errors);
            s.Faults = faults;
            return Results.Ok(faults);
        });
        mock.MapGet("/faults", (MockState s) => s.Faults);
        mock.MapDelete("/sales-orders", (MockState s) =>
        {
            s.ClearSalesOrders();
            return Results.NoContent();
        });
    }
}
