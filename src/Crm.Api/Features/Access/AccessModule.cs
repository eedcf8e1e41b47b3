using Crm.Api.Infrastructure;

namespace Crm.Api.Features.Access;

/// <summary>Sign-in, sessions and the administration of users.</summary>
public sealed class AccessModule : IAreaModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSignIn();
        services.AddScoped<UserAdministration>();
    }
}
