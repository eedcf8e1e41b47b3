using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Crm.Api.Features.ReadModels;

public sealed class AuditEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/audit", async Task<Ok<PagedResult<AuditEntryResponse>>> (
                string? entity, string? id, int? page, int? pageSize, Viewer viewer, AuditQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.ListAsync(entity, id, viewer, page, pageSize, ct)))
            .WithTags("Audit")
            .WithSummary("Every change to one quote, sales order, price list, team or customer (its CRM fields), newest first: who, when, field, old and new. Only for whoever sees the record.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
