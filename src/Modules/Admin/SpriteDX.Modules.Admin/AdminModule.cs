using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.BuildingBlocks.Data;
using SpriteDX.BuildingBlocks.Events;
using SpriteDX.BuildingBlocks.Modules;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Admin.Data;
using SpriteDX.Modules.Admin.Features.DeadLetters;
using SpriteDX.Modules.Admin.Features.Decisions;

namespace SpriteDX.Modules.Admin;

/// <summary>Account management, billing flags, credit grants and the audit log for admins.</summary>
public sealed class AdminModule : IModule
{
    public string Name => AdminDbContext.SchemaName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<AdminDbContext>(Name);
        services.AddNotificationHandlersFrom(typeof(AdminModule).Assembly);
        services.AddSingleton<IUserMenuContributor, AdminMenu>();
        services.AddScoped<AccountDecisions>();
        services.AddScoped<DeadLetterActions>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.MigrateModuleAsync<AdminDbContext>(cancellationToken);
}
