using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.BuildingBlocks.Data;
using SpriteDX.BuildingBlocks.Events;
using SpriteDX.BuildingBlocks.Modules;
using SpriteDX.Modules.Credits.Data;

namespace SpriteDX.Modules.Credits;

/// <summary>Every credit an account has: the ledger, the balance, reservations for generations.</summary>
public sealed class CreditsModule : IModule
{
    public string Name => CreditsDbContext.SchemaName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<CreditsDbContext>(Name);
        services.AddNotificationHandlersFrom(typeof(CreditsModule).Assembly);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.MigrateModuleAsync<CreditsDbContext>(cancellationToken);
}
