using Crm.Api.Features.Sales.Availability;
using Crm.Api.Features.Sales.Commitments;
using Crm.Api.Features.Sales.Confirmations;
using Crm.Api.Features.Sales.Orders;
using Crm.Api.Features.Sales.Ownership;
using Crm.Api.Features.Sales.Quotes;
using Crm.Api.Features.Sales.Repromising;
using Crm.Api.Features.Sales.Segmentation;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Hangfire;

namespace Crm.Api.Features.Sales;

/// <summary>Quotes, orders, promising with the engine, re-promising, credit and approvals.</summary>
public sealed class SalesModule : IAreaModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddUseCases(typeof(RequestedLines), typeof(CustomerLookup), typeof(AvailabilityReader), typeof(CheckAvailability), typeof(ExploreAvailability),
            typeof(PromiseExplainer), typeof(PricedLines),
            typeof(CreateOrder), typeof(ConfirmOrder), typeof(ChangeOrder), typeof(PromiseByHand), typeof(SetPurchaseOrderNumber),
            typeof(CreditExposure), typeof(ReleaseCreditHold), typeof(OrderQueries), typeof(ShipmentRecorder),
            typeof(ErpOrderStatusRecorder), typeof(RecheckProvisionalOrders), typeof(NumberProspectOrders),
            typeof(QuoteLineResolver), typeof(QuoteTermsReader), typeof(QuotePromises), typeof(QuoteCommands), typeof(SendQuote), typeof(QuoteQueries), typeof(BuyerQuotes), typeof(BuyerAnswers), typeof(AcceptQuoteOnline), typeof(QuotePdf), typeof(ConvertQuote), typeof(ExpireQuotes),
            typeof(ApprovalAuthority), typeof(ApprovalQueries),
            typeof(CommitmentTransaction), typeof(RepromiseQueue), typeof(ProcessBackorders), typeof(RepromiseMovedProducts),
            typeof(AtRiskQueries), typeof(AcknowledgeRisk), typeof(CustomerTeams), typeof(SegmentCustomers));
        services.AddSingleton(BackorderOptions.From(configuration));
        services.AddScoped<IDomainEventHandler, PromiseHistory>();
        // Backorder processing sets what it weighs on the same instance the door hands the events to.
        services.AddScoped<IDomainEventHandler>(sp => sp.GetRequiredService<RepromiseMovedProducts>());
        services.AddScoped<IDomainEventHandler, DocumentsFollowTheirCustomer>();
        services.AddScoped<IDomainEventHandler, AskManagerToApprove>();
        services.AddScoped<OrderConfirmationPdf>();
        services.AddScoped<IDomainEventHandler, ConfirmOrdersToCustomers>();
    }

    public void ScheduleJobs(IRecurringJobManager jobs, IServiceProvider services, IConfiguration configuration)
    {
        jobs.AddOrUpdate<ProcessBackorders>("backorders", p => p.RunAsync(CancellationToken.None), configuration["Jobs:BackordersCron"] ?? Cron.Minutely());
        jobs.AddOrUpdate<RecheckProvisionalOrders>("provisional-orders", j => j.RunAsync(CancellationToken.None),
            configuration["Jobs:ProvisionalCron"] ?? Cron.Minutely());
        jobs.AddOrUpdate<ExpireQuotes>("quote-expiry", j => j.RunAsync(CancellationToken.None), configuration["Jobs:QuoteExpiryCron"] ?? Cron.Hourly());
        jobs.AddOrUpdate<SegmentCustomers>("segmentation", j => j.RunAsync(CancellationToken.None), configuration["Jobs:SegmentationCron"] ?? Cron.Daily(2));
    }
}
