using Hangfire;

namespace Crm.Api.Infrastructure.Mail;

/// <summary>Starts sending right after a change with mail was committed; the minutely sweep catches what this misses.</summary>
public sealed class MailKick(IBackgroundJobClient jobs, ILogger<MailKick> log)
{
    public void Soon() => jobs.ScheduleSoon<MailDispatcher>(d => d.SendAsync(CancellationToken.None), TimeSpan.Zero, log);
}
