using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Accounts;

/// <summary>Every route of a group that names one record answers 404 to a user who cannot see it, whatever it would
/// do (read, change, confirm, convert): only who sees a record may act on it.</summary>
public static class OnlyVisibleRecords
{
    /// <param name="what">The record's name in the 404, as for a record that does not exist.</param>
    /// <param name="routeValue">The route value that names the record.</param>
    /// <param name="find">The record named by the route value's text.</param>
    public static TBuilder OnlyVisible<TBuilder, T>(
        this TBuilder builder, string what, string routeValue, Func<CrmDbContext, string, IQueryable<T>> find)
        where TBuilder : IEndpointConventionBuilder
        where T : class, ITeamOwned =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var viewer = Viewer.Of(http.User);
            if (!viewer.SeesAll && http.Request.RouteValues.TryGetValue(routeValue, out var raw) && raw is string key)
            {
                var db = http.RequestServices.GetRequiredService<CrmDbContext>();
                if (!await find(db, key).VisibleTo(viewer, db.Teams).AnyAsync(http.RequestAborted)) return Problems.NotFound(what, key);
            }
            return await next(context);
        });
}
