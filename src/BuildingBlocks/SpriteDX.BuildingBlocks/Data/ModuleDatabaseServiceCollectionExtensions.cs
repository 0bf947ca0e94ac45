using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SpriteDX.BuildingBlocks.Events;
using SpriteDX.BuildingBlocks.Outbox;

namespace SpriteDX.BuildingBlocks.Data;

public static class ModuleDatabaseServiceCollectionExtensions
{
    /// <summary>
    /// Registers a module's own DbContext on its own database (SQLite file `{module}.db`, or schema
    /// `{module}` of the shared PostgreSQL database), with its outbox dispatcher (publishing after
    /// SaveAndPublishAsync, and the background sweep) and its dead letters.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string module)
        where TContext : DbContext
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ClusterLock>();
        services.AddSingleton(sp => new OutboxDispatcher<TContext>(
            module,
            sp.GetRequiredService<IServiceScopeFactory>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<EventBusOptions>>(),
            sp.GetRequiredService<ILogger<OutboxDispatcher<TContext>>>()));
        services.AddSingleton<IOutboxDispatcher>(sp => sp.GetRequiredService<OutboxDispatcher<TContext>>());
        services.AddSingleton<ICommittedOutboxPublisher<TContext>>(sp => sp.GetRequiredService<OutboxDispatcher<TContext>>());
        // SaveAndPublishAsync finds the dispatcher of the context it saves by the context's type.
        services.AddKeyedSingleton<IOutboxDispatcher>(typeof(TContext), (sp, _) => sp.GetRequiredService<OutboxDispatcher<TContext>>());
        services.AddSingleton<IDeadLetterStore>(sp => new DeadLetterStore<TContext>(
            module,
            sp.GetRequiredService<OutboxDispatcher<TContext>>(),
            sp.GetRequiredService<IServiceScopeFactory>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IOutboxStatistics>(sp => new OutboxStatistics<TContext>(module, sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddSingleton(new ModuleDatabase(module, typeof(TContext)));

        services.AddDbContext<TContext>((sp, options) =>
        {
            var database = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            UseModuleDatabase(options, database, module);
            options.AddInterceptors(new MessageRowsSaveInterceptor(
                module, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<MessageRowsSaveInterceptor>>()));
        });
        return services;
    }

    /// <summary>The provider choice, shared by the app and each module's design-time factory.</summary>
    public static DbContextOptionsBuilder UseModuleDatabase(DbContextOptionsBuilder options, DatabaseOptions database, string module)
    {
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                // WAL is a property of the file, set once when it is migrated (ModuleMigrations).
                var connection = new SqliteConnectionStringBuilder
                {
                    DataSource = database.SqliteFile(module),
                    DefaultTimeout = database.BusyTimeoutSeconds,
                    ForeignKeys = true,
                    Pooling = true,
                }.ToString();
                options.UseSqlite(connection);
                options.AddInterceptors(new SqliteConnectionSetup(database.BusyTimeoutSeconds));
                break;
            case DatabaseProvider.Postgres:
                // Each module keeps its own migrations history inside its own schema.
                options.UseNpgsql(database.PostgresConnectionString, npgsql => npgsql.MigrationsHistoryTable(HistoryRepository.DefaultTableName, module));
                break;
            default:
                throw new NotSupportedException($"Database:Provider '{database.Provider}' is not supported by this build.");
        }

        options.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
        return options;
    }
}

/// <summary>A module's database, listed so health checks and migrations can reach every one of them.</summary>
public sealed record ModuleDatabase(string Module, Type ContextType);
