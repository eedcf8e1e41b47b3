using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Pipeline;

/// <summary>The configured stages of the sales process: the defaults a new installation starts with, an admin's changes,
/// and finding the stage a request names.</summary>
public sealed class Stages(CrmDbContext db, UnitOfWork unitOfWork)
{
    public static readonly (string Name, int Probability, bool Won, bool Lost)[] Defaults =
    [
        ("Qualification", 10, false, false), ("Needs analysis", 25, false, false), ("Proposal", 50, false, false),
        ("Negotiation", 75, false, false), ("Closed won", 100, true, false), ("Closed lost", 0, false, true),
    ];

    /// <summary>A database without stages gets the defaults; configured ones are left alone.</summary>
    public static async Task EnsureAsync(CrmDbContext db, UnitOfWork unitOfWork, CancellationToken ct)
    {
        if (await db.OpportunityStages.AnyAsync(ct)) return;
        db.OpportunityStages.AddRange(Defaults.Select((s, i) => OpportunityStage.Configure(s.Name, (i + 1) * 10, s.Probability, s.Won, s.Lost)));
        await unitOfWork.SaveAsync(ct);
    }

    public Task<List<StageResponse>> ListAsync(CancellationToken ct) =>
        db.OpportunityStages.AsNoTracking().OrderBy(s => s.SortOrder).ThenBy(s => s.Id).Select(Response).ToListAsync(ct);

    public async Task<StageResponse> CreateAsync(StageRequest request, CancellationToken ct)
    {
        await NameFreeAsync(request.Name!, null, ct);
        var stage = OpportunityStage.Configure(request.Name!, request.SortOrder, request.DefaultProbability, request.IsWon, request.IsLost);
        db.OpportunityStages.Add(stage);
        await unitOfWork.SaveAsync(ct);
        return Response.Compile()(stage);
    }

    public async Task<StageResponse> ChangeAsync(int id, StageRequest request, CancellationToken ct)
    {
        var stage = await db.OpportunityStages.FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException("Stage", id);
        await NameFreeAsync(request.Name!, id, ct);
        var closedBefore = (stage.IsWon, stage.IsLost);
        stage.Change(request.Name!, request.SortOrder, request.DefaultProbability, request.IsWon, request.IsLost, request.IsRetired);
        if ((stage.IsWon, stage.IsLost) != closedBefore && await db.Opportunities.AnyAsync(o => o.StageId == id, ct))
            throw new DomainRuleException("stage.in_use", $"Deals are in stage {stage.Name}: whether it wins or loses them cannot change now. Retire it and add another.");
        await unitOfWork.SaveAsync(ct);
        return Response.Compile()(stage);
    }

    /// <summary>The stage of this name (any case); without a name, the first open one.</summary>
    public async Task<OpportunityStage> NamedAsync(string? name, string field, CancellationToken ct)
    {
        var all = await db.OpportunityStages.OrderBy(s => s.SortOrder).ThenBy(s => s.Id).ToListAsync(ct);
        if (all.Count == 0) throw new DomainRuleException("pipeline.no_stages", "No stages are configured: an admin sets them up first.");
        if (string.IsNullOrWhiteSpace(name))
            return all.FirstOrDefault(s => !s.IsClosed && !s.IsRetired) ?? throw new DomainRuleException("pipeline.no_open_stage", "No open stage is configured.");
        return all.FirstOrDefault(s => string.Equals(s.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw RequestValidationException.For(field, $"There is no stage '{name}'. Stages: {string.Join(", ", all.Where(s => !s.IsRetired).Select(s => s.Name))}.");
    }

    /// <summary>The first stage that wins a deal.</summary>
    public async Task<OpportunityStage> WonAsync(CancellationToken ct) =>
        await db.OpportunityStages.Where(s => s.IsWon && !s.IsRetired).OrderBy(s => s.SortOrder).FirstOrDefaultAsync(ct)
        ?? throw new DomainRuleException("pipeline.no_won_stage", "No stage that wins a deal is configured.");

    private async Task NameFreeAsync(string name, int? except, CancellationToken ct)
    {
        var trimmed = name.Trim();
        if (await db.OpportunityStages.AnyAsync(s => s.Name == trimmed && s.Id != except, ct))
            throw RequestValidationException.For("name", $"There is a stage '{trimmed}' already.");
    }

    private static readonly System.Linq.Expressions.Expression<Func<OpportunityStage, StageResponse>> Response = s =>
        new StageResponse(s.Id, s.Name, s.SortOrder, s.DefaultProbability, s.IsWon, s.IsLost, s.IsRetired);
}
