using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SpriteDX.BuildingBlocks.Outbox;

/// <summary>
/// Writes "published" on delivered outbox rows and lets go of their lease. The immediate publisher's
/// deliveries are gathered for a moment and marked many rows per UPDATE, so a busy module commits once per
/// business change instead of twice. Until its mark is written a row stays leased to this process, so no
/// sweep (of any instance) takes it; if the process dies first, the lease runs out and the sweep delivers
/// it again, which the handlers' inboxes make harmless.
/// </summary>
internal sealed class PublishedMarks<TContext>(string module, IServiceScopeFactory scopes, TimeProvider clock, TimeSpan delay, ILogger logger)
    : IAsyncDisposable, IDisposable
    where TContext : DbContext
{
    private const int BatchSize = 500;

    private readonly Channel<Guid> _delivered = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _hurry = new(); // no timer: left to the GC, so a late stop can still cancel it
    private readonly Lock _gate = new();
    private Task? _writer;
    private volatile bool _abandoned;

    public async Task WriteNowAsync(TContext db, IReadOnlyList<Guid> published)
    {
        var now = clock.GetUtcNow();
        await db.Set<OutboxMessage>()
            .Where(m => published.Contains(m.Id))
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.PublishedAt, now)
                .SetProperty(m => m.LastError, (string?)null)
                .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null), CancellationToken.None);
    }

    /// <summary>Gathers the marks into the UPDATE of the next moment; with no delay configured, writes them now.</summary>
    public Task WriteSoonAsync(Func<TContext> db, IReadOnlyList<Guid> published)
    {
        if (delay <= TimeSpan.Zero)
            return WriteNowAsync(db(), published);
        foreach (var id in published)
        {
            if (!_delivered.Writer.TryWrite(id))
                return Task.CompletedTask; // stopped: the lease runs out and the sweep settles the row
        }

        lock (_gate)
            _writer ??= Task.Run(WriteGatheredAsync);
        return Task.CompletedTask;
    }

    /// <summary>Writes every gathered mark now and stops (the host is stopping; its database is still there).</summary>
    public async Task CompleteAsync()
    {
        _delivered.Writer.TryComplete();
        await _hurry.CancelAsync();
        Task? writer;
        lock (_gate)
            writer = _writer;
        if (writer is not null)
            await writer;
    }

    private async Task WriteGatheredAsync()
    {
        var batch = new List<Guid>(BatchSize);
        while (await _delivered.Reader.WaitToReadAsync())
        {
            try
            {
                await Task.Delay(delay, _hurry.Token); // gather the deliveries of the next moment into the same UPDATE
            }
            catch (OperationCanceledException)
            {
                // stopping: write what is there at once
            }

            while (_delivered.Reader.TryRead(out var id) && !_abandoned)
            {
                batch.Add(id);
                if (batch.Count < BatchSize && _delivered.Reader.TryPeek(out _))
                    continue;
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await WriteNowAsync(scope.ServiceProvider.GetRequiredService<TContext>(), batch);
                }
                catch (Exception ex)
                {
                    logger.LogWarning(ex, "{Module}: could not mark {Count} delivered notifications; the sweep delivers them again when their lease runs out", module, batch.Count);
                }

                batch.Clear();
            }
        }
    }

    /// <summary>The container is going away with the services the marks need: gathered marks are left to the leases.</summary>
    public async ValueTask DisposeAsync()
    {
        _abandoned = true;
        await CompleteAsync(); // also after the host's stop has completed it: both steps may come twice
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
