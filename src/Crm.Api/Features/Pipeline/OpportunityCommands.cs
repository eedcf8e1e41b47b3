using Crm.Contracts;
using Crm.Api.Features.Accounts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Pipeline;

/// <summary>Opening deals, moving them through the stages, and changing their terms. A deal belongs to its account's
/// team; its owner is someone in that team.</summary>
public sealed class OpportunityCommands(CrmDbContext db, Stages stages, TeamAssignment teams, UnitOfWork unitOfWork, TimeProvider time)
{
    public async Task<long> CreateAsync(OpportunityRequest request, Viewer viewer, CancellationToken ct)
    {
        var opportunity = await OpenAsync(request.AccountId, "accountId",
            new OpportunityDraft(request.Name, request.Amount, request.Currency, request.ExpectedCloseDate, request.Stage),
            request.Owner, null, viewer, ct);
        if (request.Probability is { } probability) opportunity.Estimate(probability);
        if (EnumInput.Optional<ForecastCategory>(request.ForecastCategory, "forecastCategory") is { } category) opportunity.Forecast(category);
        if (request.Lines is { } lines) opportunity.ReplaceLines(await LinesAsync(lines, ct));
        await unitOfWork.SaveAsync(ct);
        return opportunity.Id.Value;
    }

    /// <summary>A new deal with an account the user sees (tracked, not saved).</summary>
    public async Task<Opportunity> OpenAsync(long accountId, string accountField, OpportunityDraft draft, string? owner, LeadId? lead, Viewer viewer, CancellationToken ct)
    {
        var id = new AccountId(accountId);
        var account = await db.Accounts.VisibleTo(viewer, db.Teams).Where(a => a.Id == id && a.DeletedInErpAt == null)
            .Select(a => new { a.TeamId, a.Owner, a.Currency }).FirstOrDefaultAsync(ct)
            ?? throw RequestValidationException.For(accountField, $"There is no account {accountId} that you work.");
        var team = await teams.OfAsync(account.TeamId, ct);
        var who = owner is { Length: > 0 } ? TeamAssignment.Owner(owner, team, viewer)
            : team.Includes(viewer.UserName) ? viewer.UserName : account.Owner ?? team.ManagerUserName;
        var terms = new OpportunityTerms(draft.Name, draft.Amount, draft.Currency ?? account.Currency, draft.ExpectedCloseDate!.Value);
        var stage = await stages.NamedAsync(draft.Stage, "stage", ct);
        var opportunity = Opportunity.Open(id, account.TeamId, terms, stage, who, lead, Context(viewer));
        db.Opportunities.Add(opportunity);
        return opportunity;
    }

    /// <summary>Terms, lines and owner change first, so a move that closes the deal closes it with them.</summary>
    public async Task ChangeAsync(long id, OpportunityPatch patch, Viewer viewer, CancellationToken ct)
    {
        var opportunity = await LoadAsync(id, ct);
        Apply(opportunity, patch);
        if (patch.Lines is { } lines) opportunity.ReplaceLines(await LinesAsync(lines, ct));
        if (patch.Owner is { Length: > 0 } owner)
            opportunity.HandTo(TeamAssignment.Owner(owner, await teams.OfAsync(opportunity.TeamId, ct), viewer));
        if (patch.Stage is { Length: > 0 } stageName)
            opportunity.MoveTo(await stages.NamedAsync(stageName, "stage", ct), patch.Probability, patch.LostReason, Context(viewer));
        else if (patch.Probability is { } probability) opportunity.Estimate(probability);
        await unitOfWork.SaveAsync(ct);
    }

    private static void Apply(Opportunity opportunity, OpportunityPatch patch)
    {
        if (patch.Name is not null || patch.Amount is not null || patch.Currency is not null || patch.ExpectedCloseDate is not null)
            opportunity.Agree(new OpportunityTerms(patch.Name ?? opportunity.Name, patch.Amount ?? opportunity.Amount,
                patch.Currency ?? opportunity.Currency, patch.ExpectedCloseDate ?? opportunity.ExpectedCloseDate));
        if (EnumInput.Optional<ForecastCategory>(patch.ForecastCategory, "forecastCategory") is { } category) opportunity.Forecast(category);
    }

    /// <summary>The products by number, each priced as asked or else at its list price.</summary>
    private async Task<List<(ItemNumber, decimal, decimal)>> LinesAsync(List<OpportunityLineRequest> lines, CancellationToken ct)
    {
        var items = lines.Select(l => l?.ItemNumber?.Trim() ?? "").Distinct().ToList();
        var prices = await db.Products.AsNoTracking().Where(p => items.Contains(p.ItemNumber)).GroupBy(p => p.ItemNumber)
            .Select(g => new { Item = g.Key, Price = g.Min(p => p.UnitPrice) }).ToDictionaryAsync(p => p.Item, p => p.Price, ct);
        return [.. lines.Select((l, i) =>
        {
            if (l is null) throw RequestValidationException.For($"lines[{i}]", "A line is required.");
            var item = l.ItemNumber!.Trim();
            if (!prices.TryGetValue(item, out var listPrice))
                throw RequestValidationException.For($"lines[{i}].itemNumber", $"There is no product {item}.");
            return (new ItemNumber(item), l.Quantity, l.UnitPrice ?? listPrice);
        })];
    }

    private async Task<Opportunity> LoadAsync(long id, CancellationToken ct)
    {
        var opportunityId = new OpportunityId(id);
        return await db.Opportunities.Include(o => o.Lines).Include(o => o.History).FirstOrDefaultAsync(o => o.Id == opportunityId, ct)
            ?? throw new NotFoundException("Opportunity", id);
    }

    private ChangeContext Context(Viewer viewer) => new(viewer.UserName, "", time.GetUtcNow());
}
