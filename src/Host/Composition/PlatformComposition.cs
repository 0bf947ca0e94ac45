using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Options;
using SpriteDX.BuildingBlocks.Data;
using SpriteDX.BuildingBlocks.Events;
using SpriteDX.BuildingBlocks.Mail;
using SpriteDX.BuildingBlocks.Web;
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
        services.AddEmail(configuration); // the transport every module's mail queue sends through
        services.AddPublicAddress(configuration);
        services.AddAdminOrDevelopmentPolicy(); // who may open /debug/* pages

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

    /// <summary>
    /// `SpriteDX:PublicUrl` for links in e-mail; when it is set and `AllowedHosts` is left at `*`, only its host is
    /// served, so a request naming another host (`Host: evil.example`) is refused instead of redirected there.
    /// </summary>
    private static void AddPublicAddress(this IServiceCollection services, IConfiguration configuration)
    {
        var publicUrl = configuration["SpriteDX:PublicUrl"];
        services.AddSingleton(sp => new PublicAddress(publicUrl, sp.GetRequiredService<IServer>()));
        if (Uri.TryCreate(publicUrl, UriKind.Absolute, out var address) && configuration["AllowedHosts"] is null or "*")
            services.Configure<HostFilteringOptions>(hosts => hosts.AllowedHosts = [address.Host]);
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
