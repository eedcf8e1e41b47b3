using System.Linq.Expressions;
using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Activities;
using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Pipeline;

/// <summary>Deals the user's teams work: as a filtered list, one with its lines and stage history, and the board by
/// stage. Each says when its next planned activity is due (none: someone should plan one).</summary>
public sealed class OpportunityQueries(CrmDbContext db, Stages stages, IConfiguration configuration, IHttpContextAccessor http, TimeProvider time)
{
    private const int DealsPerColumn = 50;

    public sealed record Filter(
        string? Search = null, string? Status = null, int? StageId = null, string? Owner = null, long? TeamId = null, long? AccountId = null,
        DateOnly? ClosingFrom = null, DateOnly? ClosingTo = null, string? ForecastCategory = null, bool? WithoutNextActivity = null);

    public async Task<PagedResult<OpportunitySummary>> ListAsync(Filter filter, string? sort, Viewer viewer, int? page, int? pageSize, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var query = await FilteredAsync(filter, viewer, now, ct);
        query = sort switch
        {
            null or "" or "close" => query.OrderBy(o => o.ExpectedCloseDate).ThenBy(o => o.Id),
            "amount" => query.OrderByDescending(o => o.Amount).ThenBy(o => o.Id),
            "newest" => query.OrderByDescending(o => o.Id),
            _ => throw RequestValidationException.For("sort", "Sort by close, amount or newest."),
        };
        var found = await query.Select(Summary).PageAsync(page, pageSize, ct);
        var next = await NextActivitiesAsync(found.Items.Select(o => o.Id), now, ct);
        return found.Map(o => o with { NextActivityDue = next.GetValueOrDefault(o.Id) });
    }

    public async Task<BoardResponse> BoardAsync(Filter filter, string? currency, Viewer viewer, CancellationToken ct)
    {
        var boardCurrency = (currency ?? configuration["Accounts:DefaultCurrency"] ?? "EUR").Trim().ToUpperInvariant();
        var now = time.GetUtcNow();
        var open = await FilteredAsync(filter with { Status = nameof(OpportunityStatus.Open) }, viewer, now, ct);
        var totals = await open.GroupBy(o => o.StageId)
            .Select(g => new
            {
                Stage = g.Key, Count = g.Count(),
                Amount = g.Where(o => o.Currency == boardCurrency).Sum(o => (decimal?)o.Amount) ?? 0,
                Other = g.Count(o => o.Currency != boardCurrency),
            })
            .ToDictionaryAsync(t => t.Stage, ct);
        var shown = new List<(StageResponse Stage, List<OpportunitySummary> Deals)>();
        foreach (var stage in (await stages.ListAsync(ct)).Where(s => !s.IsWon && !s.IsLost && (!s.IsRetired || totals.ContainsKey(s.Id))))
            shown.Add((stage, await open.Where(o => o.StageId == stage.Id).OrderBy(o => o.ExpectedCloseDate).ThenBy(o => o.Id)
                .Take(DealsPerColumn).Select(Summary).ToListAsync(ct)));
        var next = await NextActivitiesAsync(shown.SelectMany(c => c.Deals).Select(d => d.Id), now, ct);
        var columns = shown.Select(c =>
        {
            var total = totals.GetValueOrDefault(c.Stage.Id);
            return new BoardColumn(c.Stage, total?.Count ?? 0, total?.Amount ?? 0, total?.Other ?? 0,
                [.. c.Deals.Select(d => d with { NextActivityDue = next.GetValueOrDefault(d.Id) })]);
        }).ToList();
        var planned = await PlannedAsync(now, ct);
        var unplanned = await open.CountAsync(o => !planned.Contains(o.Id), ct);
        return new BoardResponse(boardCurrency, columns, unplanned);
    }

    public async Task<OpportunityResponse?> FindAsync(long id, CancellationToken ct)
    {
        var opportunityId = new OpportunityId(id);
        var now = time.GetUtcNow();
        var deal = await db.Opportunities.AsNoTracking().Where(o => o.Id == opportunityId)
            .Select(o => new
            {
                o,
                Account = db.Accounts.Where(a => a.Id == o.AccountId).Select(a => new { a.Name, a.CustomerNumber }).First(),
                QuoteNumber = db.Quotes.Where(q => q.Id == o.QuoteId).Select(q => q.Number).FirstOrDefault(),
                Lines = o.Lines.OrderBy(l => l.LineNumber).Select(l => new OpportunityLineResponse(l.LineNumber, l.ItemNumber, l.Quantity, l.UnitPrice, 0)).ToList(),
                History = o.History.OrderBy(h => h.Id).Select(h => new StageChangeResponse(h.FromStage, h.ToStage, h.Probability, h.ChangedAt, h.ChangedBy)).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (deal is null) return null;
        var o = deal.o;
        return new OpportunityResponse(
            o.Id.Value, o.Name, o.AccountId.Value, deal.Account.Name, deal.Account.CustomerNumber?.Value, o.Amount, o.Currency, o.ExpectedCloseDate,
            o.StageId, o.StageName, o.Probability, o.ForecastCategory.ToString(), o.Status.ToString(), o.LostReason, o.ClosedOn, o.Owner,
            o.TeamId?.Value, o.LeadId?.Value, o.QuoteId?.Value, deal.QuoteNumber, o.SalesOrderId?.Value,
            [.. deal.Lines.Select(l => l with { Amount = Math.Round(l.Quantity * l.UnitPrice, 2, MidpointRounding.AwayFromZero) })],
            deal.History, (await NextActivitiesAsync([id], now, ct)).GetValueOrDefault(id), o.CreatedAt, o.CreatedBy,
            PipelinePermissions.ForDeal(o.Status, deal.Lines.Count, http.HttpContext?.User));
    }

    private async Task<IQueryable<Opportunity>> FilteredAsync(Filter filter, Viewer viewer, DateTimeOffset now, CancellationToken ct)
    {
        var query = db.Opportunities.AsNoTracking().VisibleTo(viewer, db.Teams);
        if (SearchText.Fold(filter.Search) is { Length: > 0 } folded)
        {
            var accounts = db.Accounts.Where(a => EF.Functions.Like(a.SearchText, SearchPattern.Containing(folded), SearchPattern.Escape)).Select(a => a.Id);
            query = query.Where(o => EF.Functions.Like(o.Name.ToLower(), SearchPattern.Containing(folded), SearchPattern.Escape) || accounts.Contains(o.AccountId));
        }
        if (EnumInput.Optional<OpportunityStatus>(filter.Status, "status") is { } status) query = query.Where(o => o.Status == status);
        if (filter.StageId is { } stage) query = query.Where(o => o.StageId == stage);
        if (!string.IsNullOrWhiteSpace(filter.Owner)) query = query.Where(o => o.Owner == filter.Owner.Trim());
        if (filter.TeamId is { } team)
        {
            TeamId? id = new TeamId(team);
            query = query.Where(o => o.TeamId == id);
        }
        if (filter.AccountId is { } account)
        {
            var id = new AccountId(account);
            query = query.Where(o => o.AccountId == id);
        }
        if (filter.ClosingFrom is { } from) query = query.Where(o => o.ExpectedCloseDate >= from);
        if (filter.ClosingTo is { } to) query = query.Where(o => o.ExpectedCloseDate <= to);
        if (EnumInput.Optional<ForecastCategory>(filter.ForecastCategory, "forecastCategory") is { } category) query = query.Where(o => o.ForecastCategory == category);
        if (filter.WithoutNextActivity == true)
        {
            var planned = await PlannedAsync(now, ct);
            query = query.Where(o => o.Status == OpportunityStatus.Open && !planned.Contains(o.Id));
        }
        return query;
    }

    /// <summary>The deals with an open activity due from now on. (An activity names its record by type and number, which
    /// EF Core cannot compare with a deal's typed id inside one query.)</summary>
    private async Task<List<OpportunityId>> PlannedAsync(DateTimeOffset now, CancellationToken ct) =>
        [.. (await db.Activities.Where(a => a.RegardingType == RegardingType.Opportunity && a.Status == ActivityStatus.Open && a.Due >= now)
            .Select(a => a.RegardingId).Distinct().ToListAsync(ct)).Select(id => new OpportunityId(id))];

    /// <summary>When each of these deals' next open activity is due.</summary>
    private async Task<Dictionary<long, DateTimeOffset?>> NextActivitiesAsync(IEnumerable<long> ids, DateTimeOffset now, CancellationToken ct)
    {
        var wanted = ids.ToList();
        if (wanted.Count == 0) return [];
        return await db.Activities
            .Where(a => a.RegardingType == RegardingType.Opportunity && wanted.Contains(a.RegardingId) && a.Status == ActivityStatus.Open && a.Due >= now)
            .GroupBy(a => a.RegardingId).Select(g => new { g.Key, Due = g.Min(a => a.Due) })
            .ToDictionaryAsync(g => g.Key, g => g.Due, ct);
    }

    private Expression<Func<Opportunity, OpportunitySummary>> Summary => o => new OpportunitySummary(
        o.Id.Value, o.Name, o.AccountId.Value,
        db.Accounts.Where(a => a.Id == o.AccountId).Select(a => a.Name).First(),
        db.Accounts.Where(a => a.Id == o.AccountId).Select(a => a.CustomerNumber == null ? null : a.CustomerNumber.Value).First(),
        o.Amount, o.Currency, o.ExpectedCloseDate, o.StageId, o.StageName, o.Probability, o.ForecastCategory.ToString(), o.Status.ToString(),
        o.Owner, o.TeamId == null ? null : o.TeamId.Value.Value, null);
}
