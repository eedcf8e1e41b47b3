using System.Globalization;
using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Pipeline;

/// <summary>A month's forecast per owner of the teams the user sees (or one team), in one currency, with the quota set
/// for each owner and the calibration of the probabilities given to the deals that closed.</summary>
public sealed class ForecastQuery(CrmDbContext db, IConfiguration configuration, TimeProvider time)
{
    public async Task<ForecastResponse> GetAsync(string? period, long? teamId, string? currency, Viewer viewer, CancellationToken ct)
    {
        var (year, month) = string.IsNullOrWhiteSpace(period) ? (time.Today().Year, time.Today().Month) : Period(period, "period");
        var wanted = (currency ?? configuration["Accounts:DefaultCurrency"] ?? "EUR").Trim().ToUpperInvariant();
        var (first, last) = (new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(1).AddDays(-1));
        var deals = db.Opportunities.AsNoTracking().VisibleTo(viewer, db.Teams);
        if (teamId is { } team)
        {
            TeamId? id = new TeamId(team);
            if (!await db.Teams.VisibleTeams(viewer).AnyAsync(t => t.Id == id, ct))
                throw RequestValidationException.For("team", $"There is no team {team} that you see.");
            deals = deals.Where(o => o.TeamId == id);
        }
        var inMonth = await deals
            .Where(o => o.Status == OpportunityStatus.Open ? o.ExpectedCloseDate >= first && o.ExpectedCloseDate <= last
                : o.Status == OpportunityStatus.Won && o.ClosedOn >= first && o.ClosedOn <= last)
            .Select(o => new { o.Currency, Deal = new ForecastDeal(o.Owner, o.Amount, o.Probability, o.ForecastCategory, o.Status, o.ExpectedCloseDate, o.ClosedOn, o.ProbabilityBeforeClose) })
            .ToListAsync(ct);
        var closed = await deals.Where(o => o.Status != OpportunityStatus.Open && o.ProbabilityBeforeClose != null)
            .Select(o => new ForecastDeal(o.Owner, o.Amount, o.Probability, o.ForecastCategory, o.Status, o.ExpectedCloseDate, o.ClosedOn, o.ProbabilityBeforeClose))
            .ToListAsync(ct);
        var owners = inMonth.Select(d => d.Deal.Owner).Distinct().ToList();
        var quotas = await db.SalesQuotas.AsNoTracking().Where(q => q.Year == year && q.Month == month && q.Currency == wanted && owners.Contains(q.Owner))
            .ToDictionaryAsync(q => q.Owner, q => q.Amount, ct);

        var lines = SalesForecast.ForMonth(inMonth.Where(d => d.Currency == wanted).Select(d => d.Deal), year, month, quotas)
            .Select(l => new ForecastOwnerLine(l.Owner, l.OpenDeals, l.Pipeline, l.Weighted, l.BestCase, l.Commit, l.Won, l.Quota)).ToList();
        var total = new ForecastOwnerLine("(total)", lines.Sum(l => l.OpenDeals), lines.Sum(l => l.Pipeline), lines.Sum(l => l.Weighted),
            lines.Sum(l => l.BestCase), lines.Sum(l => l.Commit), lines.Sum(l => l.Won), lines.Any(l => l.Quota is not null) ? lines.Sum(l => l.Quota ?? 0) : null);
        var calibration = SalesForecast.Calibrate(closed).Select(b => new CalibrationBandResponse(b.From, b.To, b.Closed, b.Won, b.WinRate)).ToList();
        return new ForecastResponse($"{year:D4}-{month:D2}", wanted, teamId, lines, total, calibration, inMonth.Count(d => d.Currency != wanted));
    }

    /// <summary>A month written as 2027-04.</summary>
    public static (int Year, int Month) Period(string? period, string field) =>
        DateOnly.TryParseExact(period?.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? (day.Year, day.Month)
            : throw RequestValidationException.For(field, "Name the month as yyyy-MM, such as 2027-04.");
}
