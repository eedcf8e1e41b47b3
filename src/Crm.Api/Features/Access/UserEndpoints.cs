using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Crm.Api.Features.Access;

/// <summary>The people and machine clients who sign in; admins only.</summary>
public sealed class UserEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/users").WithTags("Users").RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .WithMetadata(new RecordGuard("User", "id", (http, key) =>
                http.RequestServices.GetRequiredService<CrmDbContext>().Users.AnyAsync(u => u.Id == key, http.RequestAborted)));

        users.MapGet("/", async Task<Ok<PagedResult<UserResponse>>> (string? search, string? role, int? page, int? pageSize, UserAdministration admin, CancellationToken ct) =>
                TypedResults.Ok(await admin.ListAsync(search, role, page, pageSize, ct)))
            .WithSummary("Users by email; search finds part of the email, role narrows to one role.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        users.MapPost("/", async Task<Created<UserResponse>> (UserRequest request, UserAdministration admin, CancellationToken ct) =>
            {
                var user = await admin.CreateAsync(request, ct);
                return TypedResults.Created($"/api/users/{user.Id}", user);
            })
            .WithSummary("A new user with one role and a first password.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        users.MapPut("/{id}/role", async Task<Ok<UserResponse>> (string id, UserRoleRequest request, UserAdministration admin, CancellationToken ct) =>
                TypedResults.Ok(await admin.ChangeRoleAsync(id, request, ct)))
            .WithSummary("Gives the user another role; their sessions end, so the new role applies from their next sign-in.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
