using Crm.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Activities;

/// <summary>The tables of the area's own records, on the shared context.</summary>
public static class ActivitiesTables
{
    extension(CrmDbContext db)
    {
        public DbSet<CalendarFeed> CalendarFeeds => db.Set<CalendarFeed>();
    }
}
