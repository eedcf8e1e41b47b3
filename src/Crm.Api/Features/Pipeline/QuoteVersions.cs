using Crm.Domain.Sales;

namespace Crm.Api.Features.Pipeline;

public static class QuoteVersions
{
    /// <summary>Every version of a quote (a revision has its own id and the same number): a deal keeps the one it made.</summary>
    public static IQueryable<Quote> AllVersionsOf(this IQueryable<Quote> quotes, QuoteId? id)
    {
        var number = quotes.Where(q => q.Id == id).Select(q => q.Number);
        return quotes.Where(q => number.Contains(q.Number));
    }
}
