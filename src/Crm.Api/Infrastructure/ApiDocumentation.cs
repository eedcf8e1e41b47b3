namespace Crm.Api.Infrastructure;

public static class ApiDocumentation
{
    /// <summary>Swagger's document and UI. Placed after authorization outside Development, where the fallback policy
    /// then asks for a signed-in user: the document maps every operation an attacker could try.</summary>
    public static void UseApiDocumentation(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI();
    }

    /// <summary>An address under /api that no endpoint serves is a 404 problem, not the UI's page.</summary>
    public static void MapUnknownApiPaths(this IEndpointRouteBuilder app) =>
        app.Map("/api/{**path}", (string? path) => TypedResults.Problem(
                $"There is no API at /api/{path}.", statusCode: StatusCodes.Status404NotFound, title: "Not found"))
            .AllowAnonymous()
            .ExcludeFromDescription();
}
