using AutoMapper;
using Crm.Contracts;
using Crm.Api.Features.Accounts;
using Crm.Api.Features.Sales.Availability;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Sales.Quotes;

public sealed class QuoteQueries(CrmDbContext db, IMapper mapper, ApprovalAuthority authority, IHttpContextAccessor http, TimeProvider time)
{
    public async Task<QuoteResponse> GetAsync(long id, CancellationToken ct) =>
        await FindAsync(id, ct) ?? throw new NotFoundException("Quote", id);

    public async Task<QuoteResponse?> FindAsync(long id, CancellationToken ct)
    {
        if (await FindQuoteAsync(id, ct) is not { } quote) return null;
        var account = await db.Accounts.Buying(quote.CustomerNumber).Select(a => new { a.Id, a.Name }).FirstOrDefaultAsync(ct);
        var contactName = quote.Terms.Contact is { } contactId
            ? await db.Contacts.Where(c => c.Id == contactId).Select(c => (c.FirstName + " " + c.LastName).Trim()).FirstOrDefaultAsync(ct)
            : null;
        var user = http.HttpContext?.User;
        IReadOnlyList<string> actions = user is null ? [] : QuotePermissions.AllowedActions(quote, user, await authority.RulesForAsync(user, quote, ct), time.Today());
        var order = await OrderPromiseAsync(quote, ct);
        var descriptions = await DescriptionsAsync(quote, ct);
        return mapper.Map<QuoteResponse>(quote) with
        {
            CustomerName = account?.Name,
            AccountId = account?.Id.Value,
            ContactName = contactName,
            AllowedActions = actions,
            OrderNumber = order?.Number,
            Lines = [.. quote.Lines.Select(l => QuoteLines.Response(l, quote, order, descriptions.GetValueOrDefault(l.ItemNumber)))],
        };
    }

    /// <summary>The order a converted quote became, with each line's dates as the order now promises them.</summary>
    private async Task<OrderPromise?> OrderPromiseAsync(Quote quote, CancellationToken ct)
    {
        if (quote.SalesOrderId is not { } orderId) return null;
        var order = await db.SalesOrders.AsNoTracking().Where(o => o.Id == orderId).Select(o => new
        {
            o.Number,
            Lines = o.Lines.Select(l => new { l.LineNumber, l.Cancelled, Deliveries = l.ScheduleLines.Select(s => new { s.Quantity, s.DeliveryDate }) }),
        }).FirstOrDefaultAsync(ct);
        return order is null ? null : new OrderPromise(order.Number, order.Lines.ToDictionary(
            l => l.LineNumber,
            l => (IReadOnlyList<PromisedDelivery>)[.. l.Cancelled ? [] : l.Deliveries.OrderBy(d => d.DeliveryDate).Select(d => new PromisedDelivery(d.Quantity, d.DeliveryDate))]));
    }

    private Task<Dictionary<string, string>> DescriptionsAsync(Quote quote, CancellationToken ct)
    {
        var items = quote.Lines.Select(l => l.ItemNumber).Distinct().ToList();
        return db.Products.AsNoTracking().Where(p => items.Contains(p.ItemNumber)).ToDictionaryAsync(p => p.ItemNumber, p => p.Description, ct);
    }

    public async Task<PagedResult<QuoteSummary>> ListAsync(
        string? customerNumber, QuoteStatus? status, string? search, string? sort, Viewer viewer, int? page, int? pageSize, CancellationToken ct,
        bool expiring = false)
    {
        // The list shows each quote's latest version; the earlier ones are opened from it.
        var query = db.Quotes.AsNoTracking().VisibleTo(viewer, db.Teams).Where(q => q.SupersededAt == null);
        if (SearchText.Fold(search) is { Length: > 0 } folded)
        {
            var upper = search!.Trim().ToUpperInvariant();
            var customers = db.Customers.NumbersMatching(folded);
            query = query.Where(q => q.Number.Contains(upper) || customers.Contains(q.CustomerNumber));
        }
        if (!string.IsNullOrWhiteSpace(customerNumber))
        {
            var number = new CustomerNumber(customerNumber);
            query = query.Where(q => q.CustomerNumber == number);
        }
        if (status is { } s) query = query.Where(q => q.Status == s);
        if (expiring)
        {
            var weekEnd = time.Today().AddDays(7);
            var open = Quote.ExpiringStatuses;
            query = query.Where(q => open.Contains(q.Status) && q.ValidUntil <= weekEnd);
        }
        query = sort switch
        {
            null or "-number" or "-created" => query.OrderByDescending(q => q.Id),
            "number" or "created" => query.OrderBy(q => q.Id),
            "customer" => query.OrderBy(q => q.CustomerNumber).ThenByDescending(q => q.Id),
            "-customer" => query.OrderByDescending(q => q.CustomerNumber).ThenByDescending(q => q.Id),
            "validUntil" => query.OrderBy(q => q.ValidUntil).ThenByDescending(q => q.Id),
            "-validUntil" => query.OrderByDescending(q => q.ValidUntil).ThenByDescending(q => q.Id),
            _ => throw RequestValidationException.For("sort", "Sort by number, created, customer or validUntil; a leading minus sorts descending."),
        };
        var found = await query
            .Select(q => new QuoteSummary(
                q.Id.Value, q.Number, q.CustomerNumber.Value, q.Status.ToString(), q.ValidUntil, q.RequestedDeliveryDate,
                q.SalesOrderId == null ? null : q.SalesOrderId.Value.Value, q.CreatedAt,
                db.Customers.Where(c => c.CustomerNumber == q.CustomerNumber).Select(c => c.Name).FirstOrDefault(),
                q.NetTotal, q.Currency, q.VersionNumber))
            .PageAsync(page, pageSize, ct);
        return found.Items.All(q => q.CustomerName is not null) ? found : found with { Items = await ProspectNamesAsync(found.Items, ct) };
    }

    /// <summary>A prospect's quotes carry its CRM reference, which only the account knows: named after the page is read.</summary>
    private async Task<IReadOnlyList<QuoteSummary>> ProspectNamesAsync(IReadOnlyList<QuoteSummary> quotes, CancellationToken ct)
    {
        var references = quotes.Where(q => q.CustomerName is null).Select(q => q.CustomerNumber).Distinct().ToList();
        var names = await db.Accounts.AsNoTracking().Where(a => a.CustomerNumber == null && a.ErpReference != null && references.Contains(a.ErpReference))
            .ToDictionaryAsync(a => a.ErpReference!, a => a.Name, ct);
        return [.. quotes.Select(q => q.CustomerName is null ? q with { CustomerName = names.GetValueOrDefault(q.CustomerNumber) } : q)];
    }

    /// <summary>Every version of the quote's number, the first first.</summary>
    public async Task<IReadOnlyList<QuoteVersionSummary>> VersionsAsync(long id, CancellationToken ct)
    {
        var quoteId = new QuoteId(id);
        var number = await db.Quotes.Where(q => q.Id == quoteId).Select(q => q.Number).FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Quote", id);
        return await db.Quotes.AsNoTracking().Where(q => q.Number == number).OrderBy(q => q.VersionNumber)
            .Select(q => new QuoteVersionSummary(
                q.Id.Value, q.VersionNumber, q.Status.ToString(), q.NetTotal,
                q.CreatedAt, q.CreatedBy, q.SupersededAt))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<QuoteEventResponse>> EventsAsync(long id, CancellationToken ct)
    {
        var quoteId = new QuoteId(id);
        var number = await db.Quotes.Where(q => q.Id == quoteId).Select(q => q.Number).FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Quote", id);
        var versions = db.Quotes.Where(q => q.Number == number).Select(q => q.Id);
        return await db.QuoteEvents.AsNoTracking().Where(e => versions.Contains(e.QuoteId)).OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => new QuoteEventResponse(e.Version, e.Kind.ToString(), e.By, e.Text, e.At))
            .ToListAsync(ct);
    }

    private Task<Quote?> FindQuoteAsync(long id, CancellationToken ct)
    {
        var quoteId = new QuoteId(id);
        return db.Quotes.AsNoTracking().Include(q => q.Lines).FirstOrDefaultAsync(q => q.Id == quoteId, ct);
    }
}
