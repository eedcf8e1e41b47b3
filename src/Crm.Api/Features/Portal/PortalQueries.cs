using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Sales;
using Crm.Domain.Service;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Portal;

/// <summary>What a customer sees of their own account: orders with each line's confirmed dates and why they moved
/// (from the same promise records the rep sees, told without internal numbers), shipments with tracking, invoices
/// paid or open, and their cases. Every query is bound to the portal account.</summary>
public sealed class PortalQueries(CrmDbContext db, TimeProvider time)
{
    public async Task<PortalMe> MeAsync(PortalAccount portal, CancellationToken ct)
    {
        var account = await db.Accounts.AsNoTracking().Where(a => a.Id == portal.Account).Select(a => new { a.Name, a.CustomerNumber }).FirstAsync(ct);
        var contact = await db.Contacts.AsNoTracking().Where(c => c.Id == portal.Contact).Select(c => c.FirstName + " " + c.LastName).FirstAsync(ct);
        return new PortalMe(account.Name, account.CustomerNumber?.Value, contact.Trim(), portal.UserName);
    }

    public IQueryable<SalesOrder> Orders(PortalAccount portal) =>
        portal.Documents is { } number
            ? db.SalesOrders.AsNoTracking().Where(o => o.CustomerNumber == number && o.Status != SalesOrderStatus.Draft)
            : db.SalesOrders.AsNoTracking().Where(o => false);

    public Task<PagedResult<PortalOrderSummary>> OrdersAsync(PortalAccount portal, string? status, string? search, int? page, int? pageSize, CancellationToken ct)
    {
        var orders = Orders(portal);
        if (status is { Length: > 0 } && status.Equals("Open", StringComparison.OrdinalIgnoreCase))
            orders = orders.Where(o => o.Status != SalesOrderStatus.Closed && o.Status != SalesOrderStatus.Cancelled && o.Status != SalesOrderStatus.Invoiced);
        else if (EnumInput.Optional<SalesOrderStatus>(status, "status") is { } one) orders = orders.Where(o => o.Status == one);
        if (search is { Length: > 0 })
        {
            var text = search.Trim().ToUpperInvariant();
            orders = orders.Where(o => o.Number.Contains(text) || (o.PurchaseOrderNumber != null && o.PurchaseOrderNumber.ToUpper().Contains(text)));
        }
        var moved = db.PromiseChanges.Where(c => c.Kind == PromiseChangeKind.Repromised || c.Kind == PromiseChangeKind.ManualOverride);
        return orders.OrderByDescending(o => o.Id)
            .Select(o => new PortalOrderSummary(o.Id.Value, o.Number, o.Status.ToString(), o.CreatedAt, o.PurchaseOrderNumber, o.RequestedDeliveryDate,
                o.Lines.Where(l => !l.Cancelled && l.ShippedQuantity < l.Quantity).SelectMany(l => l.ScheduleLines).Min(s => (DateOnly?)s.DeliveryDate),
                o.Lines.Count(l => !l.Cancelled), moved.Where(c => c.SalesOrderId == o.Id).Select(c => c.LineNumber).Distinct().Count(),
                o.NetTotal, o.Currency))
            .PageAsync(page, pageSize, ct);
    }

    public async Task<PortalOrderResponse?> OrderAsync(PortalAccount portal, long id, CancellationToken ct)
    {
        var key = new SalesOrderId(id);
        var order = await Orders(portal).Include(o => o.Lines).ThenInclude(l => l.ScheduleLines).FirstOrDefaultAsync(o => o.Id == key, ct);
        if (order is null) return null;
        var items = order.Lines.Select(l => l.ItemNumber).Distinct().ToList();
        var descriptions = await db.Products.AsNoTracking().Where(p => items.Contains(p.ItemNumber)).ToDictionaryAsync(p => p.ItemNumber, p => p.Description, ct);
        var changes = (await db.PromiseChanges.AsNoTracking().Where(c => c.SalesOrderId == key).OrderBy(c => c.ChangedAt).ThenBy(c => c.Id).ToListAsync(ct))
            .ToLookup(c => c.LineNumber);
        var shipments = await db.Deliveries.AsNoTracking().Where(d => d.OrderNumber == order.Number).OrderBy(d => d.ShipDate).ThenBy(d => d.DeliveryNumber)
            .Select(d => new PortalShipment(d.DeliveryNumber, d.LineNumber, d.ItemNumber, d.Quantity, d.ShipDate, d.TrackingNumber)).ToListAsync(ct);
        var invoices = (await InvoicesAsync(portal, order.Number, null, 1, Paging.MaxPageSize, ct)).Items;
        var cases = await Cases(portal, key).ToListAsync(ct);
        return new PortalOrderResponse(order.Id.Value, order.Number, order.Status.ToString(), order.CreatedAt, order.PurchaseOrderNumber,
            order.RequestedDeliveryDate, order.NetTotal, order.Currency,
            [.. order.Lines.OrderBy(l => l.LineNumber).Select(l => new PortalOrderLine(l.LineNumber, l.ItemNumber, descriptions.GetValueOrDefault(l.ItemNumber),
                l.Quantity, l.ShippedQuantity, l.Cancelled, l.RequestedDeliveryDate ?? order.RequestedDeliveryDate,
                [.. l.ScheduleLines.OrderBy(s => s.DeliveryDate).Select(s => new PortalConfirmedPart(s.Quantity, s.DeliveryDate))],
                [.. changes[l.LineNumber].Select(c => new PortalDateChange(c.ChangedAt, Parts(c.Before), Parts(c.After), Why(c.Kind)))]))],
            shipments, invoices, cases);
    }

    /// <summary>The account's invoices, latest due first; <paramref name="orderNumber"/> narrows to one order's.</summary>
    public async Task<PagedResult<PortalInvoice>> InvoicesAsync(PortalAccount portal, string? orderNumber, bool? paid, int? page, int? pageSize, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var orders = Orders(portal);
        var invoices = db.Invoices.AsNoTracking().Where(i => orders.Any(o => o.Number == i.OrderNumber));
        if (orderNumber is not null) invoices = invoices.Where(i => i.OrderNumber == orderNumber);
        if (paid is { } isPaid) invoices = invoices.Where(i => i.Paid == isPaid);
        var found = await invoices.OrderByDescending(i => i.DueDate).ThenByDescending(i => i.InvoiceNumber)
            .Select(i => new PortalInvoice(i.InvoiceNumber, i.OrderNumber, null, i.Amount, i.Currency, i.DueDate, i.Paid, i.PaidAt, !i.Paid && i.DueDate < today))
            .PageAsync(page, pageSize, ct);
        var numbers = found.Items.Select(i => i.OrderNumber).Distinct().ToList();
        var ids = await orders.Where(o => numbers.Contains(o.Number)).Select(o => new { o.Number, o.Id }).ToDictionaryAsync(o => o.Number, o => o.Id.Value, ct);
        return found.Map(i => i with { OrderId = ids.TryGetValue(i.OrderNumber, out var id) ? id : null });
    }

    /// <summary>One of the account's invoices with its order, for the PDF.</summary>
    public async Task<(Crm.Domain.Sales.Invoice Invoice, SalesOrder Order)?> InvoiceAsync(PortalAccount portal, string invoiceNumber, CancellationToken ct)
    {
        var invoice = await db.Invoices.AsNoTracking().FirstOrDefaultAsync(i => i.InvoiceNumber == invoiceNumber, ct);
        if (invoice is null) return null;
        var order = await Orders(portal).Include(o => o.Lines).FirstOrDefaultAsync(o => o.Number == invoice.OrderNumber, ct);
        return order is null ? null : (invoice, order);
    }

    /// <param name="order">Only the cases about this order.</param>
    public IQueryable<PortalCaseSummary> Cases(PortalAccount portal, SalesOrderId? order = null) =>
        from c in db.Cases.AsNoTracking().Where(c => c.AccountId == portal.Account && (order == null || c.SalesOrderId == order))
        orderby c.Id descending
        select new PortalCaseSummary(c.Id.Value, c.Subject, c.Status.ToString(), c.CreatedAt, c.SalesOrderId == null ? null : c.SalesOrderId.Value.Value,
            db.SalesOrders.Where(o => o.Id == c.SalesOrderId).Select(o => o.Number).FirstOrDefault(),
            c.Comments.Where(m => m.IsPublic).Max(m => (DateTimeOffset?)m.At));

    /// <summary>Whether this case is the portal account's own.</summary>
    public Task<bool> OwnsCaseAsync(PortalAccount portal, long id, CancellationToken ct)
    {
        var key = new CaseId(id);
        return db.Cases.AnyAsync(c => c.Id == key && c.AccountId == portal.Account, ct);
    }

    private static List<PortalConfirmedPart> Parts(IReadOnlyList<PromisedPart> parts) => [.. parts.Select(p => new PortalConfirmedPart(p.Quantity, p.DeliveryDate))];

    /// <summary>Why a line's dates moved, as the customer is told it.</summary>
    private static string Why(PromiseChangeKind kind) => kind switch
    {
        PromiseChangeKind.Repromised => "Our supply for this product changed, so the date was confirmed anew.",
        PromiseChangeKind.ManualOverride => "Our order desk confirmed the dates with our planning.",
        PromiseChangeKind.QuantityChanged => "The quantity changed.",
        PromiseChangeKind.DateChanged => "The requested delivery date changed.",
        PromiseChangeKind.LineCancelled => "The line was cancelled.",
        PromiseChangeKind.OrderCancelled => "The order was cancelled.",
        _ => "The confirmation changed.",
    };
}
