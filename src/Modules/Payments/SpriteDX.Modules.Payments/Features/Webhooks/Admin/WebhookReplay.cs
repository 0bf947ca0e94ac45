using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.Modules.Payments.Contracts;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;
using SpriteDX.Modules.Payments.Features.Webhooks.Reconcile;

namespace SpriteDX.Modules.Payments.Features.Webhooks.Admin;

/// <summary>
/// An admin's "process this event again": the stored event goes back to unprocessed and the webhook's own
/// reconciliation job is queued for it. Safe for any event, because every effect is idempotent: a paid
/// purchase is claimed once, refunds and disputes are recorded once by their Stripe ids.
/// </summary>
internal sealed class WebhookReplay(PaymentsDbContext db, WebhookReconciliationQueue reconciliation, TimeProvider clock)
{
    /// <summary>How long the admin's request waits for the job, so the answer can say how it went.</summary>
    private static readonly TimeSpan OutcomeWait = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan OutcomePoll = TimeSpan.FromMilliseconds(200);

    /// <summary>The event after the replay (or still running), or null when no such event was received.</summary>
    public async Task<WebhookEvent?> ReplayAsync(string eventId, Guid adminId, string adminEmail, CancellationToken ct)
    {
        var stored = await db.WebhookEvents.SingleOrDefaultAsync(e => e.Id == eventId, ct);
        if (stored is null)
            return null;

        var now = clock.GetUtcNow();
        var previous = stored.Status;
        (stored.ProcessedAt, stored.Outcome, stored.OutcomeDetail, stored.LastError, stored.LastReplayedAt) = (null, null, null, null, now);
        db.Outbox.Add(new WebhookEventReplayed(Guid.NewGuid(), now, stored.Id, stored.Type, stored.Livemode, previous.Code(), adminId, adminEmail));
        await db.SaveAndPublishAsync(ct);
        reconciliation.Enqueue([eventId]);

        return await SettledAsync(eventId, ct);
    }

    private async Task<WebhookEvent> SettledAsync(string eventId, CancellationToken ct)
    {
        for (var waited = TimeSpan.Zero; ; waited += OutcomePoll)
        {
            var current = await db.WebhookEvents.AsNoTracking().SingleAsync(e => e.Id == eventId, ct);
            if (current.Status != WebhookEventStatus.Pending || waited >= OutcomeWait)
                return current;
            await Task.Delay(OutcomePoll, ct);
        }
    }
}
