using System.Globalization;
using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Catalog;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Catalog;

/// <summary>Price lists: everyone reads them (a customer's own only who sees the customer); managers write them.</summary>
public sealed class PriceListEndpoints : IEndpointGroup
{
    private static readonly string[] Writers = [Roles.Manager, Roles.Admin];

    public void Map(IEndpointRouteBuilder app)
    {
        var lists = app.MapGroup("/api/price-lists").WithTags("Price lists")
            .WithMetadata(new RecordGuard("Price list", "id",
                (http, key) =>
                {
                    var db = http.RequestServices.GetRequiredService<CrmDbContext>();
                    var customers = db.CustomerNumbersVisibleTo(Viewer.Of(http.User));
                    return Named(db, key).AnyAsync(l => l.CustomerNumber == null || customers.Contains(l.CustomerNumber), http.RequestAborted);
                },
                (http, key) => Named(http.RequestServices.GetRequiredService<CrmDbContext>(), key).VersionAsync(http.RequestAborted)));

        lists.MapGet("/", async Task<Ok<PagedResult<PriceListSummary>>> (
                string? search, string? customerNumber, string? customerGroup, string? item, DateOnly? validOn, int? page, int? pageSize,
                Viewer viewer, PriceListQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.ListAsync(search, customerNumber, customerGroup, item, validOn, viewer, page, pageSize, ct)))
            .WithSummary("Price lists by name; filter by name, customer, customer group, item or the day they are valid on.")
            .ProducesValidationProblem();

        lists.MapGet("/{id:long}", async Task<Results<Ok<PriceListResponse>, ProblemHttpResult>> (long id, Viewer viewer, PriceListQueries queries, CancellationToken ct) =>
                await queries.FindAsync(id, viewer, ct) is { } list ? TypedResults.Ok(list) : Problems.NotFound("Price list", id))
            .WithSummary("One price list with its lines (volume breaks).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        lists.MapPost("/", async Task<Created<PriceListResponse>> (PriceListRequest request, Viewer viewer, PriceListCommands commands, PriceListQueries queries, CancellationToken ct) =>
            {
                var id = await commands.CreateAsync(request, viewer, ct);
                return TypedResults.Created($"/api/price-lists/{id}", await queries.FindAsync(id, viewer, ct));
            })
            .RequireAuthorization(p => p.RequireRole(Writers))
            .WithSummary("A price list for one customer, one customer group or everyone, with volume breaks per item.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        lists.MapPut("/{id:long}", async Task<Ok<PriceListResponse>> (long id, PriceListRequest request, Viewer viewer, PriceListCommands commands, PriceListQueries queries, CancellationToken ct) =>
            {
                await commands.UpdateAsync(id, request, viewer, ct);
                return TypedResults.Ok((await queries.FindAsync(id, viewer, ct))!);
            })
            .RequireAuthorization(p => p.RequireRole(Writers))
            .WithSummary("Replaces a price list's terms and lines.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        lists.MapPost("/{id:long}/lines/import", async Task<Ok<PriceListImportResponse>> (
                long id, bool? applyValidRows, HttpRequest request, PriceListCommands commands, CancellationToken ct) =>
                TypedResults.Ok(await commands.ImportAsync(id, request.Body, applyValidRows ?? false, ct)))
            .RequireAuthorization(p => p.RequireRole(Writers))
            .WithSummary("Adds or reprices lines from a CSV file sent as the body (text/csv; columns itemNumber, minQuantity, unitPrice). A file with a bad row changes nothing and answers each bad row's line, column and reason, unless applyValidRows=true takes the good rows and reports the others.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static IQueryable<PriceList> Named(CrmDbContext db, string key)
    {
        var id = new PriceListId(long.Parse(key, CultureInfo.InvariantCulture));
        return db.PriceLists.Where(l => l.Id == id);
    }
}
