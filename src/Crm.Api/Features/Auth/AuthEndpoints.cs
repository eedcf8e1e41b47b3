using System.Security.Claims;
using Crm.Api.Contracts;
using Microsoft.AspNetCore.Identity;

namespace Crm.Api.Features.Auth;

public static class AuthEndpoints
{
    public static void MapAuth(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Sign-in");

        auth.MapPost("/login", async (LoginRequest request, SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users) =>
            {
                var user = await users.FindByEmailAsync(request.Email!);
                if (user is null)
                    return Results.Problem("The email or password is wrong.", statusCode: StatusCodes.Status401Unauthorized);
                var result = await signIn.PasswordSignInAsync(user, request.Password!, isPersistent: false, lockoutOnFailure: true);
                if (result.IsLockedOut)
                    return Results.Problem("Too many failed attempts; the account is locked for a while.", statusCode: StatusCodes.Status423Locked);
                if (!result.Succeeded)
                    return Results.Problem("The email or password is wrong.", statusCode: StatusCodes.Status401Unauthorized);
                return Results.Ok(new CurrentUser(user.Email!, [.. await users.GetRolesAsync(user)]));
            })
            .AllowAnonymous()
            .Produces<CurrentUser>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        auth.MapPost("/logout", async (SignInManager<IdentityUser> signIn) =>
            {
                await signIn.SignOutAsync();
                return Results.NoContent();
            })
            .Produces(StatusCodes.Status204NoContent);

        auth.MapGet("/me", (ClaimsPrincipal user) => new CurrentUser(
                user.Identity!.Name!, [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value)]))
            .Produces<CurrentUser>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
    }
}
