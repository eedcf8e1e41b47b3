using Crm.Api.Features.Accounts;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Sales.Segmentation;

/// <summary>The recurring job that segments the customers by what they were invoiced in the last twelve months (an
/// invoice counts from when the ERP reported it), in the company currency; invoices in other currencies are left out.</summary>
public sealed class SegmentCustomers(CrmDbContext db, ApplySegments apply, IConfiguration configuration, TimeProvider time)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var since = now.AddMonths(-12);
        var currency = configuration["Accounts:DefaultCurrency"] ?? "EUR";
        var bought = await (from i in db.Invoices
                            join o in db.SalesOrders on i.OrderNumber equals o.Number
                            join a in db.Accounts on o.CustomerNumber equals a.CustomerNumber
                            where i.Currency == currency && i.ReceivedAt != null && i.ReceivedAt >= since
                            group new { i.Amount, i.ReceivedAt } by a.Id into g
                            select new { Account = g.Key, Revenue = g.Sum(x => x.Amount), Invoices = g.Count(), Last = g.Max(x => x.ReceivedAt) })
            .ToListAsync(ct);
        return await apply.HandleAsync(
            [.. bought.Select(b => new CustomerValue(b.Account, b.Revenue, b.Invoices, b.Last is { } last ? DateOnly.FromDateTime(last.UtcDateTime) : null))],
            time.Today(), ct);
    }
}
