using System.Security.Claims;
using Crm.Contracts;
using Crm.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Crm.Api.Features.Access;

public sealed class AuthEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Sign-in");

        auth.MapPost("/login", (LoginRequest request, HttpContext context, SignIn signIn) => signIn.HandleAsync(request, context))
            .AllowAnonymous()
            .WithName("SignIn")
            .WithSummary("Signs in with email and password; the answer sets the session cookie.")
            .ProducesValidationProblem();

        auth.MapPost("/logout", async Task<NoContent> (ClaimsPrincipal user, SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users) =>
            {
                // A new security stamp ends every session of the user, including a cookie someone saved.
                if (await users.GetUserAsync(user) is { } signedIn) await users.UpdateSecurityStampAsync(signedIn);
                await signIn.SignOutAsync();
                return TypedResults.NoContent();
            })
            .RequireAuthorization()
            .WithName("SignOut")
            .WithSummary("Ends the session; the cookie no longer works, even a saved copy.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        auth.MapGet("/me", (ClaimsPrincipal user, TimeProvider time) => TypedResults.Ok(new CurrentUser(
                user.Identity!.Name!, [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value)], time.GetUtcNow())))
            .RequireAuthorization()
            .WithName("GetCurrentUser")
            .WithSummary("Who is signed in, with their roles, and the server's clock.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
    }
}
