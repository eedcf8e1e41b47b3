using Crm.Api.Infrastructure;
using Crm.Api.Persistence;

namespace Crm.Api.Features.Pipeline;

/// <summary>Leads, campaigns, deals, stages, quotas and the forecast.</summary>
public sealed class PipelineModule : IAreaModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddUseCases(typeof(LeadCommands), typeof(LeadQueries), typeof(LeadDuplicates), typeof(LeadScoring), typeof(LeadImport), typeof(ConvertLead),
            typeof(CampaignCommands), typeof(CampaignQueries), typeof(Stages), typeof(OpportunityCommands), typeof(OpportunityQueries),
            typeof(QuoteFromOpportunity), typeof(ForecastQuery), typeof(Quotas));
        services.AddSingleton(LeadScoring.From(configuration));
        services.AddScoped<IDomainEventHandler, WinOpportunityOfQuote>();
        services.AddScoped<IDomainEventHandler, LinkWonDealToItsOrder>();
        services.AddScoped<IDomainEventHandler, RescoreLeadOnActivity>();
        services.AddScoped<IDomainEventHandler, DealsFollowTheirAccount>();
    }
}
