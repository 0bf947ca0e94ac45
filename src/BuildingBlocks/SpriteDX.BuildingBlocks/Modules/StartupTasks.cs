using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
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
        return services.AddHostedService(sp => new StartupTask<TTask>(sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<ClusterLock>(), run));
    }

    private sealed class StartupTask<TTask>(IServiceScopeFactory scopes, ClusterLock clusterLock, Func<TTask, CancellationToken, Task> run) : IHostedService
        where TTask : class
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            await using var exclusive = await clusterLock.AcquireAsync("startup:" + typeof(TTask).FullName, cancellationToken);
            await using var scope = scopes.CreateAsyncScope();
            await run(scope.ServiceProvider.GetRequiredService<TTask>(), cancellationToken);
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
