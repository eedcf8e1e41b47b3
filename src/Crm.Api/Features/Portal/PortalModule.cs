using Crm.Api.Infrastructure;

namespace Crm.Api.Features.Portal;

/// <summary>The customer portal: buyers' invitations, their orders, invoices and cases, reorders.</summary>
public sealed class PortalModule : IAreaModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddUseCases(typeof(PortalQueries), typeof(PortalCommands), typeof(PortalInvitations), typeof(InvoicePdf));
    }
}
