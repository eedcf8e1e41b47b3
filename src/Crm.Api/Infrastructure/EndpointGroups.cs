using System.Reflection;

namespace Crm.Api.Infrastructure;

/// <summary>A feature's endpoints. Every implementation in the host is found and mapped at start, so a new area
/// adds its endpoints without touching Program.cs.</summary>
public interface IEndpointGroup
{
    void Map(IEndpointRouteBuilder app);
}

public static class EndpointGroups
{
    public static IEndpointRouteBuilder MapEndpointGroups(this IEndpointRouteBuilder app, Assembly assembly)
    {
        var groups = assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IEndpointGroup).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var group in groups) ((IEndpointGroup)Activator.CreateInstance(group)!).Map(app);
        return app;
    }
}
