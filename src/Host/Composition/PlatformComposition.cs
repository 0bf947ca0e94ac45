using Microsoft.AspNetCore.DataProtection;
using SpriteDX.BuildingBlocks.Data;
using SpriteDX.BuildingBlocks.Events;

namespace SpriteDX.Host.Composition;

internal static class PlatformComposition
{
    public static IServiceCollection AddPlatform(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<DatabaseOptions>().Configure(options =>
        {
            options.Provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
            options.DataDirectory = DataDirectory(configuration, environment);
        });
        services.AddEventBus();

        // Keys live beside the data, so sign-in cookies and antiforgery tokens survive a restart.
        services.AddDataProtection()
            .SetApplicationName("SpriteDX")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(DataDirectory(configuration, environment), "keys")));
        return services;
    }

    /// <summary>`SpriteDX:DataDir`, relative to the content root when not absolute; created if missing.</summary>
    public static string DataDirectory(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["SpriteDX:DataDir"];
        var directory = Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? "App_Data" : configured, environment.ContentRootPath);
        Directory.CreateDirectory(directory);
        return directory;
    }
}
