using ErpMock.Model;

namespace ErpMock;

public sealed record ShippingRun(IReadOnlyList<ErpSalesOrder> Orders, IReadOnlyList<(string ItemNumber, string Plant, decimal Quantity)> Issued);

/// <summary>What the mock ERP's warehouse and accounts do as its clock moves on: every schedule line whose ship date
/// has come is delivered, a fully delivered order is invoiced, and an invoice is paid two weeks after it was sent.</summary>
public sealed class Shipping
{
    public static readonly int PaymentDays = 14;
    public static readonly int TermsDays = 30;

    private readonly List<ErpDelivery> _deliveries = [];
    private readonly List<ErpInvoice> _invoices = [];

    public IReadOnlyList<ErpDelivery> Deliveries => [.. _deliveries];

    public IReadOnlyList<ErpInvoice> Invoices => [.. _invoices];

    public void Clear()
    {
        _deliveries.Clear();
        _invoices.Clear();
    }

    /// <returns>The orders whose delivery status changed, and the goods that left each item's stock.</returns>
    public ShippingRun RunUntil(DateOnly today, IEnumerable<ErpSalesOrder> orders, IReadOnlyList<ErpItem> items, DateTimeOffset now)
    {
        var changed = new List<ErpSalesOrder>();
        var issued = new List<(string ItemNumber, string Plant, decimal Quantity)>();
        foreach (var order in orders.Where(o => o.DeliveryStatus != "Cancelled"))
        {
            var before = order.DeliveryStatus;
            var shippedAll = true;
            foreach (var item in order.Items.Where(i => !i.Cancelled))
            {
                var shipped = _deliveries.Where(d => d.SalesOrderNumber == order.SalesOrderNumber && d.LineNumber == item.LineNumber).Sum(d => d.Quantity);
                var due = (item.ScheduleLines ?? []).Where(s => s.ShipDate <= today).ToList();
                var dueQuantity = Math.Min(due.Sum(s => s.Quantity), item.Quantity);
                if (dueQuantity > shipped)
                {
                    var number = _deliveries.Count + 1;
                    _deliveries.Add(new ErpDelivery(
                        $"DLV-{number:D8}", order.SalesOrderNumber, order.ExternalReference, item.LineNumber, item.ItemNumber,
                        dueQuantity - shipped, due.Max(s => s.ShipDate), $"1Z{number:D10}") { LastChangeDateTime = now });
                    issued.Add((item.ItemNumber, item.Plant, dueQuantity - shipped));
                    shipped = dueQuantity;
                }
                if (shipped < item.Quantity) shippedAll = false;
            }
            var anyShipped = _deliveries.Any(d => d.SalesOrderNumber == order.SalesOrderNumber);
            var status = shippedAll ? "Delivered" : anyShipped ? "PartiallyDelivered" : "Open";
            if (shippedAll && !_invoices.Any(i => i.SalesOrderNumber == order.SalesOrderNumber)) Invoice(order, items, today, now);
            if (status != before) changed.Add(order with { DeliveryStatus = status, LastChangeDateTime = now });
        }
        for (var i = 0; i < _invoices.Count; i++)
        {
            if (!_invoices[i].Paid && _invoices[i].InvoiceDate.AddDays(PaymentDays) <= today)
                _invoices[i] = _invoices[i] with { Paid = true, LastChangeDateTime = now };
        }
        return new ShippingRun(changed, issued);
    }

    private void Invoice(ErpSalesOrder order, IReadOnlyList<ErpItem> items, DateOnly today, DateTimeOffset now)
    {
        var prices = items.GroupBy(i => i.ItemNumber).ToDictionary(g => g.Key, g => g.First());
        var lines = order.Items.Where(i => !i.Cancelled).ToList();
        // At the prices agreed on the order; an item's list price only where the order named none.
        var amount = Math.Round(lines.Sum(i =>
            i.Quantity * (i.UnitPrice ?? (prices.TryGetValue(i.ItemNumber, out var p) ? p.UnitPrice : 0)) * (1 - (i.DiscountPercent ?? 0) / 100m)), 2);
        var currency = order.Currency
            ?? lines.Select(i => prices.TryGetValue(i.ItemNumber, out var p) ? p.Currency : null).FirstOrDefault(c => c is not null) ?? "EUR";
        _invoices.Add(new ErpInvoice(
            $"INV-{_invoices.Count + 1:D8}", order.SalesOrderNumber, order.ExternalReference, amount, currency, today, today.AddDays(TermsDays), false)
        { LastChangeDateTime = now });
    }
}
