using System.Linq.Expressions;
using Hangfire;

namespace Crm.Api.Infrastructure;

public static class JobQueueing
{
    /// <summary>Queues work that a recurring sweep would also pick up. Best effort: the change that asked for it is
    /// committed already, so a job store that cannot take it now must not fail the request.</summary>
    public static void EnqueueSoon<T>(this IBackgroundJobClient jobs, Expression<Func<T, Task>> job, ILogger log) =>
        ScheduleSoon(jobs, job, TimeSpan.Zero, log);

    /// <summary>As <see cref="EnqueueSoon{T}"/>, after a delay.</summary>
    public static void ScheduleSoon<T>(this IBackgroundJobClient jobs, Expression<Func<T, Task>> job, TimeSpan delay, ILogger log)
    {
        try
        {
            if (delay <= TimeSpan.Zero) jobs.Enqueue(job);
            else jobs.Schedule(job, delay);
        }
        catch (BackgroundJobClientException e)
        {
            log.LogWarning(e, "Could not queue {Job} now; its recurring sweep will run it a little later", typeof(T).Name);
        }
    }
}
