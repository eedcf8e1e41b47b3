using System.Globalization;
using Crm.Api.Infrastructure;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Portal;

/// <summary>A portal route that names an order or a case answers 404 unless it is the customer's own, before its body
/// is judged: another customer's record is exactly as missing as one that does not exist.</summary>
public static class PortalRecords
{
    public static TBuilder OnlyOwnOrder<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RecordGuard("Order", "id", async (http, key) =>
            await PortalAccount.FindAsync(http) is { } customer && long.TryParse(key, CultureInfo.InvariantCulture, out var id)
            && await http.RequestServices.GetRequiredService<PortalQueries>().Orders(customer).AnyAsync(o => o.Id == new SalesOrderId(id), http.RequestAborted)));

    public static TBuilder OnlyOwnCase<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RecordGuard("Case", "id", async (http, key) =>
            await PortalAccount.FindAsync(http) is { } customer && long.TryParse(key, CultureInfo.InvariantCulture, out var id)
            && await http.RequestServices.GetRequiredService<PortalQueries>().OwnsCaseAsync(customer, id, http.RequestAborted)));

    public static TBuilder OnlyOwnQuote<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RecordGuard("Quote", "id", async (http, key) =>
            await PortalAccount.FindAsync(http) is { Documents: { } documents } && long.TryParse(key, CultureInfo.InvariantCulture, out var id)
            && await http.RequestServices.GetRequiredService<Sales.Quotes.BuyerQuotes>().Of(documents).AnyAsync(q => q.Id == new QuoteId(id), http.RequestAborted)));
}
