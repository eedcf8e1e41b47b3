using Crm.Domain.Accounts;
using Crm.Domain.Catalog;
using Crm.Domain.Common;
using Crm.Domain.Sales;
using Crm.Domain.Supply;
using ErpBridge.Contract;

namespace ErpBridge.Translation;

/// <summary>The one place that turns ERP shapes, from REST or from CSV, into CRM records.</summary>
internal static class ErpTranslator
{
    public static Product ToProduct(ErpItemDto d, DateTimeOffset now) => Guard("item", d.ItemNumber, () => new Product(
        Required(d.ItemNumber, "itemNumber"), d.Description ?? "", d.BaseUnit ?? "PC", NotNegative(d.UnitPrice, "unitPrice"),
        Required(d.Currency, "currency"), Parse<ProcurementType>(d.ProcurementType, "procurementType"),
        NotNegative(d.InHouseProductionDays, "inHouseProductionDays"), NotNegative(d.PlannedDeliveryDays, "plannedDeliveryDays"),
        NotNegative(d.SafetyStock, "safetyStock"), Required(d.Plant, "plant"), Utc(d.LastChangeDateTime, now)));

    public static Account ToCustomer(ErpCustomerDto d, DateTimeOffset now) => Guard("customer", d.CustomerNumber, () => Account.FromErp(
        new CustomerNumber(Required(d.CustomerNumber, "customerNumber")), Required(d.Name, "name"), d.Street ?? "", d.City ?? "", d.PostalCode ?? "",
        d.Country ?? "", d.Email, d.Phone, d.CustomerGroup ?? "", NotNegative(d.CreditLimit, "creditLimit"),
        Required(d.Currency, "currency"), NotNegative(d.TransitDays, "transitDays"), Utc(d.LastChangeDateTime, now), d.ExternalReference));

    public static StockLevel ToStock(ErpStockDto d, DateTimeOffset now) => Guard("stock", d.RecordKey, () => new StockLevel(
        Required(d.ItemNumber, "itemNumber"), Required(d.Plant, "plant"), d.UnrestrictedQuantity, Utc(d.LastChangeDateTime, now)));

    public static ProductionOrder ToProductionOrder(ErpProductionOrderDto d, DateTimeOffset now) => Guard("production order", d.OrderNumber, () => new ProductionOrder(
        Required(d.OrderNumber, "orderNumber"), Required(d.ItemNumber, "itemNumber"), Required(d.Plant, "plant"),
        NotNegative(d.Quantity, "quantity"), NotNegative(d.DeliveredQuantity, "deliveredQuantity"), d.ScheduledStart, d.ScheduledFinish,
        Parse<ProductionOrderStatus>(d.Status, "status"), Utc(d.LastChangeDateTime, now)));

    public static PurchaseOrderLine ToPurchaseOrderLine(ErpPurchaseOrderLineDto d, DateTimeOffset now) => Guard("purchase order line", d.RecordKey, () => new PurchaseOrderLine(
        Required(d.PoNumber, "poNumber"), d.Line, Required(d.ItemNumber, "itemNumber"), Required(d.Plant, "plant"),
        NotNegative(d.Quantity, "quantity"), NotNegative(d.ReceivedQuantity, "receivedQuantity"), d.ExpectedDate, Utc(d.LastChangeDateTime, now)));

    public static Delivery ToDelivery(ErpDeliveryDto d, DateTimeOffset now) => Guard("delivery", d.DeliveryNumber, () => new Delivery(
        Required(d.DeliveryNumber, "deliveryNumber"), Required(d.ExternalReference, "externalReference"), Positive(d.LineNumber, "lineNumber"),
        Required(d.ItemNumber, "itemNumber"), NotNegative(d.Quantity, "quantity"), d.ShipDate, d.TrackingNumber, Utc(d.LastChangeDateTime, now)));

    public static Invoice ToInvoice(ErpInvoiceDto d, DateTimeOffset now) => Guard("invoice", d.InvoiceNumber, () => new Invoice(
        Required(d.InvoiceNumber, "invoiceNumber"), Required(d.ExternalReference, "externalReference"), d.Amount,
        Required(d.Currency, "currency"), d.DueDate, d.Paid, Utc(d.LastChangeDateTime, now)));

    public static ErpOrderStatus ToOrderStatus(ErpSalesOrderStatusDto d, DateTimeOffset now) => Guard("sales order", d.SalesOrderNumber, () => new ErpOrderStatus(
        Required(d.SalesOrderNumber, "salesOrderNumber"), Required(d.ExternalReference, "externalReference"),
        Parse<ErpDeliveryStatus>(d.DeliveryStatus, "deliveryStatus"), Utc(d.LastChangeDateTime, now)));

    public static PlantCalendar ToCalendar(ErpCalendarDto d) => Guard("calendar", d.Plant, () =>
    {
        if (d.WeekendDays.Any(w => w is < 0 or > 6)) throw new ErpDataException("calendar", d.Plant, "weekendDays", "holds a day outside 0 (Sunday) to 6 (Saturday).");
        return new PlantCalendar(Required(d.Plant, "plant"), d.WeekendDays.Select(w => (DayOfWeek)w), d.Holidays, NotNegative(d.PickPackDays, "pickPackDays"));
    });

    // PostgreSQL keeps instants in UTC; exports may carry any offset.
    private static DateTimeOffset Utc(DateTimeOffset? changed, DateTimeOffset now) => (changed ?? now).ToUniversalTime();

    private static T Guard<T>(string entity, string? key, Func<T> translate)
    {
        try
        {
            return translate();
        }
        catch (FieldException e)
        {
            throw new ErpDataException(entity, key ?? "(no key)", e.Field, e.Message);
        }
        catch (DomainRuleException e)
        {
            throw new ErpDataException(entity, key ?? "(no key)", e.Field ?? "", e.Message);
        }
    }

    private static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new FieldException(field, "is required.") : value.Trim();

    private static TNumber NotNegative<TNumber>(TNumber value, string field) where TNumber : System.Numerics.INumber<TNumber> =>
        TNumber.IsNegative(value) ? throw new FieldException(field, "cannot be negative.") : value;

    private static int Positive(int value, string field) =>
        value < 1 ? throw new FieldException(field, "must be 1 or more.") : value;

    private static TEnum Parse<TEnum>(string? value, string field) where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new FieldException(field, $"'{value}' is not one of {string.Join(", ", Enum.GetNames<TEnum>())}.");

    private sealed class FieldException(string field, string message) : Exception(message)
    {
        public string Field { get; } = field;
    }
}
