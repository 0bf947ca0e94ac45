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
    ILogger<OutboxProcessor<TContext>> logger) : IOutboxProcessor
    where TContext : DbContext
{
    private const int SweepBatchSize = 100;

    public string Module => module;

    public async Task DispatchAsync(IReadOnlyCollection<Guid> messageIds, CancellationToken cancellationToken)
    {
        foreach (var id in messageIds)
            await DispatchOneAsync(id, cancellationToken);
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

        await DispatchAsync(due, cancellationToken);
        return due.Count;
    }

    private async Task DispatchOneAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        if (!await TryLeaseAsync(db, id, cancellationToken))
            return; // another dispatcher (the sweep, another instance) has it, or it is done

        var message = await db.Set<OutboxMessage>().SingleAsync(m => m.Id == id, cancellationToken);
        try
        {
            var notification = message.ToNotification();
            await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(notification, cancellationToken);
            message.PublishedAt = clock.GetUtcNow();
            message.LastError = null;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            message.LockedUntil = null; // let the next sweep take it at once
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
        catch (Exception ex)
        {
            RecordFailure(message, ex);
        }

        message.LockedUntil = null;
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

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
