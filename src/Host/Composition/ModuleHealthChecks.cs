using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SpriteDX.BuildingBlocks.Data;
using SpriteDX.BuildingBlocks.Outbox;

namespace SpriteDX.Host.Composition;

internal static class ModuleHealthChecks
{
    public static IServiceCollection AddModuleHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().Add(new HealthCheckRegistration(
            "module-databases", sp => new ModuleDatabasesHealthCheck(sp.GetRequiredService<IServiceScopeFactory>(), sp.GetServices<ModuleDatabase>()),
            failureStatus: HealthStatus.Unhealthy, tags: null, timeout: TimeSpan.FromSeconds(10)));
        return services;
    }

    public static void MapPlatformEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            ResponseWriter = (context, report) => context.Response.WriteAsJsonAsync(new
            {
                status = report.Status.ToString(),
                databases = report.Entries.SelectMany(e => e.Value.Data).ToDictionary(d => d.Key, d => d.Value),
            }),
        });
        app.MapJobsDashboard();
    }

    /// <summary>Healthy only when every module's database answers a query on its own tables.</summary>
    private sealed class ModuleDatabasesHealthCheck(IServiceScopeFactory scopes, IEnumerable<ModuleDatabase> databases) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var states = new Dictionary<string, object>();
            var failed = new List<string>();
            await using var scope = scopes.CreateAsyncScope();
            foreach (var database in databases)
            {
                try
                {
                    var db = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
                    await db.Set<OutboxMessage>().AnyAsync(cancellationToken);
                    states[database.Module] = "ok";
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    states[database.Module] = "unavailable";
                    failed.Add(database.Module);
                }
            }

            return failed.Count == 0
                ? HealthCheckResult.Healthy("Every module database answers.", states)
                : HealthCheckResult.Unhealthy($"Unavailable: {string.Join(", ", failed)}.", data: states);
        }
    }
}
