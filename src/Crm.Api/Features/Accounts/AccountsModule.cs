using Crm.Api.Infrastructure;

namespace Crm.Api.Features.Accounts;

/// <summary>Accounts (ERP customers and prospects), contacts, teams and ownership, duplicates, segments.</summary>
public sealed class AccountsModule : IAreaModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddUseCases(typeof(AccountQueries), typeof(CustomerQueries), typeof(CustomerSettings), typeof(AssignCustomer), typeof(ChangeAccount),
            typeof(CreateProspect), typeof(DuplicateCheck), typeof(Contacts), typeof(TeamQueries), typeof(TeamCommands), typeof(TeamAssignment),
            typeof(ApplySegments), typeof(ErpCustomerNumbers), typeof(RequestErpCustomer), typeof(DocumentBuyers), typeof(CustomersFromErp));
        services.AddSingleton<PhoneParsing>();
    }
}
