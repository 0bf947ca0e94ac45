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
    IEnumerable<IOutboxProcessor> processors,
    TimeProvider clock,
    IOptions<EventBusOptions> options,
    ILogger<OutboxSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // let the host finish starting before the first sweep
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var processor in processors)
            {
                try
                {
                    while (await processor.DispatchDueAsync(stoppingToken) > 0 && !stoppingToken.IsCancellationRequested)
                    {
                    }
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception ex)
                {
                    logger.LogError(ex, "{Module}: outbox sweep failed", processor.Module);
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
        foreach (var processor in processors.OfType<IClaimedOutboxPublisher>())
        {
            try
            {
                await processor.MarkPendingNowAsync();
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "{Module}: delivery marks left to the leases at shutdown", processor.Module);
            }
        }
    }
}
