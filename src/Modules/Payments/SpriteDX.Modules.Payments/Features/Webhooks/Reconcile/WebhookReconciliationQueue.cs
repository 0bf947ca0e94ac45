using System.Threading.Channels;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SpriteDX.BuildingBlocks.Telemetry;
using SpriteDX.Modules.Payments.Features.Metrics;

namespace SpriteDX.Modules.Payments.Features.Webhooks.Reconcile;

/// <summary>
/// Hands stored events to reconciliation. A first attempt runs here, in the background of this process:
/// whatever was stored while the previous batch ran is reconciled together, so a burst costs a few batches
/// rather than a background job each (a job per batch, through Hangfire's storage, cost more than storing
/// the events). Events that fail go to a Hangfire job, retried with back-off. Nothing here is durable: the
/// stored receipts are, and the recurring sweep reconciles whatever a restart left behind. While
/// `Payments:WebhookReconciliationPaused` is set nothing is reconciled at all.
/// </summary>
internal sealed class WebhookReconciliationQueue(
    IServiceScopeFactory scopes, IBackgroundJobClient jobs, IOptionsMonitor<PaymentsOptions> options, ILogger<WebhookReconciliationQueue> logger)
    : BackgroundService
{
    /// <summary>Events per batch; a larger backlog is reconciled in several.</summary>
    public const int MaxBatch = 256;

    private readonly Channel<string> _stored = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    public bool IsPaused => options.CurrentValue.WebhookReconciliationPaused;

    public void Enqueue(IReadOnlyList<string> eventIds)
    {
        if (IsPaused)
            return;
        foreach (var eventId in eventIds)
            _stored.Writer.TryWrite(eventId);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _stored.Reader.WaitToReadAsync(stoppingToken))
            {
                var batch = new HashSet<string>(StringComparer.Ordinal);
                while (batch.Count < MaxBatch && _stored.Reader.TryRead(out var eventId))
                    batch.Add(eventId);

                // The root of the trace that follows these events into Credits and Admin.
                using var activity = PaymentsMetrics.Activities.StartActivity("reconcile Stripe events");
                activity?.SetTag("spritedx.module", SpriteDxTelemetry.ModuleOf(typeof(WebhookReconciliationQueue))).SetTag("spritedx.events", batch.Count);
                await ReconcileAsync([.. batch], stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: what was queued is stored, and the sweep after the restart reconciles it.
        }
    }

    private async Task ReconcileAsync(string[] eventIds, CancellationToken ct)
    {
        string[] failed;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var reconciliation = scope.ServiceProvider.GetRequiredService<WebhookReconciliation>();
            failed = [.. (await reconciliation.ReconcileAllAsync(eventIds, ct)).Select(f => f.EventId)];
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Reconciling {Count} stored webhook events failed; retrying them in a background job", eventIds.Length);
            failed = eventIds;
        }

        if (failed.Length > 0)
            Retry(failed);
    }

    private void Retry(string[] eventIds)
    {
        try
        {
            jobs.Enqueue<WebhookReconciliation>(job => job.ReconcileEachAsync(eventIds, CancellationToken.None));
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Could not queue the retry of {Count} webhook events; the sweep will process them", eventIds.Length);
        }
    }
}
