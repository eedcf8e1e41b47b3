using Crm.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Crm.Api.Features.Access;

/// <summary>Password sign-in. A wrong password and an unknown email answer alike, after the same work; failures are
/// throttled per client and per email (<see cref="SignInThrottle"/>).</summary>
public sealed class SignIn(SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users, SignInThrottle throttle, TimeProvider time)
{
    /// <summary>A hash to check an unknown email's password against, so it costs what a real check costs.</summary>
    private static readonly Lazy<string> Decoy = new(() => new PasswordHasher<IdentityUser>().HashPassword(new IdentityUser(), Guid.NewGuid().ToString()));

    public async Task<Results<Ok<CurrentUser>, ProblemHttpResult>> HandleAsync(LoginRequest request, HttpContext context)
    {
        var email = request.Email!;
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.RetryAfter(client, email) is { } wait)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem("Too many failed sign-ins; try again later.", statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many attempts", extensions: new Dictionary<string, object?> { ["code"] = "auth.throttled" });
        }

        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new IdentityUser(), Decoy.Value, request.Password!);
        }
        else if ((await signIn.PasswordSignInAsync(user, request.Password!, isPersistent: false, lockoutOnFailure: false)).Succeeded)
        {
            throttle.Succeeded(email);
            return TypedResults.Ok(new CurrentUser(user.Email!, [.. await users.GetRolesAsync(user)], time.GetUtcNow()));
        }
        throttle.Failed(client, email);
        return TypedResults.Problem("The email or password is wrong.", statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in",
            extensions: new Dictionary<string, object?> { ["code"] = "auth.failed" });
    }
}
