using Crm.Api.Persistence;
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

    /// <summary>What is being entered is likely a record that exists: the candidates, how sure and why.</summary>
    public static ProblemHttpResult LikelyDuplicates<T>(IReadOnlyList<T> candidates) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Likely a duplicate",
            detail: $"{candidates.Count} existing record(s) look like this one. Open one of them, or send confirmedNotDuplicate: true to store it anyway.",
            extensions: new Dictionary<string, object?> { ["code"] = "duplicate.likely", ["candidates"] = candidates });

    public const string StaleTitle = "Changed by someone else";
}
