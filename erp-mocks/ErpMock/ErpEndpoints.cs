using ErpMock.Model;

namespace ErpMock;

/// <summary>The ERP contract of DESIGN.md §6 under /erp/v1.</summary>
public static class ErpEndpoints
{
    public static void MapErp(this IEndpointRouteBuilder app)
    {
        var erp = app.MapGroup("/erp/v1");
        MapCollection(erp, "/items", d => d.Items!);
        MapCollection(erp, "/customers", d => d.Customers!);
        MapCollection(erp, "/stock", d => d.Stock!);
        MapCollection(erp, "/production-orders", d => d.ProductionOrders!);
        MapCollection(erp, "/purchase-order-lines", d => d.PurchaseOrderLines!);
        MapCollection(erp, "/calendars", d => d.Calendars!);
        erp.MapGet("/calendars/{plant}", (string plant, MockState s) =>
            s.Dataset.Calendars!.FirstOrDefault(c => c.Plant == plant) is { } calendar
                ? Results.Ok(calendar)
                : Results.Problem($"No calendar for plant {plant}.", statusCode: 404));

        erp.MapGet("/deliveries", (HttpRequest r, MockState s, DateTimeOffset? changedSince, string? after, int? top) =>
            Paging.Respond(r, s.Deliveries, changedSince, after, top, s.Faults));
        erp.MapGet("/invoices", (HttpRequest r, MockState s, DateTimeOffset? changedSince, string? after, int? top) =>
            Paging.Respond(r, s.Invoices, changedSince, after, top, s.Faults));
        erp.MapPost("/sales-orders", PostSalesOrder);
        erp.MapPost("/customers", (HttpRequest request, MockState state, ErpCustomerRequest body) =>
        {
            var key = request.Headers["Idempotency-Key"].ToString();
            if (string.IsNullOrWhiteSpace(key)) return Results.Problem("The Idempotency-Key header is required.", statusCode: 400);
            var errors = new Dictionary<string, string[]>();
            if (string.IsNullOrWhiteSpace(body.ExternalReference)) errors["externalReference"] = ["Required."];
            if (string.IsNullOrWhiteSpace(body.Name)) errors["name"] = ["Required."];
            if (body.Country is not { Length: 2 }) errors["country"] = ["A two-letter country code is required."];
            if (errors.Count > 0) return Results.ValidationProblem(errors);
            var (customer, created) = state.CreateCustomer(key, body);
            return created ? Results.Created($"/erp/v1/customers/{customer.CustomerNumber}", customer) : Results.Ok(customer);
        });
        erp.MapGet("/sales-orders", (HttpRequest r, MockState s, DateTimeOffset? changedSince, string? after, int? top) =>
            Paging.Respond(r, s.SalesOrders.Select(o => o.Order), changedSince, after, top, s.Faults));
        erp.MapPatch("/sales-orders/{number}", (string number, HttpRequest request, MockState s, ErpSalesOrderChange body) =>
        {
            var key = request.Headers["Idempotency-Key"].ToString();
            if (string.IsNullOrWhiteSpace(key)) return Results.Problem("The Idempotency-Key header is required.", statusCode: 400);
            return s.ChangeSalesOrder(number, key, body) is { } changed
                ? Results.Ok(changed.Order)
                : Results.Problem($"No sales order {number}.", statusCode: 404);
        });
        erp.MapGet("/sales-orders/{number}", (string number, MockState s) =>
            s.SalesOrders.FirstOrDefault(o => o.Order.SalesOrderNumber == number) is { } pushed
                ? Results.Ok(pushed.Order)
                : Results.Problem($"No sales order {number}.", statusCode: 404));
    }

    private static void MapCollection<T>(RouteGroupBuilder erp, string path, Func<ErpDataset, IEnumerable<T>> select)
        where T : IErpEntity =>
        erp.MapGet(path, (HttpRequest r, MockState s, DateTimeOffset? changedSince, string? after, int? top) =>
            Paging.Respond(r, select(s.Dataset), changedSince, after, top, s.Faults));

    private static IResult PostSalesOrder(HttpRequest request, MockState state, ErpSalesOrderRequest body)
    {
        var key = request.Headers["Idempotency-Key"].ToString();
        if (string.IsNullOrWhiteSpace(key))
            return Results.Problem("The Idempotency-Key header is required.", statusCode: 400);
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(body.ExternalReference)) errors["externalReference"] = ["Required."];
        if (string.IsNullOrWhiteSpace(body.CustomerNumber)) errors["customerNumber"] = ["Required."];
        if (body.Items is not { Count: > 0 }) errors["items"] = ["At least one item is required."];
        if (errors.Count > 0) return Results.ValidationProblem(errors);

        var (pushed, created) = state.PostSalesOrder(key, body);
        return created
            ? Results.Created($"/erp/v1/sales-orders/{pushed.Order.SalesOrderNumber}", pushed.Order)
            : Results.Ok(pushed.Order);
    }
}
