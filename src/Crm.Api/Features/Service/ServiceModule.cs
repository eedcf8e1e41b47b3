using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Mail;
using Crm.Api.Persistence;
using Hangfire;

namespace Crm.Api.Features.Service;

/// <summary>Cases with their SLA clocks and escalation, cases from mail, the caller lookup and the knowledge base.</summary>
public sealed class ServiceModule : IAreaModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddUseCases(typeof(CaseCommands), typeof(CaseQueries), typeof(CaseAttachments), typeof(SlaJob), typeof(ServiceSettingsCommands),
            typeof(CallerLookup), typeof(InboundMail), typeof(ArticleCommands), typeof(ArticleQueries));
        services.AddSingleton(ServiceTiers.From(configuration));
        services.AddSingleton<ArticleHtml>();
        services.AddScoped<IDeskMailbox>(sp => sp.GetRequiredService<InboundMail>());
        services.AddScoped<IDomainEventHandler, CasesFollowTheirAccount>();
        services.AddScoped<IDomainEventHandler, CaseNotifications>();
    }

    public void ScheduleJobs(IRecurringJobManager jobs, IServiceProvider services, IConfiguration configuration) =>
        jobs.AddOrUpdate<SlaJob>("sla", j => j.RunAsync(CancellationToken.None), configuration["Jobs:SlaCron"] ?? Cron.Minutely());
}
