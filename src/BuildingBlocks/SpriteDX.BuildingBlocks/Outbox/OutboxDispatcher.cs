using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SpriteDX.BuildingBlocks.Events;

namespace SpriteDX.BuildingBlocks.Outbox;

/// <summary>
/// Publishes one module's outbox rows through the mediator and settles each delivery: published (marked
/// by <see cref="PublishedMarks{TContext}"/>), failed (retried with back-off, a dead letter at the end) or,
/// when cancelled, released for the next sweep. A row is published only by the dispatcher holding its
/// lease: taken in the row's INSERT by the save that publishes it, or by one conditional UPDATE here, so
/// the immediate publish, the sweep and other instances never deliver it at the same time.
/// </summary>
internal sealed class OutboxDispatcher<TContext>(
    string module,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<EventBusOptions> options,
    ILogger<OutboxDispatcher<TContext>> logger) : IOutboxDispatcher, ICommittedOutboxPublisher<TContext>, IAsyncDisposable, IDisposable
    where TContext : DbContext
{
    private const int SweepBatchSize = 100;

    private readonly PublishedMarks<TContext> _marks = new(module, scopes, clock, options.Value.PublishedMarkDelay, logger);

    public string Module => module;

    public DateTimeOffset ClaimedUntil() => clock.GetUtcNow() + options.Value.LeaseDuration;

    public async Task PublishCommittedAsync(IReadOnlyList<OutboxMessage> claimed, CancellationToken cancellationToken)
    {
        if (claimed.Count == 0)
            return;
        try
        {
            await PublishAsync(claimed, gatherMarks: true, cancellationToken);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "{Module}: immediate publish failed; the outbox sweep will deliver", module);
        }
    }

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
            await DispatchAsync(id, cancellationToken);
        return due.Count;
    }

    /// <summary>The sweep's way (and a revived dead letter's): lease the row first, as another instance may want it too.</summary>
    public async Task DispatchAsync(Guid messageId, CancellationToken cancellationToken)
    {
        OutboxMessage message;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            if (!await TryLeaseAsync(db, messageId, cancellationToken))
                return; // another dispatcher (the sweep, another instance) has it, or it is done
            message = await db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == messageId, cancellationToken);
        }

        await PublishAsync([message], gatherMarks: false, cancellationToken);
    }

    public Task WritePendingMarksAsync() => _marks.CompleteAsync();

    /// <summary>
    /// Publishes rows this process holds the lease of, then settles them: the delivered ones marked (a moment
    /// later, together with other deliveries, when <paramref name="gatherMarks"/>), failures scheduled for a
    /// retry, and on cancellation the undelivered ones released so the next sweep takes them at once.
    /// </summary>
    private async Task PublishAsync(IReadOnlyList<OutboxMessage> claimed, bool gatherMarks, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var published = new List<Guid>(claimed.Count);
        var failed = new List<(Guid Id, Exception Error)>();
        using var delivering = new CancellationTokenSource();
        var renewal = RenewLeasesAsync(claimed.Select(m => m.Id).ToList(), delivering.Token);
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
            // Stopped before settling, so no renewal leases a row again after it is released.
            await delivering.CancelAsync();
            await renewal;

            // The usual end, every row delivered and its mark gathered for later, needs no context: none is made for it.
            TContext Db() => scope.ServiceProvider.GetRequiredService<TContext>();
            if (published.Count > 0)
                await (gatherMarks ? _marks.WriteSoonAsync(Db, published) : _marks.WriteNowAsync(Db(), published));

            if (failed.Count > 0)
                await RecordFailuresAsync(Db(), failed);

            var undelivered = claimed.Select(m => m.Id).Except(published).Except(failed.Select(f => f.Id)).ToList();
            if (undelivered.Count > 0)
            {
                await Db().Set<OutboxMessage>()
                    .Where(m => undelivered.Contains(m.Id))
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, (DateTimeOffset?)null), CancellationToken.None);
            }
        }
    }

    /// <summary>
    /// Keeps this process's lease on rows while their delivery runs: leases are short so that a process that
    /// died (no shutdown, no release) holds its rows for seconds, not minutes, and a slow delivery renews
    /// them instead of letting another dispatcher start it a second time. A delivery quicker than a third of
    /// the lease, the usual case, writes nothing here.
    /// </summary>
    private async Task RenewLeasesAsync(IReadOnlyList<Guid> ids, CancellationToken delivered)
    {
        var lease = options.Value.LeaseDuration;
        while (true)
        {
            // Every delivery ends this wait; not throwing for it keeps an exception off each publish.
            await Task.Delay(lease / 3, clock, delivered).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (delivered.IsCancellationRequested)
                return; // delivered (or failed): the settling releases or marks the rows
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var until = clock.GetUtcNow() + lease;
                await scope.ServiceProvider.GetRequiredService<TContext>().Set<OutboxMessage>()
                    .Where(m => ids.Contains(m.Id) && m.PublishedAt == null && m.DeadLetteredAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, until), delivered);
            }
            catch (OperationCanceledException) when (delivered.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "{Module}: could not renew the lease of a delivery in progress; another dispatcher may start it again", module);
            }
        }
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

    public ValueTask DisposeAsync() => _marks.DisposeAsync();

    public void Dispose() => _marks.Dispose();

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
