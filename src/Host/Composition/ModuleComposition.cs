using SpriteDX.BuildingBlocks.Modules;

namespace SpriteDX.Host.Composition;

internal static class ModuleComposition
{
    public static IServiceCollection AddModules(this IServiceCollection services, IConfiguration configuration, IReadOnlyList<IModule> modules)
    {
        var razorPages = services.AddRazorPages();
        foreach (var module in modules)
        {
            module.AddServices(services, configuration);
            razorPages.AddApplicationPart(module.GetType().Assembly);
        }

        return services;
    }

    public static async Task MigrateModulesAsync(this WebApplication app, IReadOnlyList<IModule> modules)
    {
        var stopping = app.Lifetime.ApplicationStopping;
        foreach (var module in modules)
            await module.MigrateAsync(app.Services, stopping);
    }

    public static void MapModules(this WebApplication app, IReadOnlyList<IModule> modules)
    {
        foreach (var module in modules)
            module.MapEndpoints(app);
    }
}
