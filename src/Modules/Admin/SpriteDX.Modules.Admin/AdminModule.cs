using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.BuildingBlocks.Data;
using SpriteDX.BuildingBlocks.Events;
using SpriteDX.BuildingBlocks.Modules;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Admin.Contracts;
using SpriteDX.Modules.Admin.Data;
using SpriteDX.Modules.Admin.Features.DeadLetters;
using SpriteDX.Modules.Admin.Features.Decisions;

namespace SpriteDX.Modules.Admin;

/// <summary>Account management, billing flags, credit grants and the audit log for admins.</summary>
public sealed class AdminModule : IModule
{
    /// <summary>Names the module's SQLite file and PostgreSQL schema, so the migrations hold it: never change it.</summary>
    public const string ModuleName = "admin";

    public string Name => ModuleName;

    /// <summary>None: `Admin:BootstrapEmails` says who becomes an admin on sign-up, which Accounts decides.</summary>
    public IReadOnlyList<string> ConfigurationSections { get; } = [];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<AdminDbContext>(Name);
        services.AddNotificationHandlersFrom(typeof(AdminModule).Assembly);
        services.AddSingleton<IUserMenuContributor, AdminMenu>();
        services.AddSingleton(new AdminNavigation(
            new NavigationLink("Accounts", AdminLinks.Accounts, 10),
            new NavigationLink("Audit log", "/admin/audit", 20),
            new NavigationLink("Dead letters", "/admin/dead-letters", 40)));
        services.AddScoped<AccountDecisions>();
        services.AddScoped<DeadLetterActions>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.MigrateModuleAsync<AdminDbContext>(cancellationToken);
}
