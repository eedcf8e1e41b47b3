using Crm.Api.Features.Accounts;
using Crm.Api.Features.Catalog;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Catalog;
using Crm.Domain.Common;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Sales.Availability;

/// <summary>What a rep asked a line to sell at: a unit price they typed (or none) and a discount.</summary>
public sealed record AskedPrice(decimal? UnitPrice, decimal DiscountPercent);

/// <summary>A line's price, and the price the customer gets without the rep's say, which discounts are measured against.</summary>
public sealed record PricedLine(LinePrice Price, decimal ReferencePrice);

/// <summary>The prices of a document's lines for its customer today (<see cref="LinePricing"/>), and the customer's
/// currency they are in. A typed price that differs from the resolved one is the rep's own (<see cref="PriceSource.Manual"/>).</summary>
public sealed class PricedLines(CrmDbContext db, LinePricing pricing, TimeProvider time)
{
    public async Task<(IReadOnlyList<PricedLine> Prices, string Currency)> PriceAsync(
        string customerNumber, IReadOnlyList<ResolvedLine> lines, IReadOnlyList<AskedPrice> asked, CancellationToken ct)
    {
        var number = new CustomerNumber(customerNumber);
        var customer = await db.Accounts.AsNoTracking().Buying(number)
            .Select(c => new { c.CustomerGroup, c.Currency }).FirstOrDefaultAsync(ct)
            ?? throw RequestValidationException.For("customerNumber", $"Customer {customerNumber} is not known.");
        var buyer = new PriceContext(number, customer.CustomerGroup, customer.Currency, time.Today());
        var resolved = await pricing.PriceAsync(
            buyer, [.. lines.Select(l => (l.Request.ItemNumber, l.Request.Quantity))],
            lines.GroupBy(l => l.Request.ItemNumber).ToDictionary(g => g.Key, g => g.First().ListPrice), ct);
        return ([.. resolved.Select((price, i) => new PricedLine(
            asked[i].UnitPrice is { } typed && typed != price.UnitPrice
                ? new LinePrice(typed, asked[i].DiscountPercent)
                : new LinePrice(price.UnitPrice, asked[i].DiscountPercent, price.Source, price.PriceListId),
            price.UnitPrice))], customer.Currency);
    }
}
