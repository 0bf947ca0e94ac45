using Hangfire;
using SpriteDX.BuildingBlocks.Data;
using SpriteDX.BuildingBlocks.Modules;

namespace SpriteDX.Host.Composition;

internal static class ModuleComposition
{
    public static IServiceCollection AddModules(this IServiceCollection services, IConfiguration configuration, IReadOnlyList<IModule> modules)
    {
        var razorPages = services.AddRazorPages(options => options.Conventions.ConfigureFilter(new UnhandledPageMethods()));
        foreach (var module in modules)
        {
            module.AddServices(services, configuration);
            razorPages.AddApplicationPart(module.GetType().Assembly);
        }

        return services;
    }

    /// <summary>
    /// Migrates the Host's own tables, Hangfire's storage and every module, holding the cluster-wide
    /// "migrations" lock: hosts starting together on one PostgreSQL database take turns, and the
    /// later ones find nothing left to do.
    /// </summary>
    public static async Task MigrateModulesAsync(this WebApplication app, IReadOnlyList<IModule> modules)
    {
        var stopping = app.Lifetime.ApplicationStopping;
        await using var exclusive = await app.Services.GetRequiredService<ClusterLock>().AcquireAsync("migrations", stopping);
        await app.Services.MigratePlatformAsync(stopping);
        app.Services.GetRequiredService<JobStorage>(); // Hangfire.PostgreSql installs its schema when first built
        foreach (var module in modules)
            await module.MigrateAsync(app.Services, stopping);
    }

    public static void MapModules(this WebApplication app, IReadOnlyList<IModule> modules)
    {
        foreach (var module in modules)
            module.MapEndpoints(app);
    }
}
