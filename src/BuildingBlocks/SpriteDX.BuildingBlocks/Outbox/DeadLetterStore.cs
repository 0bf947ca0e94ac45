using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace SpriteDX.BuildingBlocks.Outbox;

/// <summary>One module's dead letters: notifications whose handlers ran out of retries, for a person to retry or dismiss.</summary>
public interface IDeadLetterStore
{
    string Module { get; }

    Task<IReadOnlyList<DeadLetter>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Puts a dead letter back in line and delivers it now; false when it is no longer dead.</summary>
    Task<bool> RetryAsync(Guid messageId, CancellationToken cancellationToken);

    /// <summary>Marks a dead letter as handled by a person; it will not be delivered again.</summary>
    Task<bool> DismissAsync(Guid messageId, CancellationToken cancellationToken);
}

public sealed record DeadLetter(
    string Module, Guid MessageId, string Notification, string Payload, int Attempts, string? LastError,
    DateTimeOffset OccurredAt, DateTimeOffset DeadLetteredAt);

internal sealed class DeadLetterStore<TContext>(string module, IOutboxDispatcher dispatcher, IServiceScopeFactory scopes, TimeProvider clock)
    : IDeadLetterStore
    where TContext : DbContext
{
    public string Module => module;

    public async Task<IReadOnlyList<DeadLetter>> ListAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var rows = await Outbox(scope).AsNoTracking()
            .Where(m => m.DeadLetteredAt != null && m.DismissedAt == null)
            .OrderByDescending(m => m.DeadLetteredAt)
            .ToListAsync(cancellationToken);
        return rows.Select(m => new DeadLetter(module, m.Id, m.Name, m.Payload, m.Attempts, m.LastError, m.OccurredAt, m.DeadLetteredAt!.Value))
            .ToList();
    }

    public async Task<bool> RetryAsync(Guid messageId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var revived = await Outbox(scope)
            .Where(m => m.Id == messageId && m.DeadLetteredAt != null && m.DismissedAt == null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.DeadLetteredAt, (DateTimeOffset?)null)
                .SetProperty(m => m.Attempts, 0)
                .SetProperty(m => m.NextAttemptAt, (DateTimeOffset?)null), cancellationToken);
        if (revived == 1)
            await dispatcher.DispatchAsync(messageId, cancellationToken);
        return revived == 1;
    }

    public async Task<bool> DismissAsync(Guid messageId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var now = clock.GetUtcNow();
        return await Outbox(scope)
            .Where(m => m.Id == messageId && m.DeadLetteredAt != null && m.DismissedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.DismissedAt, now), cancellationToken) == 1;
    }

    private static DbSet<OutboxMessage> Outbox(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<TContext>().Set<OutboxMessage>();
}
