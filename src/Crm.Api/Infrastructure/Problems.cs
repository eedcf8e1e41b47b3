using Microsoft.AspNetCore.Http.HttpResults;

namespace Crm.Api.Infrastructure;

/// <summary>Problem answers an endpoint returns itself, worded as the exception handler words the thrown ones.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string what, object id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: NotFoundException.Title, detail: NotFoundException.Describe(what, id));
}
