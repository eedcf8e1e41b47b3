using Crm.Api.Features.Integration;
using Crm.Api.Infrastructure;
using ErpBridge;
using Microsoft.AspNetCore.Identity;

namespace Crm.Api.Features;

/// <summary>Roles always; in demo mode also the demo users and, on the flat-file bridge, the shipped ERP exports.</summary>
public static class DemoData
{
    public const string Password = "Demo!2345";

    public static readonly (string Email, string Role)[] Users =
    [
        ("sales@demo.b2bcrm", Roles.Sales),
        ("sales2@demo.b2bcrm", Roles.Sales),
        ("orderdesk@demo.b2bcrm", Roles.OrderDesk),
        ("manager@demo.b2bcrm", Roles.Manager),
        ("admin@demo.b2bcrm", Roles.Admin),
        ("integration@demo.b2bcrm", Roles.Integration),
    ];

    public static async Task SeedAsync(IServiceProvider services, bool demo, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role)) Check(await roles.CreateAsync(new IdentityRole(role)));
        }
        if (!demo) return;

        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        foreach (var (email, role) in Users)
        {
            if (await users.FindByEmailAsync(email) is not null) continue;
            var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRoleAsync(user, role));
        }

        if (scope.ServiceProvider.GetRequiredService<ErpOptions>().Mode == ErpMode.FileDrop)
            await scope.ServiceProvider.GetRequiredService<ErpSyncJob>().RunAsync(ct);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
