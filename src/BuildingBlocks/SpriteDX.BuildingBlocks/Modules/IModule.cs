using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SpriteDX.BuildingBlocks.Modules;

/// <summary>A vertical slice of the product that owns its data, pages and reactions to notifications.</summary>
public interface IModule
{
    string Name { get; }

    void AddServices(IServiceCollection services, IConfiguration configuration);

    void MapEndpoints(IEndpointRouteBuilder endpoints);

    Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken);
}
