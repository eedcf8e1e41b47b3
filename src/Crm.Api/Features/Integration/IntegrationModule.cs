using Crm.Api.Features.Sales.Availability;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using ErpBridge;
using ErpBridge.Sync;
using Hangfire;

namespace Crm.Api.Features.Integration;

/// <summary>The ERP: the bridge and its sync store, the outbox that tells the ERP about orders and prospects, and the
/// freshness of the supply data that Sales promises from.</summary>
public sealed class IntegrationModule : IAreaModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddErpBridge(configuration);
        services.AddScoped<IErpSyncStore, EfErpSyncStore>();
        services.AddUseCases(typeof(OutboxDispatcher), typeof(OutboxDelivery), typeof(OutboxOutcomes), typeof(ErpSyncJob), typeof(ErpStatusQuery),
            typeof(DeadLetters), typeof(AcknowledgementReader), typeof(ErpRejections));
        services.AddSingleton<OutboxKick>();
        services.AddSingleton(OutboxOptions.From(configuration));
        // REST ERPs are asked again when their data is older than this; flat-file drops are as fresh as their last export.
        services.AddSingleton(new AtpOptions(configuration.GetValue<TimeSpan?>("Atp:MaxDataAge")
            ?? (configuration.GetValue("Erp:Mode", ErpMode.FileDrop) == ErpMode.Rest ? TimeSpan.FromMinutes(15) : null)));
        services.AddSingleton<LastSupplySync>();
        services.AddScoped<ISupplyFreshness, SupplyFreshness>();
        services.AddScoped<IDomainEventHandler, TellErpAboutOrders>();
        services.AddScoped<IDomainEventHandler, AskErpForCustomers>();
    }

    public void ScheduleJobs(IRecurringJobManager jobs, IServiceProvider services, IConfiguration configuration)
    {
        jobs.AddOrUpdate<OutboxDispatcher>("erp-outbox", d => d.DispatchAsync(CancellationToken.None), configuration["Jobs:OutboxCron"] ?? Cron.Minutely());
        // A node that starts after a crash sends what waits in the outbox now, not at the next sweep.
        services.GetRequiredService<IBackgroundJobClient>().Enqueue<OutboxDispatcher>(d => d.DispatchAsync(CancellationToken.None));
        jobs.AddOrUpdate<ErpSyncJob>("erp-sync", j => j.RunAsync(CancellationToken.None), configuration["Jobs:ErpSyncCron"] ?? "*/15 * * * *");
    }
}
