using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SpriteDX.Modules.Credits.Features.LowBalance;

/// <summary>
/// Accounts whose balance changed, checked against their low-balance alert in the background of this process: the
/// spend that changed the balance only writes the account id here (a primary-key read per spend cost the spend path
/// a third of its throughput). Accounts queued while a batch runs are checked together, with one query. Nothing
/// here is durable, and need not be: a check lost in a restart (or to a full queue) leaves the alert armed against
/// the stored balance, so the account's next balance change, or its next page, fires it.
/// </summary>
internal sealed class LowBalanceWatchQueue(IServiceScopeFactory scopes, ILogger<LowBalanceWatchQueue> logger) : BackgroundService
{
    /// <summary>Accounts per batch; a larger backlog is checked in several.</summary>
    public const int MaxBatch = 500;

    private readonly Channel<Guid> _changed = Channel.CreateBounded<Guid>(
        new BoundedChannelOptions(100_000) { SingleReader = true, FullMode = BoundedChannelFullMode.DropWrite });

    private int _pending;

    /// <summary>Balance changes written here and not yet checked (what a test waits for, and a gauge to watch).</summary>
    public int Pending => Volatile.Read(ref _pending);

    public void Changed(Guid accountId)
    {
        if (_changed.Writer.TryWrite(accountId))
            Interlocked.Increment(ref _pending);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _changed.Reader.WaitToReadAsync(stoppingToken))
            {
                var batch = new HashSet<Guid>();
                var taken = 0;
                while (batch.Count < MaxBatch && _changed.Reader.TryRead(out var accountId))
                {
                    batch.Add(accountId);
                    taken++;
                }

                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<LowBalanceAlerts>().WatchAsync(batch, stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning(ex, "Checking {Count} accounts' low-balance alerts failed; their next balance change checks again", batch.Count);
                }
                finally
                {
                    Interlocked.Add(ref _pending, -taken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: an alert left armed fires on the account's next balance change.
        }
    }
}
