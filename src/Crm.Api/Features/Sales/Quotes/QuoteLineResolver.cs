using Crm.Api.Contracts;
using Crm.Api.Features.Sales.Availability;
using Crm.Domain.Common;
using Crm.Domain.Sales;

namespace Crm.Api.Features.Sales.Quotes;

/// <summary>Quote lines from a request: items checked, plants settled, list prices where no price was given.</summary>
public sealed class QuoteLineResolver(RequestedLines requestedLines, CustomerLookup customers)
{
    public async Task<IReadOnlyList<QuoteLineInput>> ResolveAsync(QuoteRequest request, CancellationToken ct)
    {
        await customers.TermsAsync(request.CustomerNumber, ct);
        var lines = request.Lines!.NoNulls("lines");
        var resolved = await requestedLines.ResolveAsync(
            [.. lines.Select(l => new RequestedLine(l.ItemNumber!, l.Plant, l.Quantity!.Value, l.CompleteDelivery))], null, ct);
        return [.. resolved.Select((r, i) => new QuoteLineInput(
            new ItemNumber(r.Request.ItemNumber), r.Request.Plant, new Quantity(r.Request.Quantity, $"lines[{i}].quantity"),
            lines[i].UnitPrice ?? r.ListPrice, lines[i].DiscountPercent, r.Request.CompleteDelivery))];
    }
}
