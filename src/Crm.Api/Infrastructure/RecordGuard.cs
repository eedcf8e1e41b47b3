namespace Crm.Api.Infrastructure;

/// <summary>Endpoint metadata: the route value <see cref="RouteValue"/> names a record that must be there for the
/// caller (it exists and they may see it) before anything else about the request is judged, its body included. A
/// record that is not there for them answers 404, as one that does not exist at all.</summary>
/// <param name="What">The record's name in the 404.</param>
/// <param name="IsThere">Whether the record named by the route value's text is there for the caller.</param>
public sealed record RecordGuard(string What, string RouteValue, Func<HttpContext, string, Task<bool>> IsThere);

/// <summary>Runs the endpoint's <see cref="RecordGuard"/> right after authorization, ahead of body validation and
/// endpoint filters, so a bad body sent to another team's record learns nothing about it.</summary>
public sealed class RecordGuards(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<RecordGuard>() is { } guard
            && context.Request.RouteValues.TryGetValue(guard.RouteValue, out var raw) && raw is string key
            && !await guard.IsThere(context, key))
        {
            await Problems.NotFound(guard.What, key).ExecuteAsync(context);
            return;
        }
        await next(context);
    }
}
