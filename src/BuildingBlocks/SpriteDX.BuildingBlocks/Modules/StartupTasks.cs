using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SpriteDX.BuildingBlocks.Data;

namespace SpriteDX.BuildingBlocks.Modules;

public static class StartupTasks
{
    /// <summary>
    /// Runs a module's service once as the host starts, in its own scope. Hosted services start
    /// after every module's database is migrated, so the task may already talk to other modules.
    /// Hosts sharing a database run the task one at a time (a <see cref="ClusterLock"/> per task),
    /// so a task that checks before it acts ("no accounts yet") sees what the previous host did.
    /// </summary>
    public static IServiceCollection AddStartupTask<TTask>(this IServiceCollection services, Func<TTask, CancellationToken, Task> run)
        where TTask : class
    {
        services.TryAddSingleton<ClusterLock>();
        return services.AddHostedService(sp => new StartupTask<TTask>(
            sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<ClusterLock>(), run, sp.GetRequiredService<ILogger<StartupTask<TTask>>>()));
    }

    private const int Attempts = 5;

    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// A task meeting a transient database error (a busy SQLite file, a serialization failure) runs again, in a new
    /// scope, after 0.1, 0.2, 0.4 and 0.8 s: such an error is no reason for the host not to start. Tasks must be safe to
    /// run again, as they already are for the next start. Any other error, or a fifth transient one, stops the start.
    /// </summary>
    private sealed class StartupTask<TTask>(
        IServiceScopeFactory scopes, ClusterLock clusterLock, Func<TTask, CancellationToken, Task> run, ILogger<StartupTask<TTask>> logger) : IHostedService
        where TTask : class
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            await using var exclusive = await clusterLock.AcquireAsync("startup:" + typeof(TTask).FullName, cancellationToken);
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await run(scope.ServiceProvider.GetRequiredService<TTask>(), cancellationToken);
                    return;
                }
                catch (Exception ex) when (attempt < Attempts && TransientDatabaseErrors.IsTransient(ex))
                {
                    var delay = FirstRetryDelay * (1 << (attempt - 1));
                    logger.LogWarning(ex, "Start-up task {Task} met a transient database error (attempt {Attempt} of {Attempts}); running it again in {Delay} ms",
                        typeof(TTask).Name, attempt, Attempts, delay.TotalMilliseconds);
                    await Task.Delay(delay, cancellationToken);
                }
            }
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
