using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SpriteDX.BuildingBlocks.Events;

namespace SpriteDX.BuildingBlocks.Outbox;

internal sealed class OutboxProcessor<TContext>(
    string module,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<EventBusOptions> options,
    ILogger<OutboxProcessor<TContext>> logger) : IOutboxProcessor, IClaimedOutboxPublisher, IAsyncDisposable, IDisposable
    where TContext : DbContext
{
    private const int SweepBatchSize = 100;

    private DeferredPublishedMarks? _marks;

    private DeferredPublishedMarks Marks
    {
        get
        {
            if (_marks is not null)
                return _marks;
            var marks = new DeferredPublishedMarks(MarkPublishedAsync, options.Value.PublishedMarkDelay, logger, module);
            return Interlocked.CompareExchange(ref _marks, marks, null) ?? marks;
        }
    }

    public string Module => module;

    public DateTimeOffset ClaimedUntil(DateTimeOffset now) => now + options.Value.LeaseDuration;

    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        List<Guid> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var now = clock.GetUtcNow();
            var leftToImmediatePublish = now - options.Value.SweepGrace;
            due = await scope.ServiceProvider.GetRequiredService<TContext>().Set<OutboxMessage>()
                .Where(m => m.PublishedAt == null && m.DeadLetteredAt == null
                            && (m.Attempts > 0 || m.OccurredAt <= leftToImmediatePublish)
                            && (m.NextAttemptAt == null || m.NextAttemptAt <= now)
                            && (m.LockedUntil == null || m.LockedUntil < now))
                .OrderBy(m => m.OccurredAt)
                .Select(m => m.Id)
                .Take(SweepBatchSize)
                .ToListAsync(cancellationToken);
        }

        foreach (var id in due)
            await DispatchOneAsync(id, cancellationToken);
        return due.Count;
    }

    /// <summary>The sweep's way (and a revived dead letter's): lease the row first, as another instance may want it too.</summary>
    private async Task DispatchOneAsync(Guid id, CancellationToken cancellationToken)
    {
        OutboxMessage message;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            if (!await TryLeaseAsync(db, id, cancellationToken))
                return; // another dispatcher (the sweep, another instance) has it, or it is done
            message = await db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken);
        }

        await PublishAsync([message], markLater: false, cancellationToken);
    }

    public Task PublishClaimedAsync(IReadOnlyList<OutboxMessage> claimed, CancellationToken cancellationToken) =>
        PublishAsync(claimed, markLater: true, cancellationToken);

    public Task MarkPendingNowAsync() => _marks?.CompleteAsync() ?? Task.CompletedTask;

    /// <summary>
    /// Publishes rows this process holds the lease of (claimed when they were written, or leased by the
    /// sweep), then settles them: the delivered ones marked in one UPDATE (a moment later, together with
    /// other deliveries, when <paramref name="markLater"/>), failures scheduled for a retry, and on
    /// cancellation the undelivered ones released so the next sweep takes them at once.
    /// </summary>
    private async Task PublishAsync(IReadOnlyList<OutboxMessage> claimed, bool markLater, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var published = new List<Guid>(claimed.Count);
        var failed = new List<(Guid Id, Exception Error)>();
        try
        {
            foreach (var message in claimed)
            {
                try
                {
                    await mediator.Publish(message.ToNotification(), cancellationToken);
                    published.Add(message.Id);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    failed.Add((message.Id, ex));
                }
            }
        }
        finally
        {
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            if (published.Count > 0 && markLater && options.Value.PublishedMarkDelay > TimeSpan.Zero)
                Marks.Add(published);
            else if (published.Count > 0)
                await MarkPublishedAsync(db, published);

            if (failed.Count > 0)
                await RecordFailuresAsync(db, failed);

            var undelivered = claimed.Select(m => m.Id).Except(published).Except(failed.Select(f => f.Id)).ToList();
            if (undelivered.Count > 0)
            {
                await db.Set<OutboxMessage>()
                    .Where(m => undelivered.Contains(m.Id))
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, (DateTimeOffset?)null), CancellationToken.None);
            }
        }
    }

    private async Task MarkPublishedAsync(IReadOnlyList<Guid> published)
    {
        await using var scope = scopes.CreateAsyncScope();
        await MarkPublishedAsync(scope.ServiceProvider.GetRequiredService<TContext>(), published);
    }

    private async Task MarkPublishedAsync(TContext db, IReadOnlyList<Guid> published)
    {
        var now = clock.GetUtcNow();
        await db.Set<OutboxMessage>()
            .Where(m => published.Contains(m.Id))
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.PublishedAt, now)
                .SetProperty(m => m.LastError, (string?)null)
                .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null), CancellationToken.None);
    }

    private async Task RecordFailuresAsync(TContext db, IReadOnlyList<(Guid Id, Exception Error)> failed)
    {
        var ids = failed.Select(f => f.Id).ToList();
        var rows = await db.Set<OutboxMessage>().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, CancellationToken.None);
        foreach (var (id, error) in failed)
        {
            RecordFailure(rows[id], error);
            rows[id].LockedUntil = null;
        }

        await db.SaveChangesAsync(CancellationToken.None);
    }

    private void RecordFailure(OutboxMessage message, Exception ex)
    {
        var now = clock.GetUtcNow();
        var settings = options.Value;
        message.Attempts++;
        message.LastError = Truncate(ex.Message, 4000);
        if (message.Attempts >= settings.MaxAttempts)
        {
            message.DeadLetteredAt = now;
            logger.LogError(ex, "{Module} notification {Notification} {MessageId} is a dead letter after {Attempts} attempts",
                module, message.Name, message.Id, message.Attempts);
        }
        else
        {
            message.NextAttemptAt = now + settings.RetryDelayAfter(message.Attempts);
            logger.LogWarning(ex, "{Module} notification {Notification} {MessageId} failed (attempt {Attempts}); retrying at {NextAttemptAt}",
                module, message.Name, message.Id, message.Attempts, message.NextAttemptAt);
        }
    }

    /// <summary>One conditional UPDATE decides who delivers a row, across threads and instances.</summary>
    private async Task<bool> TryLeaseAsync(TContext db, Guid id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var until = now + options.Value.LeaseDuration;
        var leased = await db.Set<OutboxMessage>()
            .Where(m => m.Id == id && m.PublishedAt == null && m.DeadLetteredAt == null
                        && (m.LockedUntil == null || m.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, until), cancellationToken);
        return leased == 1;
    }

    public async Task<IReadOnlyList<DeadLetter>> DeadLettersAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<TContext>().Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.DeadLetteredAt != null && m.DismissedAt == null)
            .OrderByDescending(m => m.DeadLetteredAt)
            .ToListAsync(cancellationToken);
        return rows.Select(m => new DeadLetter(module, m.Id, m.Name, m.Payload, m.Attempts, m.LastError, m.OccurredAt, m.DeadLetteredAt!.Value))
            .ToList();
    }

    public async Task<bool> RetryDeadLetterAsync(Guid messageId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var revived = await scope.ServiceProvider.GetRequiredService<TContext>().Set<OutboxMessage>()
            .Where(m => m.Id == messageId && m.DeadLetteredAt != null && m.DismissedAt == null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.DeadLetteredAt, (DateTimeOffset?)null)
                .SetProperty(m => m.Attempts, 0)
                .SetProperty(m => m.NextAttemptAt, (DateTimeOffset?)null), cancellationToken);
        if (revived == 1)
            await DispatchOneAsync(messageId, cancellationToken);
        return revived == 1;
    }

    public async Task<bool> DismissDeadLetterAsync(Guid messageId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var now = clock.GetUtcNow();
        return await scope.ServiceProvider.GetRequiredService<TContext>().Set<OutboxMessage>()
            .Where(m => m.Id == messageId && m.DeadLetteredAt != null && m.DismissedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.DismissedAt, now), cancellationToken) == 1;
    }

    public ValueTask DisposeAsync() => _marks?.DisposeAsync() ?? ValueTask.CompletedTask;

    public void Dispose() => _marks?.Dispose();

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
