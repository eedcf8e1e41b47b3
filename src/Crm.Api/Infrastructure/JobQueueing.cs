using System.Linq.Expressions;
using Hangfire;

namespace Crm.Api.Infrastructure;

public static class JobQueueing
{
    /// <summary>Queues work that a recurring sweep would also pick up. Best effort: the change that asked for it is
    /// committed already, so a job store that cannot take it now must not fail the request.</summary>
    public static void EnqueueSoon<T>(this IBackgroundJobClient jobs, Expression<Func<T, Task>> job, ILogger log)
    {
        try
        {
            jobs.Enqueue(job);
        }
        catch (BackgroundJobClientException e)
        {
            log.LogWarning(e, "Could not queue {Job} now; its recurring sweep will run it a little later", typeof(T).Name);
        }
    }
}
