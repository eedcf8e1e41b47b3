using System.Globalization;
using Crm.Contracts;
using Crm.Api.Features.Sales.Quotes;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Domain.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Crm.Api.Features.Pipeline;

/// <summary>Opportunities: the list, the board by stage, one deal with its history, moving it, and quoting it.</summary>
public sealed class OpportunityEndpoints : IEndpointGroup
{
    private static readonly string[] Workers = PipelinePermissions.Workers;

    public void Map(IEndpointRouteBuilder app)
    {
        var deals = app.MapGroup("/api/opportunities").WithTags("Opportunities")
            .RequireAuthorization(p => p.RequireRole(Workers))
            .OnlyVisible("Opportunity", "id", (db, key) =>
            {
                var id = new OpportunityId(long.Parse(key, CultureInfo.InvariantCulture));
                return db.Opportunities.Where(o => o.Id == id);
            });

        deals.MapGet("/", async Task<Ok<PagedResult<OpportunitySummary>>> (
                string? search, string? status, int? stageId, string? owner, long? teamId, long? accountId, DateOnly? closingFrom, DateOnly? closingTo,
                string? forecastCategory, bool? withoutNextActivity, string? sort, int? page, int? pageSize,
                Viewer viewer, OpportunityQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.ListAsync(
                    new OpportunityQueries.Filter(search, status, stageId, owner, teamId, accountId, closingFrom, closingTo, forecastCategory, withoutNextActivity),
                    sort, viewer, page, pageSize, ct)))
            .WithSummary("Deals the user's teams work, by expected close date (or sort=amount|newest); withoutNextActivity=true finds open deals nobody planned a next step for.")
            .ProducesValidationProblem();

        deals.MapGet("/board", async Task<Ok<BoardResponse>> (
                string? search, string? owner, long? teamId, string? currency, Viewer viewer, OpportunityQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.BoardAsync(new OpportunityQueries.Filter(search, Owner: owner, TeamId: teamId), currency, viewer, ct)))
            .WithSummary("The open deals by stage: per column the count, the amount (in one currency) and the first 50 deals by close date; and how many open deals have no next activity planned.")
            .ProducesValidationProblem();

        deals.MapGet("/{id:long}", async Task<Results<Ok<OpportunityResponse>, ProblemHttpResult>> (long id, OpportunityQueries queries, CancellationToken ct) =>
                await queries.FindAsync(id, ct) is { } deal ? TypedResults.Ok(deal) : Problems.NotFound("Opportunity", id))
            .WithSummary("One deal with its lines, its stage history, its quote and when its next activity is due.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        deals.MapPost("/", async Task<Created<OpportunityResponse>> (
                OpportunityRequest request, Viewer viewer, OpportunityCommands commands, OpportunityQueries queries, CancellationToken ct) =>
            {
                var id = await commands.CreateAsync(request, viewer, ct);
                return TypedResults.Created($"/api/opportunities/{id}", (await queries.FindAsync(id, ct))!);
            })
            .WithSummary("Opens a deal with an account the user works, in the named stage (default: the first open one) at its default probability unless one is given.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        deals.MapPatch("/{id:long}", async Task<Ok<OpportunityResponse>> (
                long id, OpportunityPatch patch, Viewer viewer, OpportunityCommands commands, OpportunityQueries queries, CancellationToken ct) =>
            {
                await commands.ChangeAsync(id, patch, viewer, ct);
                return TypedResults.Ok((await queries.FindAsync(id, ct))!);
            })
            .WithSummary("Moves or changes an open deal (left out = unchanged). A won stage wins it; a lost stage needs lostReason. Every stage move is kept. If-Match is honoured.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        deals.MapPost("/{id:long}/quote", async Task<Created<QuoteResponse>> (
                long id, Viewer viewer, QuoteFromOpportunity handler, QuoteQueries quotes, CancellationToken ct) =>
            {
                var quoteId = await handler.HandleAsync(id, viewer, ct);
                return TypedResults.Created($"/api/quotes/{quoteId}", await quotes.GetAsync(quoteId, ct));
            })
            .WithSummary("Creates a draft quote from the deal's lines at the agreed prices, with a live promise; the deal keeps it and is won when the quote becomes an order.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var stages = app.MapGroup("/api/opportunity-stages").WithTags("Opportunities")
            .RequireAuthorization(p => p.RequireRole(Roles.People))
            .OnlyExisting("Stage", "id", (db, key) =>
            {
                var id = int.Parse(key, CultureInfo.InvariantCulture);
                return db.OpportunityStages.Where(s => s.Id == id);
            });

        stages.MapGet("/", async Task<Ok<List<StageResponse>>> (Stages all, CancellationToken ct) => TypedResults.Ok(await all.ListAsync(ct)))
            .WithSummary("The configured stages in board order.")
            .ProducesProblem(StatusCodes.Status403Forbidden);

        stages.MapPost("/", async Task<Created<StageResponse>> (StageRequest request, Stages all, CancellationToken ct) =>
            {
                var stage = await all.CreateAsync(request, ct);
                return TypedResults.Created($"/api/opportunity-stages/{stage.Id}", stage);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .WithSummary("Adds a stage (Admin): name, place, default probability, and whether it wins or loses a deal (probability 100 or 0).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        stages.MapPut("/{id:int}", async Task<Ok<StageResponse>> (int id, StageRequest request, Stages all, CancellationToken ct) =>
                TypedResults.Ok(await all.ChangeAsync(id, request, ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .WithSummary("Changes a stage (Admin); a stage with deals keeps whether it wins or loses them, and can be retired instead.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var forecast = app.MapGroup("/api/forecast").WithTags("Forecast")
            .RequireAuthorization(p => p.RequireRole(Workers));

        forecast.MapGet("/", async Task<Ok<ForecastResponse>> (
                string? period, long? team, string? currency, Viewer viewer, ForecastQuery query, CancellationToken ct) =>
                TypedResults.Ok(await query.GetAsync(period, team, currency, viewer, ct)))
            .WithSummary("The month's forecast (period=2027-04; by default this month) per owner and in total: weighted pipeline, best case, commit, won so far and quota; with the calibration of past probabilities (how often deals in each band closed).")
            .ProducesValidationProblem();

        forecast.MapPut("/quotas", async Task<NoContent> (QuotaRequest request, Viewer viewer, Quotas quotas, CancellationToken ct) =>
            {
                await quotas.SetAsync(request, viewer, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Manager, Roles.Admin))
            .WithSummary("Sets a rep's quota for a month (a manager for their teams' people).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }
}
