using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Accounts;

/// <summary>Gives every ERP customer its segment from what it bought (ABC class by revenue, RFM scores), with the
/// thresholds of <c>Segmentation:AShare</c> and <c>Segmentation:BShare</c> (default 0.80 and 0.95).</summary>
public sealed class ApplySegments(CrmDbContext db, IConfiguration configuration, UnitOfWork unitOfWork)
{
    public async Task<int> HandleAsync(IReadOnlyList<CustomerValue> bought, DateOnly today, CancellationToken ct)
    {
        var rules = new Segmentation(configuration.GetValue("Segmentation:AShare", 0.80m), configuration.GetValue("Segmentation:BShare", 0.95m));
        var accounts = await db.Customers.Where(a => a.DeletedInErpAt == null).ToListAsync(ct);
        var byAccount = bought.ToDictionary(v => v.Account);
        var segments = rules.Classify(accounts.Select(a => byAccount.GetValueOrDefault(a.Id) ?? new CustomerValue(a.Id, 0, 0, null)), today);
        foreach (var account in accounts) account.Segment(segments[account.Id], today);
        await unitOfWork.SaveAsync(ct);
        return accounts.Count;
    }
}
