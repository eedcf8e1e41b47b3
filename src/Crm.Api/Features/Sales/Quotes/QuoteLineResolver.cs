using Crm.Contracts;
using Crm.Api.Features.Sales.Availability;
using Crm.Api.Infrastructure;
using Crm.Domain.Common;
using Crm.Domain.Sales;

namespace Crm.Api.Features.Sales.Quotes;

/// <summary>Quote lines from a request: items checked, plants settled, each line priced for the customer unless the
/// rep typed another price.</summary>
public sealed class QuoteLineResolver(RequestedLines requestedLines, CustomerLookup customers, PricedLines pricing)
{
    public async Task<(IReadOnlyList<QuoteLineInput> Lines, string Currency)> ResolveAsync(QuoteRequest request, string customerNumber, CancellationToken ct)
    {
        await customers.TermsAsync(customerNumber, ct);
        var lines = request.Lines!.NoNulls("lines");
        var resolved = await requestedLines.ResolveAsync(
            [.. lines.Select(l => new RequestedLine(l.ItemNumber!, l.Plant, l.Quantity!.Value, l.CompleteDelivery))], null, ct);
        var (prices, currency) = await pricing.PriceAsync(
            customerNumber, resolved, [.. lines.Select(l => new AskedPrice(l.UnitPrice, l.DiscountPercent))], ct);
        return ([.. resolved.Select((r, i) => new QuoteLineInput(
            new ItemNumber(r.Request.ItemNumber), r.Request.Plant, new Quantity(r.Request.Quantity, $"lines[{i}].quantity"),
            prices[i].Price, r.Request.CompleteDelivery, prices[i].ReferencePrice, lines[i].Optional))], currency);
    }
}
