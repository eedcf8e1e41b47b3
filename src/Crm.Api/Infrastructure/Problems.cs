using Microsoft.AspNetCore.Http.HttpResults;

namespace Crm.Api.Infrastructure;

/// <summary>Problem answers an endpoint returns itself, worded as the exception handler words the thrown ones.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string what, object id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: NotFoundException.Title, detail: NotFoundException.Describe(what, id));

    /// <summary>The change was made from an old read: If-Match named a version the record no longer has.</summary>
    public static ProblemHttpResult Stale(string what, object id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: StaleTitle,
            detail: $"{what} {id} changed since it was read (If-Match names an older version). Reload it and try again.",
            extensions: new Dictionary<string, object?> { ["code"] = "concurrency.stale" });

    public const string StaleTitle = "Changed by someone else";
}
