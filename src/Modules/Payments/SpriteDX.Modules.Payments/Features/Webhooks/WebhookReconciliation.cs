using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SpriteDX.Modules.Payments.Data;
using Stripe;

namespace SpriteDX.Modules.Payments.Features.Webhooks;

/// <summary>
/// The background half of the webhook: a job per stored batch of received events (one event unless they
/// arrive in a burst), retried with back-off while Stripe or the database fails, and a recurring sweep for
/// events whose job was lost (in-memory Hangfire storage does not survive a restart, the webhook inbox does).
/// </summary>
internal sealed class WebhookReconciliation(
    PaymentsDbContext db, StripeEventProcessor processor, TimeProvider clock, ILogger<WebhookReconciliation> logger)
{
    public const string SweepJobId = "payments:reconcile-webhook-events";

    /// <summary>After this many attempts (all failed, or it would be processed) an event waits for a person (admin replay) instead of the sweep.</summary>
    public const int MaxAttempts = 25;

    private const int SweepBatchSize = 100;

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

    private async Task ReconcileAsync(string eventId, CancellationToken ct)
    {
        var stored = await db.WebhookEvents.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, ct);
        if (stored is null || stored.ProcessedAt is not null)
            return;

        Resolution resolution;
        try
        {
            resolution = await processor.ProcessAsync(stored, ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            var error = Truncate(ex.GetBaseException().Message, 4000);
            await db.WebhookEvents.Where(e => e.Id == eventId).ExecuteUpdateAsync(s => s
                .SetProperty(e => e.Attempts, e => e.Attempts + 1)
                .SetProperty(e => e.LastError, error), CancellationToken.None);
            throw;
        }

        var recorded = await db.WebhookEvents.Where(e => e.Id == eventId && e.ProcessedAt == null).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.Attempts, e => e.Attempts + 1)
            .SetProperty(e => e.ProcessedAt, clock.GetUtcNow())
            .SetProperty(e => e.Outcome, resolution.Outcome)
            .SetProperty(e => e.OutcomeDetail, Truncate(resolution.Detail, 1000)), ct);
        if (recorded == 1) // the sweep and the event's own job may both have run it; the effects are idempotent, the record is kept once
            logger.LogInformation("Stripe event {EventId} ({Type}): {Outcome}, {Detail}", stored.Id, stored.Type, resolution.Outcome, resolution.Detail);
    }

    /// <summary>Reconciles every event still unprocessed, oldest first; a failure waits for the next sweep.</summary>
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task SweepAsync(CancellationToken ct)
    {
        var pending = await db.WebhookEvents.AsNoTracking()
            .Where(e => e.ProcessedAt == null && e.Attempts < MaxAttempts)
            .OrderBy(e => e.ReceivedAt)
            .Select(e => e.Id)
            .Take(SweepBatchSize)
            .ToListAsync(ct);
        foreach (var (eventId, error) in await ReconcileAllAsync(pending, ct))
            logger.LogWarning(error, "Stripe event {EventId} could not be reconciled; the next sweep tries again", eventId);
    }

    private async Task<IReadOnlyList<(string EventId, Exception Error)>> ReconcileAllAsync(IEnumerable<string> eventIds, CancellationToken ct)
    {
        var failures = new List<(string, Exception)>();
        foreach (var eventId in eventIds)
        {
            try
            {
                await ReconcileAsync(eventId, ct);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                failures.Add((eventId, ex));
            }

            db.ChangeTracker.Clear();
        }

        return failures;
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
