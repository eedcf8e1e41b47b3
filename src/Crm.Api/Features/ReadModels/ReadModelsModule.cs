using Crm.Api.Infrastructure;

namespace Crm.Api.Features.ReadModels;

/// <summary>Screens that read across the areas and never write (DESIGN.md §2): the customer 360, global search, the
/// dashboards and the audit reader.</summary>
public sealed class ReadModelsModule : IAreaModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddUseCases(typeof(CustomerOverview), typeof(GlobalSearch), typeof(DashboardQuery), typeof(AuditQueries), typeof(OrderTimeline));
    }
}
