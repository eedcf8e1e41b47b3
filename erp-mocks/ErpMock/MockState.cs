using System.Collections.Concurrent;
using ErpMock.Model;

namespace ErpMock;

/// <summary>The mock ERP's whole memory: its dataset, its clock and the sales orders pushed to it.</summary>
public sealed class MockState(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, PushedSalesOrder> _salesOrders = new(StringComparer.Ordinal);
    private readonly Lock _salesOrderGate = new();
    private readonly Lock _datasetGate = new();
    private int _salesOrderSequence;
    private readonly Dictionary<string, string> _createdCustomers = new(StringComparer.Ordinal);
    private int _customerSequence;

    public ErpDataset Dataset { get; private set; } = new([], [], [], [], [], []);

    public FaultSettings Faults { get; set; } = new();

    private readonly Shipping _shipping = new();

    /// <summary>The ERP's business date; the real date unless a test or demo sets it (<see cref="SetToday"/>).</summary>
    public DateOnly Today { get; private set; } = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public IReadOnlyList<ErpDelivery> Deliveries
    {
        get
        {
            lock (_salesOrderGate) return _shipping.Deliveries;
        }
    }

    public IReadOnlyList<ErpInvoice> Invoices
    {
        get
        {
            lock (_salesOrderGate) return _shipping.Invoices;
        }
    }

    /// <summary>Moves the ERP's date; moving it on ships what has come due, invoices and collects payments.</summary>
    public void SetToday(DateOnly today)
    {
        lock (_salesOrderGate)
        {
            var forward = today > Today;
            Today = today;
            if (!forward) return;
            var now = time.GetUtcNow();
            var run = _shipping.RunUntil(today, _salesOrders.Values.Select(o => o.Order), Dataset.Items ?? [], now);
            IssueStock(run.Issued, now);
            foreach (var order in run.Orders)
            {
                var key = _salesOrders.First(p => p.Value.Order.SalesOrderNumber == order.SalesOrderNumber).Key;
                _salesOrders[key] = _salesOrders[key] with { Order = order };
            }
        }
    }

    public void Replace(ErpDataset dataset)
    {
        var now = time.GetUtcNow();
        var stamped = new ErpDataset(
            Stamp(dataset.Items, now), Stamp(dataset.Customers, now), Stamp(dataset.Stock, now),
            Stamp(dataset.ProductionOrders, now), Stamp(dataset.PurchaseOrderLines, now), Stamp(dataset.Calendars, now));
        lock (_datasetGate) Dataset = stamped;
    }

    /// <summary>Goods issue: what was shipped leaves unrestricted stock (never below zero), and the stock rows change.</summary>
    private void IssueStock(IReadOnlyList<(string ItemNumber, string Plant, decimal Quantity)> issued, DateTimeOffset now)
    {
        if (issued.Count == 0) return;
        var byProduct = issued.GroupBy(i => (i.ItemNumber, i.Plant)).ToDictionary(g => g.Key, g => g.Sum(i => i.Quantity));
        lock (_datasetGate)
        {
            Dataset = Dataset with
            {
                Stock = [.. Dataset.Stock!.Select(s => byProduct.TryGetValue((s.ItemNumber, s.Plant), out var quantity)
                    ? s with { UnrestrictedQuantity = Math.Max(0, s.UnrestrictedQuantity - quantity), LastChangeDateTime = now }
                    : s)],
            };
        }
    }

    /// <summary>Changes one production order as the ERP's planner would; its change time moves, so a delta sync sees it.
    /// Null when there is no such order.</summary>
    public ErpProductionOrder? ChangeProductionOrder(string orderNumber, ProductionOrderChange change) =>
        ChangeOne(d => d.ProductionOrders!, (d, list) => d with { ProductionOrders = list }, o => o.OrderNumber == orderNumber, (o, now) => o with
        {
            ScheduledFinish = change.ScheduledFinish ?? o.ScheduledFinish,
            Quantity = change.Quantity ?? o.Quantity,
            Status = change.Status ?? o.Status,
            LastChangeDateTime = now,
        });

    /// <summary>The ERP deletes an item master record: it stays in the feed as a tombstone stamped now.</summary>
    public ErpItem? DeleteItem(string itemNumber) =>
        ChangeOne(d => d.Items!, (d, list) => d with { Items = list }, i => i.ItemNumber == itemNumber,
            (i, now) => i with { IsDeleted = true, LastChangeDateTime = now });

    public ErpCustomer? DeleteCustomer(string customerNumber) =>
        ChangeOne(d => d.Customers!, (d, list) => d with { Customers = list }, c => c.CustomerNumber == customerNumber,
            (c, now) => c with { IsDeleted = true, LastChangeDateTime = now });

    public ErpStock? DeleteStock(string itemNumber, string plant) =>
        ChangeOne(d => d.Stock!, (d, list) => d with { Stock = list }, s => s.ItemNumber == itemNumber && s.Plant == plant,
            (s, now) => s with { IsDeleted = true, LastChangeDateTime = now });

    /// <summary>The ERP deletes a production order: it stays in the feed as a tombstone stamped now.</summary>
    public ErpProductionOrder? DeleteProductionOrder(string orderNumber) =>
        ChangeOne(d => d.ProductionOrders!, (d, list) => d with { ProductionOrders = list }, o => o.OrderNumber == orderNumber,
            (o, now) => o with { IsDeleted = true, LastChangeDateTime = now });

    /// <summary>The ERP deletes a purchase-order line: it stays in the feed as a tombstone stamped now.</summary>
    public ErpPurchaseOrderLine? DeletePurchaseOrderLine(string poNumber, int line) =>
        ChangeOne(d => d.PurchaseOrderLines!, (d, list) => d with { PurchaseOrderLines = list }, l => l.PoNumber == poNumber && l.Line == line,
            (l, now) => l with { IsDeleted = true, LastChangeDateTime = now });

    /// <summary>Changes the one record that matches (a deleted one is gone); null when there is none. The list is
    /// copied, not changed in place: a page being read at this moment keeps the list it started with.</summary>
    private T? ChangeOne<T>(
        Func<ErpDataset, List<T>> collection, Func<ErpDataset, List<T>, ErpDataset> replace, Func<T, bool> match, Func<T, DateTimeOffset, T> change)
        where T : class, IErpDeletable
    {
        lock (_datasetGate)
        {
            var records = collection(Dataset);
            var index = records.FindIndex(r => !r.IsDeleted && match(r));
            if (index < 0) return null;
            var changed = change(records[index], time.GetUtcNow());
            Dataset = replace(Dataset, [.. records[..index], changed, .. records[(index + 1)..]]);
            return changed;
        }
    }

    /// <summary>Creates the customer once per idempotency key (a repeated post returns the first one), with a number of
    /// its own, and keeps the CRM's reference with it: it is in the customer feed from now on.</summary>
    public (ErpCustomer Customer, bool Created) CreateCustomer(string idempotencyKey, ErpCustomerRequest request)
    {
        lock (_datasetGate)
        {
            var customers = Dataset.Customers ?? [];
            if (_createdCustomers.TryGetValue(idempotencyKey, out var known))
                return (customers.Last(c => c.CustomerNumber == known), false);
            string number;
            do number = $"C-{7000 + Interlocked.Increment(ref _customerSequence)}";
            while (customers.Any(c => c.CustomerNumber == number));
            var customer = new ErpCustomer(number, request.Name!, request.Street ?? "", request.City ?? "", request.PostalCode ?? "", request.Country!,
                request.Email, request.Phone, "NEW", 0, request.Currency ?? "EUR", 1)
            { ExternalReference = request.ExternalReference, LastChangeDateTime = time.GetUtcNow() };
            Dataset = Dataset with { Customers = [.. customers, customer] };
            _createdCustomers[idempotencyKey] = number;
            return (customer, true);
        }
    }

    /// <summary>Creates the order once per idempotency key; a repeated post returns the first answer.</summary>
    public (PushedSalesOrder Pushed, bool Created) PostSalesOrder(string idempotencyKey, ErpSalesOrderRequest request)
    {
        lock (_salesOrderGate)
        {
            if (_salesOrders.TryGetValue(idempotencyKey, out var existing))
            {
                var again = existing with { Posts = existing.Posts + 1 };
                _salesOrders[idempotencyKey] = again;
                return (again, false);
            }
            var now = time.GetUtcNow();
            var number = $"ERP-{Interlocked.Increment(ref _salesOrderSequence):D7}";
            var order = new ErpSalesOrder(
                number, request.ExternalReference!, request.CustomerNumber!, request.RequestedDeliveryDate,
                request.Items!, "Open", now, request.CustomerReference, request.Currency) { LastChangeDateTime = now };
            var pushed = new PushedSalesOrder(idempotencyKey, 1, order);
            _salesOrders[idempotencyKey] = pushed;
            return (pushed, true);
        }
    }

    /// <summary>Applies a change once per idempotency key; null when there is no such order (by ERP number or our reference).</summary>
    public PushedSalesOrder? ChangeSalesOrder(string number, string idempotencyKey, ErpSalesOrderChange change)
    {
        lock (_salesOrderGate)
        {
            var pushed = _salesOrders.Values.FirstOrDefault(o => o.Order.SalesOrderNumber == number || o.Order.ExternalReference == number);
            if (pushed is null || pushed.Changes.Contains(idempotencyKey)) return pushed;
            var order = pushed.Order with
            {
                RequestedDeliveryDate = change.RequestedDeliveryDate,
                Items = change.Items ?? pushed.Order.Items,
                DeliveryStatus = change.Cancelled ? "Cancelled" : pushed.Order.DeliveryStatus,
                LastChangeDateTime = time.GetUtcNow(),
            };
            var changed = pushed with { Order = order, Changes = [.. pushed.Changes, idempotencyKey] };
            _salesOrders[pushed.IdempotencyKey] = changed;
            return changed;
        }
    }

    public int SalesOrderCount => _salesOrders.Count;

    public IReadOnlyList<PushedSalesOrder> SalesOrders =>
        [.. _salesOrders.Values.OrderBy(o => o.Order.SalesOrderNumber, StringComparer.Ordinal)];

    public void ClearSalesOrders()
    {
        lock (_salesOrderGate)
        {
            _salesOrders.Clear();
            _shipping.Clear();
        }
    }

    private static List<T> Stamp<T>(List<T>? entities, DateTimeOffset now) where T : IErpEntity =>
        [.. (entities ?? []).Select(e => e.LastChangeDateTime is null ? (T)(object)StampOne(e, now) : e)];

    private static IErpEntity StampOne<T>(T entity, DateTimeOffset now) where T : IErpEntity => entity switch
    {
        ErpItem e => e with { LastChangeDateTime = now },
        ErpCustomer e => e with { LastChangeDateTime = now },
        ErpStock e => e with { LastChangeDateTime = now },
        ErpProductionOrder e => e with { LastChangeDateTime = now },
        ErpPurchaseOrderLine e => e with { LastChangeDateTime = now },
        ErpCalendar e => e with { LastChangeDateTime = now },
        _ => throw new NotSupportedException(typeof(T).Name),
    };
}
