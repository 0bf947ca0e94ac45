using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;
using SpriteDX.Modules.Payments.Features.Metrics;
using static SpriteDX.Modules.Payments.Data.BatchedStatement;

namespace SpriteDX.Modules.Payments.Features.Webhooks.Reconcile;

/// <summary>
/// The background half of the webhook: stored events reconciled in batches (WebhookReconciliationQueue), a
/// Hangfire job retrying with back-off those that failed while Stripe or the database did, and a recurring
/// sweep for events whose run was lost (nothing in memory survives a restart, the stored receipts do).
/// A batch is read in one query, its purchases in another, and its outcomes written in one transaction;
/// only what Stripe must be asked (a session, a charge's refunds) is asked event by event.
/// </summary>
internal sealed class WebhookReconciliation(
    PaymentsDbContext db, StripeEventProcessor processor, WebhookReconciliationQueue queue, PaymentsMetrics metrics, TimeProvider clock,
    ILogger<WebhookReconciliation> logger)
{
    public const string SweepJobId = "payments:reconcile-webhook-events";

    /// <summary>After this many attempts (all failed, or it would be processed) an event waits for a person (admin replay) instead of the sweep.</summary>
    public const int MaxAttempts = 25;

    private const int SweepBatchSize = 100;

    private static readonly string[] OutcomeParameters = ["@id", "@processed_at", "@outcome", "@detail", "@error"];

    /// <summary>
    /// Reconciles each event, then fails if any failed, so Hangfire retries the job; a retry skips the
    /// events already processed, so one event Stripe cannot answer for never holds up the others.
    /// </summary>
    [AutomaticRetry(Attempts = 8, DelaysInSeconds = [1, 5, 15, 60, 300, 900, 3600, 7200])]
    public async Task ReconcileEachAsync(string[] eventIds, CancellationToken ct)
    {
        var failures = await ReconcileAllAsync(eventIds, ct);
        if (failures.Count > 0)
            throw new AggregateException($"{failures.Count} of {eventIds.Length} webhook events could not be reconciled.", failures.Select(f => f.Error));
    }

    /// <summary>Reconciles every event still unprocessed, oldest first; a failure waits for the next sweep.</summary>
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task SweepAsync(CancellationToken ct)
    {
        if (queue.IsPaused)
            return;
        var pending = await db.WebhookEvents.AsNoTracking()
            .Where(e => e.ProcessedAt == null && e.Attempts < MaxAttempts)
            .OrderBy(e => e.ReceivedAt)
            .Select(e => e.Id)
            .Take(SweepBatchSize)
            .ToListAsync(ct);
        foreach (var (eventId, error) in await ReconcileAllAsync(pending, ct))
            logger.LogWarning(error, "Stripe event {EventId} could not be reconciled; the next sweep tries again", eventId);
    }

    /// <summary>Reconciles the events still unprocessed among these; returns those that failed (recorded as failed, for a retry).</summary>
    public async Task<IReadOnlyList<(string EventId, Exception Error)>> ReconcileAllAsync(IReadOnlyCollection<string> eventIds, CancellationToken ct)
    {
        if (eventIds.Count == 0)
            return [];
        var events = await db.WebhookEvents.AsNoTracking().Where(e => eventIds.Contains(e.Id) && e.ProcessedAt == null)
            .OrderBy(e => e.ReceivedAt).ToListAsync(ct);
        var purchases = await processor.PurchasesOfAsync(events, ct);

        var ran = new List<(WebhookEvent Event, Resolution? Resolution, Exception? Error)>(events.Count);
        foreach (var stored in events)
        {
            try
            {
                ran.Add((stored, await processor.ProcessAsync(stored, purchases, ct), null));
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                ran.Add((stored, null, ex));
            }

            db.ChangeTracker.Clear();
        }

        await RecordAsync(ran);
        return ran.Where(r => r.Error is not null).Select(r => (r.Event.Id, r.Error!)).ToList();
    }

    /// <summary>
    /// Each run counts as an attempt; an outcome is recorded once (the sweep and the event's own job may both
    /// have run it: the effects are idempotent, the record is kept once), a failure keeps its reason.
    /// </summary>
    private async Task RecordAsync(IReadOnlyList<(WebhookEvent Event, Resolution? Resolution, Exception? Error)> ran)
    {
        var now = clock.GetUtcNow();
        var processedAt = Stored<WebhookEvent>(db, nameof(WebhookEvent.ProcessedAt), now);
        var rows = ran.Select(r => r.Resolution is { } resolution
            ? new object?[] { r.Event.Id, processedAt, (int)resolution.Outcome, Truncate(resolution.Detail, 1000), null }
            : new object?[] { r.Event.Id, null, null, null, Truncate(r.Error!.GetBaseException().Message, 4000) }).ToList();
        var recorded = await RunAsync(db, OutcomeSql(), OutcomeParameters, rows, CancellationToken.None);

        // Each outcome is on the admin page; the log keeps one line per batch, and the details at Debug.
        var outcomes = ran.Where((r, i) => r.Resolution is not null && recorded[i] is not null).Select(r => (r.Event, Resolution: r.Resolution!)).ToList();
        foreach (var (stored, resolution) in outcomes)
        {
            metrics.Reconciled(resolution.Outcome, now - stored.ReceivedAt);
            logger.LogDebug("Stripe event {EventId} ({Type}): {Outcome}, {Detail}", stored.Id, stored.Type, resolution.Outcome, resolution.Detail);
        }
        if (outcomes.Count > 0)
            logger.LogInformation("Reconciled {Count} Stripe events: {Outcomes}", outcomes.Count,
                string.Join(", ", outcomes.GroupBy(o => o.Resolution.Outcome).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}")));
    }

    private string OutcomeSql()
    {
        string Column(string name) => BatchedStatement.Column(db, name);
        var (id, attempts, processed, lastError) = (Column(nameof(WebhookEvent.Id)), Column(nameof(WebhookEvent.Attempts)),
            Column(nameof(WebhookEvent.ProcessedAt)), Column(nameof(WebhookEvent.LastError)));
        return $"""
            UPDATE {Table<WebhookEvent>(db)} SET {attempts} = {attempts} + 1, {processed} = @processed_at,
                {Column(nameof(WebhookEvent.Outcome))} = @outcome, {Column(nameof(WebhookEvent.OutcomeDetail))} = @detail,
                {lastError} = COALESCE(@error, {lastError})
            WHERE {id} = @id AND {processed} IS NULL
            RETURNING {id}
            """;
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
