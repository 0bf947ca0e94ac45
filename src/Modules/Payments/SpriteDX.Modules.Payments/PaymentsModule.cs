using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.BuildingBlocks.Data;
using SpriteDX.BuildingBlocks.Events;
using SpriteDX.BuildingBlocks.Modules;
using SpriteDX.Modules.Payments.Data;

namespace SpriteDX.Modules.Payments;

/// <summary>Credit packs sold through Stripe Checkout, and the webhooks that confirm them.</summary>
public sealed class PaymentsModule : IModule
{
    public string Name => PaymentsDbContext.SchemaName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<PaymentsDbContext>(Name);
        services.AddNotificationHandlersFrom(typeof(PaymentsModule).Assembly);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.MigrateModuleAsync<PaymentsDbContext>(cancellationToken);
}
