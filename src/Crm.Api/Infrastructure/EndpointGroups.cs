namespace Crm.Api.Infrastructure;

/// <summary>A feature's endpoints. The module of the area whose namespace holds it maps it at start
/// (<see cref="AreaModules"/>), so a new feature adds its endpoints without touching Program.cs.</summary>
public interface IEndpointGroup
{
    void Map(IEndpointRouteBuilder app);
}
