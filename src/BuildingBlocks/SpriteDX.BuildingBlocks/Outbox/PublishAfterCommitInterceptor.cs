using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace SpriteDX.BuildingBlocks.Outbox;

/// <summary>
/// Publishes a module's new outbox rows in-process as soon as they are committed, for low latency.
/// The rows are claimed as they are inserted (their lease is part of the INSERT), so this process
/// owns them from the commit on without another write. It never publishes before the commit (that
/// would announce changes that may roll back) and never fails the caller's save: whatever it cannot
/// deliver, the sweep delivers later. A synchronous save claims nothing: the sync paths cannot publish,
/// so its rows are left to the sweep.
/// <para>
/// It publishes once the committing connection is back in the pool, not at the commit itself: the
/// handlers open connections of their own (and theirs publish on, module after module), so publishing
/// while holding it would make a request need one connection per module at once, and a burst of requests
/// holding the first ones would wait forever for the next (a pool deadlock on PostgreSQL). Everything is
/// still published before SaveChanges or CommitAsync returns. Only a caller that opened the connection
/// itself and keeps it past an explicit commit gets its rows published when it closes it.
/// </para>
/// </summary>
internal sealed class PublishAfterCommitInterceptor(
    IClaimedOutboxPublisher publisher, TimeProvider clock, ILogger<PublishAfterCommitInterceptor> logger)
    : SaveChangesInterceptor, IDbTransactionInterceptor, IDbConnectionInterceptor
{
    private readonly List<OutboxMessage> _pending = [];
    private readonly List<OutboxMessage> _committed = [];
    private CancellationToken _committing; // the committing call's token, for the publish that ends that call

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context, claim: false);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context, claim: true);
        return ValueTask.FromResult(result);
    }

    /// <summary>
    /// Without a transaction of the caller's the save has committed: its connection was given back already
    /// (unless the caller holds it open, which waiting would not change).
    /// </summary>
    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            Commit(cancellationToken);
            await PublishCommittedAsync();
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _pending.Clear();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _pending.Clear();
        return Task.CompletedTask;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Commit(cancellationToken);
        return Task.CompletedTask;
    }

    /// <summary>EF closes the connection it opened for a transaction right after the commit, inside the same call.</summary>
    public async Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData) =>
        await PublishCommittedAsync();

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _pending.Clear();
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _pending.Clear();

    private void Collect(DbContext? context, bool claim)
    {
        if (context is null)
            return;
        var now = clock.GetUtcNow();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State != EntityState.Added)
                continue;
            switch (entry.Entity)
            {
                case OutboxMessage message when claim:
                    message.LockedUntil = publisher.ClaimedUntil(now);
                    _pending.Add(message);
                    break;
                case Inbox.InboxMessage inbox when inbox.ProcessedAt == default:
                    inbox.ProcessedAt = now;
                    break;
            }
        }
    }

    private void Commit(CancellationToken cancellationToken)
    {
        _committed.AddRange(_pending);
        _pending.Clear();
        _committing = cancellationToken;
    }

    private async Task PublishCommittedAsync()
    {
        if (_committed.Count == 0)
            return;
        var claimed = _committed.ToArray();
        _committed.Clear();
        try
        {
            await publisher.PublishClaimedAsync(claimed, _committing);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "{Module}: immediate publish failed; the outbox sweep will deliver", publisher.Module);
        }
    }
}
