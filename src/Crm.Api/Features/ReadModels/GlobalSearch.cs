using System.Globalization;
using Crm.Contracts;
using Crm.Api.Features.Accounts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.ReadModels;

/// <summary>The search box of every page: customers by number, name or city; quotes and orders by their number or
/// their customer's. A few hits of each kind the user sees, best first.</summary>
public sealed class GlobalSearch(CrmDbContext db)
{
    public const int PerKind = 5;

    public async Task<SearchResponse> HandleAsync(string? query, Viewer viewer, CancellationToken ct)
    {
        var text = (query ?? "").Trim();
        if (text.Length > 100) throw RequestValidationException.For("q", "Search for at most 100 characters.");
        var folded = SearchText.Fold(text);
        if (folded.Length < 2) return new SearchResponse(text, []);
        var upper = text.ToUpperInvariant();
        var pattern = SearchPattern.Containing(folded);

        var customers = await db.Customers.AsNoTracking().VisibleTo(viewer, db.Teams)
            .Where(c => c.DeletedInErpAt == null && EF.Functions.Like(c.SearchText, pattern, SearchPattern.Escape))
            .OrderBy(c => c.Name).Take(PerKind)
            .Select(c => new { c.Id, c.CustomerNumber, c.Name, c.City, c.Country })
            .ToListAsync(ct);
        var matchingCustomers = db.Customers.NumbersMatching(folded);

        var quotes = await db.Quotes.AsNoTracking().VisibleTo(viewer, db.Teams)
            .Where(q => q.Number.Contains(upper) || matchingCustomers.Contains(q.CustomerNumber))
            .OrderByDescending(q => q.Id).Take(PerKind)
            .Select(q => new
            {
                q.Id, q.Number, q.Status, q.CustomerNumber,
                Customer = db.Customers.Where(c => c.CustomerNumber == q.CustomerNumber).Select(c => c.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var orders = await db.SalesOrders.AsNoTracking().VisibleTo(viewer, db.Teams)
            .Where(o => o.Number.Contains(upper) || (o.ErpOrderNumber != null && o.ErpOrderNumber.Contains(upper)) || matchingCustomers.Contains(o.CustomerNumber))
            .OrderByDescending(o => o.Id).Take(PerKind)
            .Select(o => new
            {
                o.Id, o.Number, o.Status, o.CustomerNumber,
                Customer = db.Customers.Where(c => c.CustomerNumber == o.CustomerNumber).Select(c => c.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);

        return new SearchResponse(text,
        [
            .. customers.Select(c => new SearchHit(SearchHitKind.Customer, c.Id.Value.ToString(CultureInfo.InvariantCulture), c.Name, $"{c.CustomerNumber!.Value} · {c.City}, {c.Country}")),
            .. quotes.Select(q => new SearchHit(SearchHitKind.Quote, q.Id.Value.ToString(), q.Number, $"{q.Customer ?? q.CustomerNumber.Value} · {q.Status}")),
            .. orders.Select(o => new SearchHit(SearchHitKind.Order, o.Id.Value.ToString(), o.Number, $"{o.Customer ?? o.CustomerNumber.Value} · {o.Status}")),
        ]);
    }
}
