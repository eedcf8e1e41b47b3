using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Infrastructure.Visibility;

/// <summary>Every route of a group that names one record answers 404 to a user who cannot see it, whatever it would
/// do (read, change, confirm, convert) and before its body is judged: only who sees a record may act on it. Reads
/// answer the record's version as an ETag; changes sent with an older one in If-Match answer 412.</summary>
public static class OnlyVisibleRecords
{
    /// <param name="what">The record's name in the 404, as for a record that does not exist.</param>
    /// <param name="routeValue">The route value that names the record.</param>
    /// <param name="find">The record named by the route value's text.</param>
    public static TBuilder OnlyVisible<TBuilder, T>(
        this TBuilder builder, string what, string routeValue, Func<CrmDbContext, string, IQueryable<T>> find)
        where TBuilder : IEndpointConventionBuilder
        where T : class, ITeamOwned =>
        builder.WithMetadata(new RecordGuard(what, routeValue,
            (http, key) =>
            {
                var db = http.RequestServices.GetRequiredService<CrmDbContext>();
                return find(db, key).VisibleTo(Viewer.Of(http.User), db.Teams).AnyAsync(http.RequestAborted);
            },
            (http, key) => find(http.RequestServices.GetRequiredService<CrmDbContext>(), key).VersionAsync(http.RequestAborted)));

    /// <summary>The same for records everyone signed in sees (campaigns, stages): 404 when missing, and the ETag.</summary>
    public static TBuilder OnlyExisting<TBuilder, T>(
        this TBuilder builder, string what, string routeValue, Func<CrmDbContext, string, IQueryable<T>> find)
        where TBuilder : IEndpointConventionBuilder
        where T : class =>
        builder.WithMetadata(new RecordGuard(what, routeValue,
            (http, key) => find(http.RequestServices.GetRequiredService<CrmDbContext>(), key).AnyAsync(http.RequestAborted),
            (http, key) => find(http.RequestServices.GetRequiredService<CrmDbContext>(), key).VersionAsync(http.RequestAborted)));

    /// <summary>The record's concurrency version, or null when there is no such record.</summary>
    public static Task<long?> VersionAsync<T>(this IQueryable<T> record, CancellationToken ct) where T : class =>
        record.AsNoTracking().Select(r => (long?)EF.Property<long>(r, CrmDbContext.VersionProperty)).FirstOrDefaultAsync(ct);
}
