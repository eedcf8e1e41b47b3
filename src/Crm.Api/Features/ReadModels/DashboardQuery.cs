using System.Security.Claims;
using Crm.Contracts;
using Crm.Api.Features.Accounts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.ReadModels;

/// <summary>The figures of the home page, counted in the database.</summary>
public sealed class DashboardQuery(CrmDbContext db, TimeProvider time)
{
    /// <summary>Quotes still in play: not yet accepted, declined or expired.</summary>
    private static readonly QuoteStatus[] OpenQuoteStatuses = Quote.ExpiringStatuses;

    public async Task<DashboardResponse> HandleAsync(Viewer viewer, bool isManager, CancellationToken ct)
    {
        var quotes = db.Quotes.AsNoTracking().VisibleTo(viewer, db.Teams);
        var orders = db.SalesOrders.AsNoTracking().VisibleTo(viewer, db.Teams);
        var openLines =
            from o in orders
            where SalesOrder.CommittedStatuses.Contains(o.Status)
            from l in o.Lines
            where !l.Cancelled
            select l;

        var openQuotes = quotes.Where(q => q.SupersededAt == null && OpenQuoteStatuses.Contains(q.Status));
        // Per currency: amounts in different currencies do not add up.
        var byCurrency = await openQuotes.GroupBy(q => q.Currency).Select(g => new { Currency = g.Key, Amount = g.Sum(q => q.NetTotal) }).ToListAsync(ct);
        var openQuotesValue = byCurrency.Sum(c => c.Amount);
        var ordersByStatus = await orders.GroupBy(o => o.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var quotesByStatus = await quotes.GroupBy(q => q.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);

        return new DashboardResponse(
            await openQuotes.CountAsync(ct),
            openQuotesValue,
            ordersByStatus.Where(s => s.Key == SalesOrderStatus.Draft).Sum(s => s.Count),
            ordersByStatus.Where(s => s.Key == SalesOrderStatus.Provisional).Sum(s => s.Count),
            await openLines.CountAsync(l => l.Shortfall != null, ct),
            await openLines.CountAsync(l => l.AtRiskSince != null, ct),
            [.. ordersByStatus.OrderBy(s => s.Key).Select(s => new StatusCount(s.Key.ToString(), s.Count))],
            [.. quotesByStatus.OrderBy(s => s.Key).Select(s => new StatusCount(s.Key.ToString(), s.Count))],
            [.. byCurrency.OrderBy(c => c.Currency).Select(c => new MoneyTotal(c.Currency, Math.Round(c.Amount, 2)))],
            await QuoteWorkAsync(openQuotes, viewer, isManager, ct));
    }

    private async Task<QuoteWork> QuoteWorkAsync(IQueryable<Quote> open, Viewer viewer, bool isManager, CancellationToken ct)
    {
        var name = viewer.UserName;
        var weekEnd = time.Today().AddDays(7);
        var counts = await open.GroupBy(_ => 1).Select(g => new
        {
            ToSend = g.Count(q => q.Status == QuoteStatus.Approved),
            AwaitingApproval = g.Count(q => q.Status == QuoteStatus.PendingApproval && q.SubmittedBy == name),
            AwaitingCustomer = g.Count(q => q.Status == QuoteStatus.Sent),
            Expiring = g.Count(q => q.ValidUntil <= weekEnd),
            ToDecide = g.Count(q => q.Status == QuoteStatus.PendingApproval && q.SubmittedBy != name),
        }).FirstOrDefaultAsync(ct);
        return counts is null ? new QuoteWork(0, 0, 0, 0, 0)
            : new QuoteWork(counts.ToSend, counts.AwaitingApproval, counts.AwaitingCustomer, counts.Expiring, isManager ? counts.ToDecide : 0);
    }
}
