using Crm.Api.Infrastructure.Visibility;
using System.Globalization;
using Crm.Api.Features.Accounts;
using Crm.Domain.Sales;

namespace Crm.Api.Features.Sales.Ownership;

/// <summary>Routes that name a quote or an order by its id answer 404 to a user outside its team.</summary>
public static class VisibleDocuments
{
    public static TBuilder OnlyVisibleQuotes<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.OnlyVisible("Quote", "id", (db, key) =>
        {
            var id = new QuoteId(long.Parse(key, CultureInfo.InvariantCulture));
            return db.Quotes.Where(q => q.Id == id);
        });

    public static TBuilder OnlyVisibleOrders<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.OnlyVisible("Sales order", "id", (db, key) =>
        {
            var id = new SalesOrderId(long.Parse(key, CultureInfo.InvariantCulture));
            return db.SalesOrders.Where(o => o.Id == id);
        });
}
