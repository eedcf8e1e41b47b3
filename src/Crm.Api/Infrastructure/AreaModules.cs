using System.Reflection;
using Hangfire;

namespace Crm.Api.Infrastructure;

/// <summary>An area of the product (DESIGN.md §2) that registers itself: its use cases, event handlers, options and
/// recurring jobs. Its endpoints are the endpoint groups in its namespace. Program.cs composes the modules it finds
/// and never names an area's services.</summary>
public interface IAreaModule
{
    void AddServices(IServiceCollection services, IConfiguration configuration);

    void ScheduleJobs(IRecurringJobManager jobs, IServiceProvider services, IConfiguration configuration)
    {
    }
}

public static class AreaModules
{
    /// <summary>Finds the modules of the assembly and adds their services.</summary>
    public static void AddAreaModules(this WebApplicationBuilder builder, Assembly assembly)
    {
        var modules = Find(assembly);
        foreach (var module in modules) module.AddServices(builder.Services, builder.Configuration);
        builder.Services.AddSingleton<IReadOnlyList<IAreaModule>>(modules);
    }

    /// <summary>Maps each module's endpoint groups and schedules its recurring jobs.</summary>
    public static void MapAreaModules(this WebApplication app)
    {
        var modules = app.Services.GetRequiredService<IReadOnlyList<IAreaModule>>();
        var jobs = app.Services.GetRequiredService<IRecurringJobManager>();
        foreach (var module in modules)
        {
            foreach (var group in EndpointGroupsOf(module)) group.Map(app);
            module.ScheduleJobs(jobs, app.Services, app.Configuration);
        }
    }

    public static IReadOnlyList<IAreaModule> Find(Assembly assembly) =>
        [.. assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IAreaModule).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (IAreaModule)Activator.CreateInstance(t)!)];

    /// <summary>The endpoint groups in the module's namespace and below it.</summary>
    public static IEnumerable<IEndpointGroup> EndpointGroupsOf(IAreaModule module)
    {
        var area = module.GetType().Namespace!;
        return module.GetType().Assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IEndpointGroup).IsAssignableFrom(t)
                && (t.Namespace == area || t.Namespace!.StartsWith(area + ".", StringComparison.Ordinal)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (IEndpointGroup)Activator.CreateInstance(t)!);
    }
}

public static class UseCaseRegistration
{
    /// <summary>An area's use cases and queries, one instance per request.</summary>
    public static IServiceCollection AddUseCases(this IServiceCollection services, params Type[] useCases)
    {
        foreach (var useCase in useCases) services.AddScoped(useCase);
        return services;
    }
}
