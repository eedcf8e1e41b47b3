using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Pipeline;

/// <summary>A manager sets what a rep of their team is to win in a month.</summary>
public sealed class Quotas(CrmDbContext db, IConfiguration configuration, UnitOfWork unitOfWork)
{
    public async Task SetAsync(QuotaRequest request, Viewer viewer, CancellationToken ct)
    {
        var (year, month) = ForecastQuery.Period(request.Period, "period");
        var owner = request.Owner!.Trim();
        var managed = db.Teams.Where(t => viewer.SeesAll || t.ManagerUserName == viewer.UserName);
        if (!await managed.AnyAsync(t => t.ManagerUserName == owner || t.Members.Any(m => m.UserName == owner), ct))
            throw RequestValidationException.For("owner", $"{owner} is not in a team you manage.");
        var currency = (request.Currency ?? configuration["Accounts:DefaultCurrency"] ?? "EUR").Trim().ToUpperInvariant();
        if (currency.Length != 3) throw RequestValidationException.For("currency", "A currency is its three-letter ISO 4217 code.");
        var quota = await db.SalesQuotas.FirstOrDefaultAsync(q => q.Owner == owner && q.Year == year && q.Month == month, ct);
        if (quota is null) db.SalesQuotas.Add(new SalesQuota(owner, year, month, request.Amount, currency));
        else quota.Set(request.Amount, currency);
        await unitOfWork.SaveAsync(ct);
    }
}
