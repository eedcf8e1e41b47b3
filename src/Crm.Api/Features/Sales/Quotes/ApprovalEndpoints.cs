using System.Security.Claims;
using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Crm.Api.Features.Sales.Quotes;

public sealed class ApprovalEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/approvals", async Task<Ok<PagedResult<ApprovalSummary>>> (
                int? page, int? pageSize, Viewer viewer, ClaimsPrincipal user, ApprovalQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.ListAsync(viewer, user.IsInRole(Roles.Manager), page, pageSize, ct)))
            .WithTags("Quotes")
            .WithSummary("The approvals inbox, oldest request first: for a manager the quotes of their teams waiting for them; for anyone else their own requests still waiting.")
            .ProducesValidationProblem();
}
