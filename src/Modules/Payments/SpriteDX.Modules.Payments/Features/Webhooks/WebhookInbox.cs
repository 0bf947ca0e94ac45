using System.Collections.Concurrent;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;

namespace SpriteDX.Modules.Payments.Features.Webhooks;

/// <summary>A verified event as it arrived, before it is stored.</summary>
internal sealed record WebhookReceipt(string EventId, string Type, bool Livemode, string? ObjectId, string Payload, DateTimeOffset ReceivedAt);

/// <summary>
/// The webhook inbox's writer, with group commit: receipts that arrive while a batch is being written
/// wait and go into the next transaction together, so a burst of events costs one durable commit per
/// batch instead of one per event, and concurrent requests never queue for SQLite's write lock. Each
/// stored batch that needs processing becomes one reconciliation job. A receipt's task completes once
/// its event is durably stored, which is when Stripe may be told 200.
/// </summary>
internal sealed class WebhookInbox(IServiceScopeFactory scopes, IBackgroundJobClient jobs, ILogger<WebhookInbox> logger)
{
    /// <summary>Receipts per transaction; a larger burst is written in several.</summary>
    public const int MaxBatch = 64;

    /// <summary>Another instance may store the same event between this one's read and write (PostgreSQL).</summary>
    private const int AttemptsOnConflict = 3;

    private readonly ConcurrentQueue<Pending> _queue = new();
    private int _writing;

    public Task StoreAsync(WebhookReceipt receipt)
    {
        var pending = new Pending(receipt);
        _queue.Enqueue(pending);
        StartWriterIfIdle();
        return pending.Stored.Task;
    }

    private void StartWriterIfIdle()
    {
        if (Interlocked.CompareExchange(ref _writing, 1, 0) == 0)
            _ = Task.Run(WriteQueuedAsync);
    }

    private async Task WriteQueuedAsync()
    {
        while (TakeBatch() is { Count: > 0 } batch)
            await WriteAsync(batch);
        Volatile.Write(ref _writing, 0);
        if (!_queue.IsEmpty) // a receipt queued after the last batch was taken, before the writer stood down
            StartWriterIfIdle();
    }

    private List<Pending> TakeBatch()
    {
        var batch = new List<Pending>();
        while (batch.Count < MaxBatch && _queue.TryDequeue(out var pending))
            batch.Add(pending);
        return batch;
    }

    private async Task WriteAsync(List<Pending> batch)
    {
        try
        {
            Reconcile(await StoreBatchAsync(batch.Select(p => p.Receipt).ToList()));
            batch.ForEach(p => p.Stored.TrySetResult());
        }
        catch (Exception ex) when (batch.Count > 1)
        {
            // One receipt the database refuses must not fail the others: store them one at a time.
            logger.LogWarning(ex, "A batch of {Count} webhook events could not be stored together; storing them one by one", batch.Count);
            foreach (var pending in batch)
                await WriteAsync([pending]);
        }
        catch (Exception ex)
        {
            batch[0].Stored.TrySetException(ex);
        }
    }

    /// <summary>Stores the receipts in one transaction and returns the events that still need processing.</summary>
    private async Task<IReadOnlyList<string>> StoreBatchAsync(IReadOnlyList<WebhookReceipt> receipts)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PaymentsDbContext>();
            try
            {
                return await StoreOnceAsync(db, receipts);
            }
            catch (DbUpdateException) when (attempt < AttemptsOnConflict)
            {
                // Stored meanwhile by another instance: the next attempt counts it as a redelivery.
            }
        }
    }

    private static async Task<IReadOnlyList<string>> StoreOnceAsync(PaymentsDbContext db, IReadOnlyList<WebhookReceipt> receipts)
    {
        var deliveries = receipts.GroupBy(r => r.EventId, StringComparer.Ordinal).ToList();
        var ids = deliveries.Select(d => d.Key).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var stored = await db.WebhookEvents.AsNoTracking().Where(e => ids.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, e => e.ProcessedAt is null, StringComparer.Ordinal);

        // A redelivery is only counted (the admin page shows duplicates); one still unprocessed is queued
        // again, since its earlier job may have been lost.
        foreach (var redelivered in deliveries.Where(d => stored.ContainsKey(d.Key)).GroupBy(d => d.Count(), d => d.Key))
        {
            var (times, redeliveredIds) = (redelivered.Key, redelivered.ToList());
            await db.WebhookEvents.Where(e => redeliveredIds.Contains(e.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.Deliveries, e => e.Deliveries + times));
        }

        foreach (var received in deliveries.Where(d => !stored.ContainsKey(d.Key)))
        {
            var first = received.First();
            db.WebhookEvents.Add(new WebhookEvent
            {
                Id = first.EventId, Type = first.Type, Livemode = first.Livemode, ObjectId = first.ObjectId,
                Payload = first.Payload, ReceivedAt = first.ReceivedAt, Deliveries = received.Count(),
            });
        }

        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return ids.Where(id => !stored.TryGetValue(id, out var unprocessed) || unprocessed).ToList();
    }

    /// <summary>
    /// The events are stored by now, so a failure to queue their job is not the sender's problem: the
    /// recurring sweep picks up every unprocessed event.
    /// </summary>
    private void Reconcile(IReadOnlyList<string> eventIds)
    {
        if (eventIds.Count == 0)
            return;
        try
        {
            var ids = eventIds.ToArray();
            jobs.Enqueue<WebhookReconciliation>(job => job.ReconcileEachAsync(ids, CancellationToken.None));
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Could not queue the reconciliation of {Count} stored webhook events; the sweep will process them", eventIds.Count);
        }
    }

    private sealed class Pending(WebhookReceipt receipt)
    {
        public WebhookReceipt Receipt { get; } = receipt;

        public TaskCompletionSource Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
