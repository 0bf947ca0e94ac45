using Hangfire;
using Hangfire.Common;
using Hangfire.Dashboard;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.Extensions.Options;
using SpriteDX.BuildingBlocks.Data;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Admin.Contracts;

namespace SpriteDX.Host.Composition;

internal static class BackgroundJobs
{
    public const string PostgresSchema = "hangfire";

    public const string DashboardPath = "/admin/jobs";

    /// <summary>
    /// On SQLite, in-memory storage on one machine: every job SpriteDX runs can be re-created from a
    /// module's durable tables (webhook inbox, generations), so nothing is lost with the process
    /// (ADR 0003). On PostgreSQL, schema `hangfire` of the shared database: jobs survive a restart,
    /// any host's workers may run them, and recurring jobs and DisableConcurrentExecution take
    /// Hangfire's distributed locks, so each runs once across the cluster (ADR 0006).
    /// </summary>
    public static IServiceCollection AddBackgroundJobs(this IServiceCollection services)
    {
        // Storage and activator are this host's own singletons, not Hangfire's globals: two hosts in
        // one process (tests, a restart) must never hand jobs, or services, to each other.
        services.AddSingleton<JobStorage>(sp =>
        {
            var database = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            // Finished jobs are kept an hour for the dashboard, not Hangfire's default day: in process
            // memory, a day of generations and webhooks would outgrow a small machine's budget.
            if (!database.SharedByInstances)
                return new InMemoryStorage(new InMemoryStorageOptions { MaxExpirationTime = TimeSpan.FromHours(1) });
            return new PostgreSqlStorage(sp.GetRequiredService<IConnectionFactory>(), PostgresStorageOptions());
        });
        // Hangfire's own connections to PostgreSQL (a test harness may wrap it to cut them, as a dying process would).
        services.AddSingleton<IConnectionFactory>(sp => new NpgsqlConnectionFactory(
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.PostgresConnectionString, PostgresStorageOptions()));
        services.AddSingleton<JobActivator>(sp => new Hangfire.AspNetCore.AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HangfireLogBridge(sp.GetRequiredService<ILoggerFactory>())));
        services.AddSingleton(new AdminNavigation(new NavigationLink("Jobs", DashboardPath, 50)));
        services.AddHangfireServer(server =>
        {
            server.SchedulePollingInterval = TimeSpan.FromSeconds(1);
            server.WorkerCount = Math.Max(2, Environment.ProcessorCount * 2);
            // This server's own filters next to Hangfire's global ones, which every host in the process shares.
            server.FilterProvider = new JobFilterProviderCollection(JobFilterProviders.Providers, new JobFilterCollection { new JobTracingFilter() });
        });
        return services;
    }

    private static PostgreSqlStorageOptions PostgresStorageOptions() => new()
    {
        SchemaName = PostgresSchema,
        PrepareSchemaIfNecessary = true,
        EnableLongPolling = true, // LISTEN/NOTIFY wakes a worker on enqueue; polling is the fallback
        QueuePollInterval = TimeSpan.FromSeconds(1),
        // A running job's host keeps renewing its hold; a job of a host that died (a webhook's reconciliation,
        // a render) is picked up by another host within the timeout, seconds rather than minutes (#22).
        UseSlidingInvisibilityTimeout = true,
        InvisibilityTimeout = TimeSpan.FromSeconds(15),
    };

    public static void MapJobsDashboard(this WebApplication app) =>
        app.UseHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [new AdminsOnlyDashboardFilter()],
            DashboardTitle = "SpriteDX background jobs",
            AppPath = AdminLinks.Accounts,
        });

    /// <summary>
    /// Hangfire keeps its log provider in a static; a host that outlives another (tests, restarts)
    /// must not log through the other's disposed logger factory, so a disposed one goes quiet.
    /// </summary>
    private sealed class HangfireLogBridge(ILoggerFactory factory) : Hangfire.Logging.ILogProvider
    {
        public Hangfire.Logging.ILog GetLogger(string name)
        {
            try
            {
                return new MicrosoftLog(factory.CreateLogger(name));
            }
            catch (ObjectDisposedException)
            {
                return new MicrosoftLog(Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
            }
        }

        private sealed class MicrosoftLog(ILogger logger) : Hangfire.Logging.ILog
        {
            public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
            {
                var level = logLevel switch
                {
                    Hangfire.Logging.LogLevel.Trace => LogLevel.Trace,
                    Hangfire.Logging.LogLevel.Debug => LogLevel.Debug,
                    Hangfire.Logging.LogLevel.Info => LogLevel.Information,
                    Hangfire.Logging.LogLevel.Warn => LogLevel.Warning,
                    Hangfire.Logging.LogLevel.Error => LogLevel.Error,
                    _ => LogLevel.Critical,
                };
                if (messageFunc is null)
                    return logger.IsEnabled(level);
                try
                {
                    logger.Log(level, exception, "{Message}", messageFunc());
                }
                catch (ObjectDisposedException)
                {
                }

                return true;
            }
        }
    }

    /// <summary>Hangfire answers 401 to an anonymous visitor and 403 to a signed-in non-admin.</summary>
    private sealed class AdminsOnlyDashboardFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsAdmin();
    }
}
