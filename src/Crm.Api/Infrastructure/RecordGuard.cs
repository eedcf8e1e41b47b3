using Microsoft.Net.Http.Headers;

namespace Crm.Api.Infrastructure;

/// <summary>Endpoint metadata: the route value <see cref="RouteValue"/> names a record that must be there for the
/// caller (it exists and they may see it) before anything else about the request is judged, its body included. A
/// record that is not there for them answers 404, as one that does not exist at all. A record with a
/// <see cref="VersionOf"/> answers its version as an ETag, and a change sent with If-Match for an older one is
/// refused (412).</summary>
/// <param name="What">The record's name in the 404.</param>
/// <param name="IsThere">Whether the record named by the route value's text is there for the caller.</param>
/// <param name="VersionOf">The record's current version, when it keeps one.</param>
public sealed record RecordGuard(
    string What, string RouteValue, Func<HttpContext, string, Task<bool>> IsThere, Func<HttpContext, string, Task<long?>>? VersionOf = null);

/// <summary>Runs the endpoint's <see cref="RecordGuard"/> right after authorization, ahead of body validation and
/// endpoint filters, so a bad body sent to another team's record learns nothing about it.</summary>
public sealed class RecordGuards(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<RecordGuard>() is not { } guard
            || !context.Request.RouteValues.TryGetValue(guard.RouteValue, out var raw) || raw is not string key)
        {
            await next(context);
            return;
        }
        if (!await guard.IsThere(context, key))
        {
            await Problems.NotFound(guard.What, key).ExecuteAsync(context);
            return;
        }
        if (guard.VersionOf is { } versionOf)
        {
            if (!HttpMethods.IsGet(context.Request.Method) && context.Request.Headers.IfMatch.Count > 0
                && await versionOf(context, key) is { } current && !ETags.Match(context.Request.Headers.IfMatch, current))
            {
                context.Response.Headers.ETag = ETags.Of(current);
                await Problems.Stale(guard.What, key).ExecuteAsync(context);
                return;
            }
            // Reads and replacements answer the version; an action's answer names none (it costs a query on hot paths).
            if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsPut(context.Request.Method))
            {
                context.Response.OnStarting(async () =>
                {
                    // The version as the request left the record; a new version under another address has its own.
                    if (context.Response.StatusCode is >= 200 and < 300 and not StatusCodes.Status201Created
                        && await versionOf(context, key) is { } version)
                        context.Response.Headers.ETag = ETags.Of(version);
                });
            }
        }
        await next(context);
    }
}

/// <summary>A record's version as an HTTP entity tag, and the If-Match comparison.</summary>
public static class ETags
{
    public static string Of(long version) => $"\"{version}\"";

    /// <summary>Whether any tag of the If-Match header names this version ("*" names every one; weak tags count).</summary>
    public static bool Match(Microsoft.Extensions.Primitives.StringValues ifMatch, long version) =>
        EntityTagHeaderValue.TryParseList(ifMatch, out var tags)
        && tags.Any(t => t.Tag == "*" || t.Tag.ToString().Trim('"') == version.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
