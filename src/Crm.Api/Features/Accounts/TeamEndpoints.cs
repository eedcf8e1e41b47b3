using System.Globalization;
using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Api.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Crm.Api.Features.Accounts;

/// <summary>Sales teams: everyone reads them; admins make and change them.</summary>
public sealed class TeamEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var teams = app.MapGroup("/api/teams").WithTags("Teams")
            .WithMetadata(new RecordGuard("Team", "id",
                (http, key) => Named(http, key).AnyAsync(http.RequestAborted),
                (http, key) => Named(http, key).VersionAsync(http.RequestAborted)));

        teams.MapGet("/", async Task<Ok<PagedResult<TeamResponse>>> (string? search, int? page, int? pageSize, TeamQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.ListAsync(search, page, pageSize, ct)))
            .WithSummary("Teams by name, with manager, members and how many customers each works; search finds a team, manager or member.")
            .ProducesValidationProblem();

        teams.MapGet("/{id:long}", async Task<Results<Ok<TeamResponse>, ProblemHttpResult>> (long id, TeamQueries queries, CancellationToken ct) =>
                await queries.FindAsync(id, ct) is { } team ? TypedResults.Ok(team) : Problems.NotFound("Team", id))
            .WithSummary("One team.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        teams.MapPost("/", async Task<Created<TeamResponse>> (TeamRequest request, TeamCommands commands, TeamQueries queries, CancellationToken ct) =>
            {
                var id = await commands.CreateAsync(request, ct);
                return TypedResults.Created($"/api/teams/{id}", await queries.FindAsync(id, ct));
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .WithSummary("A new team with its manager and members.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        teams.MapPut("/{id:long}", async Task<Ok<TeamResponse>> (long id, TeamRequest request, TeamCommands commands, TeamQueries queries, CancellationToken ct) =>
            {
                await commands.UpdateAsync(id, request, ct);
                return TypedResults.Ok((await queries.FindAsync(id, ct))!);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .WithSummary("Renames a team, or changes its manager, its members or whether new customers join it.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    private static IQueryable<Team> Named(HttpContext http, string key)
    {
        var id = new TeamId(long.Parse(key, CultureInfo.InvariantCulture));
        return http.RequestServices.GetRequiredService<CrmDbContext>().Teams.Where(t => t.Id == id);
    }
}
