using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Persistence;

public static class StaleReads
{
    /// <summary>Runs a command again on a fresh read when the document changed underneath it (the outbox job
    /// releasing the order, say). Commands ("cancel", "quantity 12") mean the same on the newer version; after a
    /// few tries the conflict goes to the caller as a 409.</summary>
    public static async Task<T> RetryAsync<T>(this CrmDbContext db, Func<Task<T>> command, int attempts = 3)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await command();
            }
            catch (DbUpdateConcurrencyException) when (attempt < attempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
