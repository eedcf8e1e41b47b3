using Crm.Api.Infrastructure;
using Hangfire;

namespace Crm.Api.Features.Integration;

/// <summary>Starts outbox delivery shortly after new messages were written. A burst of confirmations schedules one
/// delivery run per second rather than one job each: the run sends every message that is due, so the others would
/// find nothing left and only cost the job store a write per request.</summary>
public sealed class OutboxKick(IBackgroundJobClient jobs, TimeProvider time, ILogger<OutboxKick> log)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private long _nextRunTicks;

    public void Soon()
    {
        var now = time.GetUtcNow().UtcTicks;
        var next = Interlocked.Read(ref _nextRunTicks);
        // A run is already scheduled after this message's commit; it will send this message too.
        if (now < next || Interlocked.CompareExchange(ref _nextRunTicks, now + Window.Ticks, next) != next) return;
        jobs.ScheduleSoon<OutboxDispatcher>(d => d.DispatchAsync(CancellationToken.None), Window, log);
    }
}
