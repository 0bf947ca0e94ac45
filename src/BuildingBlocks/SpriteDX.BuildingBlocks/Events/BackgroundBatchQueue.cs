using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SpriteDX.BuildingBlocks.Events;

/// <summary>
/// Work a hot path only notices (a notification handler writes an item and returns), done in the background of this
/// process in batches: items written while a batch runs are handled together, in a scope of their own, so a check
/// that would cost a query per spend costs one per batch. Nothing here is durable: a subclass is only for work whose
/// loss in a restart (or to a full queue) the next item, or a page's own check, makes good.
/// </summary>
public abstract class BackgroundBatchQueue<TItem>(IServiceScopeFactory scopes, ILogger logger) : BackgroundService
{
    /// <summary>Items per batch; a larger backlog is handled in several.</summary>
    public const int MaxBatch = 500;

    private readonly Channel<TItem> _items = Channel.CreateBounded<TItem>(
        new BoundedChannelOptions(100_000) { SingleReader = true, FullMode = BoundedChannelFullMode.DropWrite });

    private int _pending;

    /// <summary>Items written and not yet handled (what a test waits for, and a gauge to watch).</summary>
    public int Pending => Volatile.Read(ref _pending);

    protected void Write(TItem item)
    {
        if (_items.Writer.TryWrite(item))
            Interlocked.Increment(ref _pending);
    }

    /// <summary>Handles one batch; a failure is logged and the batch dropped (see the class summary).</summary>
    protected abstract Task HandleAsync(IServiceProvider services, IReadOnlyList<TItem> batch, CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _items.Reader.WaitToReadAsync(stoppingToken))
            {
                var batch = new List<TItem>();
                while (batch.Count < MaxBatch && _items.Reader.TryRead(out var item))
                    batch.Add(item);

                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await HandleAsync(scope.ServiceProvider, batch, stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning(ex, "{Queue} dropped a batch of {Count} after a failure; later items check again", GetType().Name, batch.Count);
                }
                finally
                {
                    Interlocked.Add(ref _pending, -batch.Count);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: what was queued is lost, as the class summary allows.
        }
    }
}

public static class BackgroundBatchQueueServiceCollectionExtensions
{
    /// <summary>One queue per process: the handlers writing to it and the background service draining it share it.</summary>
    public static IServiceCollection AddBackgroundBatchQueue<TQueue>(this IServiceCollection services)
        where TQueue : class, IHostedService
    {
        services.AddSingleton<TQueue>();
        return services.AddHostedService(sp => sp.GetRequiredService<TQueue>());
    }
}
