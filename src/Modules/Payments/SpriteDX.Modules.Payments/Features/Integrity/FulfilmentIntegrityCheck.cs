using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Modules;
using SpriteDX.Modules.Payments.Contracts;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Features.Webhooks.Reconcile;

namespace SpriteDX.Modules.Payments.Features.Integrity;

/// <summary>
/// Purchases paid but not credited, as far as Payments can know: their PurchaseCompleted has not reached
/// every module yet (still in the outbox, or a dead letter), and webhook events the reconciliation gave up on.
/// </summary>
internal sealed class FulfilmentIntegrityCheck(PaymentsDbContext db, TimeProvider clock) : IIntegrityCheck
{
    /// <summary>A message younger than this is normally on its way (published after commit, or retried by the sweeper).</summary>
    public static readonly TimeSpan DeliveryGrace = TimeSpan.FromMinutes(5);

    private static readonly string CompletedType = typeof(PurchaseCompleted).FullName + ",";

    public string Name => "Payments: every paid purchase has been handed to Credits";

    public async Task<IReadOnlyList<string>> ProblemsAsync(CancellationToken ct)
    {
        var settled = clock.GetUtcNow() - DeliveryGrace;
        var undelivered = await db.Outbox.AsNoTracking()
            .Where(m => m.PublishedAt == null && m.Type.StartsWith(CompletedType) && (m.DeadLetteredAt != null || m.OccurredAt < settled))
            .ToListAsync(ct);
        var problems = undelivered
            .Select(m => (Completed: (PurchaseCompleted)m.ToNotification(), m.DeadLetteredAt))
            .OrderBy(u => u.Completed.OccurredAt)
            .Select(u => $"Purchase {u.Completed.PurchaseId} of account {u.Completed.AccountId} is paid but its {u.Completed.Credits} credits "
                         + (u.DeadLetteredAt is null ? "are not delivered yet (still in the outbox)." : "were never delivered (a dead letter; retry it from Dead letters)."))
            .ToList();

        var givenUp = await db.WebhookEvents.AsNoTracking()
            .Where(e => e.ProcessedAt == null && e.Attempts >= WebhookReconciliation.MaxAttempts)
            .OrderBy(e => e.ReceivedAt)
            .Select(e => new { e.Id, e.Type, e.ObjectId, e.LastError })
            .ToListAsync(ct);
        problems.AddRange(givenUp.Select(e => $"Stripe event {e.Id} ({e.Type} about {e.ObjectId}) could not be reconciled: {e.LastError}"));
        return problems;
    }
}
