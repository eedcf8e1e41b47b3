using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Sales.Quotes;

/// <summary>The recurring job that expires quotes past their validity that nobody accepted, a batch at a time.</summary>
public sealed class ExpireQuotes(CrmDbContext db, UnitOfWork unitOfWork, TimeProvider time)
{
    private const int Batch = 500;

    /// <returns>How many quotes expired.</returns>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var (today, now, expired) = (time.Today(), time.GetUtcNow(), 0);
        while (true)
        {
            var due = await db.Quotes
                .Where(q => Quote.ExpiringStatuses.Contains(q.Status) && q.ValidUntil < today && q.SupersededAt == null)
                .OrderBy(q => q.Id).Take(Batch).ToListAsync(ct);
            if (due.Count == 0) return expired;
            expired += due.Count(q => q.Expire(today, now));
            await unitOfWork.SaveAsync(ct);
            db.ChangeTracker.Clear();
            if (due.Count < Batch) return expired;
        }
    }
}
