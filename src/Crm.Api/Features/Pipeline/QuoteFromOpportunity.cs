using Crm.Contracts;
using Crm.Api.Features.Sales.Quotes;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Pipeline;

/// <summary>A draft quote from a deal's product lines, priced as agreed and promised live like any quote; the deal
/// keeps it as its quote, and wins when the quote becomes an order.</summary>
public sealed class QuoteFromOpportunity(CrmDbContext db, QuoteCommands quotes, UnitOfWork unitOfWork, TimeProvider time)
{
    public async Task<long> HandleAsync(long id, Viewer viewer, CancellationToken ct)
    {
        var opportunityId = new OpportunityId(id);
        var deal = await db.Opportunities.Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == opportunityId, ct)
            ?? throw new NotFoundException("Opportunity", id);
        if (!deal.IsOpen) throw new DomainRuleException("opportunity.closed", $"This opportunity is {deal.Status}; quote an open one.");
        if (deal.Lines.Count == 0)
            throw new DomainRuleException("opportunity.no_lines", "Add the products (lines) to the opportunity before quoting it.");
        // A prospect is quoted like a customer: the quote carries its CRM reference until the ERP has created it.
        var request = new QuoteRequest(null, null, null, false,
            [.. deal.Lines.Select(l => new QuoteLineRequest(l.ItemNumber, l.Quantity, l.UnitPrice))], AccountId: deal.AccountId.Value);
        // The quote and the deal's link to it are one change: a deal never points at a quote that was not stored.
        return await unitOfWork.InTransactionAsync(async () =>
        {
            var (quoteId, _) = await quotes.CreateAsync(request, null, viewer, ct);
            deal.Quoted(new Crm.Domain.Sales.QuoteId(quoteId), time.GetUtcNow());
            await unitOfWork.SaveAsync(ct);
            return quoteId;
        }, ct);
    }
}
