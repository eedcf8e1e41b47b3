namespace Crm.Api.Persistence.Migrations;

/// <summary>Data changes that migrations of every provider make alike. Written out in full, not built from today's
/// model, so that a migration does what it did when it was written.</summary>
internal static class DataFixes
{
    /// <summary>Demand is read from the schedule lines alone: those of orders that no longer count as demand, and of
    /// lines with nothing left to deliver, are given up, as the domain now does when they get there.</summary>
    public const string UncommittedOrdersHoldNoScheduleLines = """
        DELETE FROM "ScheduleLines" WHERE "SalesOrderLineId" IN (
            SELECT l."Id" FROM "SalesOrderLine" l INNER JOIN "SalesOrders" o ON o."Id" = l."SalesOrderId"
            WHERE o."Status" NOT IN ('Confirmed', 'Provisional', 'Released', 'InProduction', 'PartiallyShipped')
               OR l."Quantity" <= l."ShippedQuantity");
        """;
}
