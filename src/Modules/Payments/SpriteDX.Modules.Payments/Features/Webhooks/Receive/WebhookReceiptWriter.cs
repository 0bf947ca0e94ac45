using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Features.Webhooks.Reconcile;

namespace SpriteDX.Modules.Payments.Features.Webhooks.Receive;

/// <summary>A verified event as it arrived, before it is stored: the envelope read at the edge and the body exactly as signed.</summary>
internal sealed record WebhookReceipt(WebhookEnvelope Event, string Payload, DateTimeOffset ReceivedAt);

/// <summary>
/// Stores receipts with group commit: receipts that arrive while a batch is being written wait and go
/// into the next transaction together, so a burst of events costs one durable commit per batch instead
/// of one per event, and concurrent requests never queue for SQLite's write lock. Each stored batch that
/// needs processing is handed to reconciliation as one job. A receipt's task completes once its event is
/// durably stored, which is when Stripe may be told 200.
/// </summary>
internal sealed class WebhookReceiptWriter(IServiceScopeFactory scopes, WebhookReconciliationQueue reconciliation, ILogger<WebhookReceiptWriter> logger)
{
    /// <summary>Receipts per transaction; a larger burst is written in several.</summary>
    public const int MaxBatch = 64;

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
            IReadOnlyList<string> unprocessed;
            await using (var scope = scopes.CreateAsyncScope())
                unprocessed = await WebhookReceiptStore.StoreAsync(scope.ServiceProvider.GetRequiredService<PaymentsDbContext>(), batch.ConvertAll(p => p.Receipt));
            // A redelivery of an event still unprocessed is queued again, since its earlier job may have been lost.
            reconciliation.Enqueue(unprocessed);
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

    private sealed class Pending(WebhookReceipt receipt)
    {
        public WebhookReceipt Receipt { get; } = receipt;

        public TaskCompletionSource Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
