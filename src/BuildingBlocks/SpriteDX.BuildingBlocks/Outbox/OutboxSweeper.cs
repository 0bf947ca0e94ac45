using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SpriteDX.BuildingBlocks.Events;

namespace SpriteDX.BuildingBlocks.Outbox;

/// <summary>
/// Delivers what the immediate publish could not: rows left by a crash between commit and publish,
/// and retries of failed handlers once their back-off has passed. Runs at start-up, then periodically.
/// </summary>
internal sealed class OutboxSweeper(
    IEnumerable<IOutboxDispatcher> dispatchers,
    TimeProvider clock,
    IOptions<EventBusOptions> options,
    ILogger<OutboxSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // let the host finish starting before the first sweep
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var dispatcher in dispatchers)
            {
                try
                {
                    while (await dispatcher.DispatchDueAsync(stoppingToken) > 0 && !stoppingToken.IsCancellationRequested)
                    {
                    }
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception ex)
                {
                    logger.LogError(ex, "{Module}: outbox sweep failed", dispatcher.Module);
                }
            }

            try
            {
                await Task.Delay(options.Value.SweepInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        foreach (var dispatcher in dispatchers)
        {
            try
            {
                await dispatcher.WritePendingMarksAsync();
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "{Module}: delivery marks left to the leases at shutdown", dispatcher.Module);
            }
        }
    }
}
