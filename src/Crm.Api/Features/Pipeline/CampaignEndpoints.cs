using System.Globalization;
using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Domain.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;
using System.Security.Claims;

namespace Crm.Api.Features.Pipeline;

/// <summary>Campaigns: planned by managers, seen by everyone in sales with their results.</summary>
public sealed class CampaignEndpoints : IEndpointGroup
{
    private static readonly string[] Readers = [Roles.Sales, Roles.Manager, Roles.Admin];
    private static readonly string[] Planners = [Roles.Manager, Roles.Admin];

    public void Map(IEndpointRouteBuilder app)
    {
        var campaigns = app.MapGroup("/api/campaigns").WithTags("Campaigns")
            .RequireAuthorization(p => p.RequireRole(Readers))
            .OnlyExisting("Campaign", "id", (db, key) =>
            {
                var id = new CampaignId(long.Parse(key, CultureInfo.InvariantCulture));
                return db.Campaigns.Where(c => c.Id == id);
            });

        campaigns.MapGet("/", async Task<Ok<PagedResult<CampaignResponse>>> (
                string? search, string? status, int? page, int? pageSize, CampaignQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.ListAsync(search, status, page, pageSize, ct)))
            .WithSummary("Campaigns, latest start first, each with its results (leads, qualified, opportunities, won amount, cost per won deal).")
            .ProducesValidationProblem();

        campaigns.MapGet("/{id:long}", async Task<Results<Ok<CampaignResponse>, ProblemHttpResult>> (long id, CampaignQueries queries, CancellationToken ct) =>
                await queries.FindAsync(id, ct) is { } campaign ? TypedResults.Ok(campaign) : Problems.NotFound("Campaign", id))
            .WithSummary("One campaign with its results.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        campaigns.MapPost("/", async Task<Created<CampaignResponse>> (
                CampaignRequest request, ClaimsPrincipal user, CampaignCommands commands, CampaignQueries queries, CancellationToken ct) =>
            {
                var id = await commands.CreateAsync(request, user.Identity!.Name!, ct);
                return TypedResults.Created($"/api/campaigns/{id}", (await queries.FindAsync(id, ct))!);
            })
            .RequireAuthorization(p => p.RequireRole(Planners))
            .WithSummary("Plans a campaign (status Planned).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        campaigns.MapPut("/{id:long}", async Task<Ok<CampaignResponse>> (
                long id, CampaignRequest request, CampaignCommands commands, CampaignQueries queries, CancellationToken ct) =>
            {
                await commands.ChangeAsync(id, request, ct);
                return TypedResults.Ok((await queries.FindAsync(id, ct))!);
            })
            .RequireAuthorization(p => p.RequireRole(Planners))
            .WithSummary("Replaces the campaign's name, type, dates, budget and description. If-Match is honoured.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        campaigns.MapPost("/{id:long}/status", async Task<Ok<CampaignResponse>> (
                long id, CampaignStatusRequest request, CampaignCommands commands, CampaignQueries queries, CancellationToken ct) =>
            {
                await commands.ChangeStatusAsync(id, request, ct);
                return TypedResults.Ok((await queries.FindAsync(id, ct))!);
            })
            .RequireAuthorization(p => p.RequireRole(Planners))
            .WithSummary("Moves the campaign on: Planned → Active → Completed, or Cancelled.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
