using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.BuildingBlocks.Data;
using SpriteDX.BuildingBlocks.Events;
using SpriteDX.BuildingBlocks.Modules;
using SpriteDX.Modules.Generation.Data;

namespace SpriteDX.Modules.Generation;

/// <summary>Prompts turned into pixel-art sprites, paid for with reserved credits.</summary>
public sealed class GenerationModule : IModule
{
    public string Name => GenerationDbContext.SchemaName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<GenerationDbContext>(Name);
        services.AddNotificationHandlersFrom(typeof(GenerationModule).Assembly);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.MigrateModuleAsync<GenerationDbContext>(cancellationToken);
}
