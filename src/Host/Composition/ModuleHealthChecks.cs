using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SpriteDX.BuildingBlocks.Data;
using SpriteDX.BuildingBlocks.Outbox;

namespace SpriteDX.Host.Composition;

internal static class ModuleHealthChecks
{
    private const string DatabasesCheck = "module-databases";
    private const string MigrationsCheck = "module-migrations";

    public static IServiceCollection AddModuleHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .Add(new HealthCheckRegistration(
                DatabasesCheck, sp => new PerModuleHealthCheck(sp.GetRequiredService<IServiceScopeFactory>(), sp.GetServices<ModuleDatabase>(), AnswersAsync),
                failureStatus: HealthStatus.Unhealthy, tags: null, timeout: TimeSpan.FromSeconds(10)))
            .Add(new HealthCheckRegistration(
                MigrationsCheck, sp => new PerModuleHealthCheck(sp.GetRequiredService<IServiceScopeFactory>(), sp.GetServices<ModuleDatabase>(), MigratedAsync),
                failureStatus: HealthStatus.Unhealthy, tags: null, timeout: TimeSpan.FromSeconds(10)));
        return services;
    }

    /// <summary>
    /// <c>/healthz</c>: every module database answers. <c>/healthz/live</c>: the process serves requests (no
    /// database asked, so a slow database never gets a live instance restarted). <c>/healthz/ready</c>: every
    /// module database answers and has every migration this build knows, so a load balancer sends no traffic to
    /// an instance whose schema is behind.
    /// </summary>
    public static void MapPlatformEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", Report(check => check.Name == DatabasesCheck));
        app.MapHealthChecks("/healthz/live", Report(_ => false));
        app.MapHealthChecks("/healthz/ready", Report(_ => true));
        app.MapJobsDashboard();
    }

    private static HealthCheckOptions Report(Func<HealthCheckRegistration, bool> checks) => new()
    {
        Predicate = checks,
        ResponseWriter = (context, report) => context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            databases = Details(report, DatabasesCheck),
            migrations = Details(report, MigrationsCheck),
        }),
    };

    private static Dictionary<string, object>? Details(HealthReport report, string check) =>
        report.Entries.TryGetValue(check, out var entry) ? entry.Data.ToDictionary(d => d.Key, d => d.Value) : null;

    /// <summary>Healthy when every module database answers a query on its own tables.</summary>
    private static async Task<string?> AnswersAsync(DbContext db, CancellationToken ct)
    {
        await db.Set<OutboxMessage>().AnyAsync(ct);
        return null;
    }

    /// <summary>Healthy when no module database misses a migration of this build.</summary>
    private static async Task<string?> MigratedAsync(DbContext db, CancellationToken ct)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).Count();
        return pending == 0 ? null : $"{pending} pending";
    }

    /// <summary>Asks every module's database the same question; a module whose answer is a problem (or an error) makes it unhealthy.</summary>
    private sealed class PerModuleHealthCheck(
        IServiceScopeFactory scopes, IEnumerable<ModuleDatabase> databases, Func<DbContext, CancellationToken, Task<string?>> problemOf) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var states = new Dictionary<string, object>();
            var failed = new List<string>();
            await using var scope = scopes.CreateAsyncScope();
            foreach (var database in databases)
            {
                string? problem;
                try
                {
                    problem = await problemOf((DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType), cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    problem = "unavailable";
                }

                states[database.Module] = problem ?? "ok";
                if (problem is not null)
                    failed.Add(database.Module);
            }

            return failed.Count == 0
                ? HealthCheckResult.Healthy("Every module database is fine.", states)
                : HealthCheckResult.Unhealthy($"Not fine: {string.Join(", ", failed)}.", data: states);
        }
    }
}
