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
        var customerName = await db.Customers.Where(c => c.CustomerNumber == quote.CustomerNumber).Select(c => c.Name).FirstOrDefaultAsync(ct);
        var user = http.HttpContext?.User;
        IReadOnlyList<string> actions = user is null ? [] : QuotePermissions.AllowedActions(quote, user, await authority.RulesForAsync(user, quote, ct), time.Today());
        return mapper.Map<QuoteResponse>(quote) with { CustomerName = customerName, AllowedActions = actions };
    }

    public Task<PagedResult<QuoteSummary>> ListAsync(
        string? customerNumber, QuoteStatus? status, string? search, string? sort, Viewer viewer, int? page, int? pageSize, CancellationToken ct)
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
        return query
            .Select(q => new QuoteSummary(
                q.Id.Value, q.Number, q.CustomerNumber.Value, q.Status.ToString(), q.ValidUntil, q.RequestedDeliveryDate,
                q.SalesOrderId == null ? null : q.SalesOrderId.Value.Value, q.CreatedAt,
                db.Customers.Where(c => c.CustomerNumber == q.CustomerNumber).Select(c => c.Name).FirstOrDefault(),
                q.Lines.Sum(l => l.Quantity * l.UnitPrice * (1 - l.DiscountPercent / 100m)),
                q.Currency, q.VersionNumber))
            .PageAsync(page, pageSize, ct);
    }

    /// <summary>Every version of the quote's number, the first first.</summary>
    public async Task<IReadOnlyList<QuoteVersionSummary>> VersionsAsync(long id, CancellationToken ct)
    {
        var quoteId = new QuoteId(id);
        var number = await db.Quotes.Where(q => q.Id == quoteId).Select(q => q.Number).FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Quote", id);
        return await db.Quotes.AsNoTracking().Where(q => q.Number == number).OrderBy(q => q.VersionNumber)
            .Select(q => new QuoteVersionSummary(
                q.Id.Value, q.VersionNumber, q.Status.ToString(), q.Lines.Sum(l => l.Quantity * l.UnitPrice * (1 - l.DiscountPercent / 100m)),
                q.CreatedAt, q.CreatedBy, q.SupersededAt))
            .ToListAsync(ct);
    }

    private Task<Quote?> FindQuoteAsync(long id, CancellationToken ct)
    {
        var quoteId = new QuoteId(id);
        return db.Quotes.AsNoTracking().Include(q => q.Lines).FirstOrDefaultAsync(q => q.Id == quoteId, ct);
    }
}
