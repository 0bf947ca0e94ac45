using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SpriteDX.BuildingBlocks.Modules;

public static class StartupTasks
{
    /// <summary>
    /// Runs a module's service once as the host starts, in its own scope. Hosted services start
    /// after every module's database is migrated, so the task may already talk to other modules.
    /// </summary>
    public static IServiceCollection AddStartupTask<TTask>(this IServiceCollection services, Func<TTask, CancellationToken, Task> run)
        where TTask : class =>
        services.AddHostedService(sp => new StartupTask<TTask>(sp.GetRequiredService<IServiceScopeFactory>(), run));

    private sealed class StartupTask<TTask>(IServiceScopeFactory scopes, Func<TTask, CancellationToken, Task> run) : IHostedService
        where TTask : class
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            await using var scope = scopes.CreateAsyncScope();
            await run(scope.ServiceProvider.GetRequiredService<TTask>(), cancellationToken);
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
