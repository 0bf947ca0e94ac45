using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using SpriteDX.BuildingBlocks.Data;
using SpriteDX.BuildingBlocks.Events;
using SpriteDX.Host.Data;

namespace SpriteDX.Host.Composition;

internal static class PlatformComposition
{
    public static IServiceCollection AddPlatform(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var database = DatabaseSettings(configuration, environment);
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<DatabaseOptions>().Configure(options =>
        {
            options.Provider = database.Provider;
            options.DataDirectory = database.DataDirectory;
            options.PostgresConnectionString = database.PostgresConnectionString;
        });
        services.AddSingleton<ClusterLock>();
        services.AddEventBus();

        // Sign-in cookies and antiforgery tokens survive a restart, and on PostgreSQL every host
        // reads the same keys, so a request may land on any instance.
        var dataProtection = services.AddDataProtection().SetApplicationName("SpriteDX");
        if (database.SharedByInstances)
        {
            services.AddDbContext<DataProtectionKeysDbContext>((sp, options) => ModuleDatabaseServiceCollectionExtensions.UseModuleDatabase(
                options, sp.GetRequiredService<IOptions<DatabaseOptions>>().Value, DataProtectionKeysDbContext.SchemaName));
            dataProtection.PersistKeysToDbContext<DataProtectionKeysDbContext>();
        }
        else
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(database.DataDirectory, "keys")));
        }

        return services;
    }

    /// <summary>Migrates what the Host itself keeps in the database (the shared data-protection keys).</summary>
    public static async Task MigratePlatformAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        if (services.GetRequiredService<IOptions<DatabaseOptions>>().Value.SharedByInstances)
            await services.MigrateModuleAsync<DataProtectionKeysDbContext>(cancellationToken);
    }

    private static DatabaseOptions DatabaseSettings(IConfiguration configuration, IHostEnvironment environment) => new()
    {
        Provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite),
        DataDirectory = DataDirectory(configuration, environment),
        PostgresConnectionString = configuration.GetConnectionString("Postgres") ?? "",
    };

    /// <summary>`SpriteDX:DataDir`, relative to the content root when not absolute; created if missing.</summary>
    public static string DataDirectory(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["SpriteDX:DataDir"];
        var directory = Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? "App_Data" : configured, environment.ContentRootPath);
        Directory.CreateDirectory(directory);
        return directory;
    }
}
