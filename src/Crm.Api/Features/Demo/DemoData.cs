using Crm.Api.Features.Integration;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Common;
using ErpBridge;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Demo;

/// <summary>Roles always; in demo mode also the demo users, their teams and, on the flat-file bridge, the shipped ERP
/// exports, with two of the demo customers handed to team South.</summary>
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
        ("service@demo.b2bcrm", Roles.Service),
        ("integration@demo.b2bcrm", Roles.Integration),
        ("buyer.nordwerk@demo.b2bcrm", Roles.Customer),
        ("buyer.baltic@demo.b2bcrm", Roles.Customer),
    ];

    /// <summary>Two sales teams with a rep each and one manager over both. North takes the customers the ERP sends.</summary>
    public static readonly (string Name, string Manager, string Rep, bool TakesNewCustomers)[] Teams =
    [
        ("North", "manager@demo.b2bcrm", "sales@demo.b2bcrm", true),
        ("South", "manager@demo.b2bcrm", "sales2@demo.b2bcrm", false),
    ];

    /// <summary>The demo customers team South works; the others stay with North.</summary>
    public static readonly string[] SouthCustomers = ["C-1003", "C-1004"];

    public static async Task SeedAsync(IServiceProvider services, bool demo, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role)) Check(await roles.CreateAsync(new IdentityRole(role)));
        }
        await Pipeline.Stages.EnsureAsync(scope.ServiceProvider.GetRequiredService<CrmDbContext>(), scope.ServiceProvider.GetRequiredService<UnitOfWork>(), ct);
        if (!demo) return;

        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        foreach (var (email, role) in Users)
        {
            if (await users.FindByEmailAsync(email) is not null) continue;
            var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRoleAsync(user, role));
        }

        await SeedTeamsAsync(scope.ServiceProvider, ct);
        if (scope.ServiceProvider.GetRequiredService<ErpOptions>().Mode == ErpMode.FileDrop)
        {
            await scope.ServiceProvider.GetRequiredService<ErpSyncJob>().RunAsync(ct);
            await HandSouthItsCustomersAsync(scope.ServiceProvider, ct);
            await DemoPipeline.SeedAsync(scope.ServiceProvider, ct);
            await DemoService.SeedAsync(scope.ServiceProvider, ct);
        }
    }

    /// <summary>The demo teams, made once (a team of that name is left as it is).</summary>
    public static async Task SeedTeamsAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var db = services.GetRequiredService<CrmDbContext>();
        var unitOfWork = services.GetRequiredService<UnitOfWork>();
        foreach (var (name, manager, rep, takesNew) in Teams)
            if (!await db.Teams.AnyAsync(t => t.Name == name, ct)) db.Teams.Add(Team.Create(name, manager, [rep], takesNew));
        await unitOfWork.SaveAsync(ct);
    }

    private static async Task HandSouthItsCustomersAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<CrmDbContext>();
        var unitOfWork = services.GetRequiredService<UnitOfWork>();
        var south = await db.Teams.Include(t => t.Members).FirstAsync(t => t.Name == "South", ct);
        var numbers = SouthCustomers.Select(n => new CustomerNumber(n)).ToList();
        foreach (var customer in await db.Customers.Where(c => numbers.Contains(c.CustomerNumber!) && c.TeamId != south.Id).ToListAsync(ct))
            customer.AssignTo(south, south.Members[0].UserName);
        await unitOfWork.SaveAsync(ct);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
