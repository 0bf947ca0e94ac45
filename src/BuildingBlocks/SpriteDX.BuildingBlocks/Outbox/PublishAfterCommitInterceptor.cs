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
/// </summary>
internal sealed class PublishAfterCommitInterceptor(
    IClaimedOutboxPublisher publisher, TimeProvider clock, ILogger<PublishAfterCommitInterceptor> logger)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly List<OutboxMessage> _pending = [];

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

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
            await PublishPendingAsync(cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _pending.Clear();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _pending.Clear();
        return Task.CompletedTask;
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        await PublishPendingAsync(cancellationToken);

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

    private async Task PublishPendingAsync(CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
            return;
        var claimed = _pending.ToArray();
        _pending.Clear();
        try
        {
            await publisher.PublishClaimedAsync(claimed, cancellationToken);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "{Module}: immediate publish failed; the outbox sweep will deliver", publisher.Module);
        }
    }
}
