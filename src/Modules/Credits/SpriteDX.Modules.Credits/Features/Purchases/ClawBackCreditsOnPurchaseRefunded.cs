using MediatR;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Credits.Domain;
using SpriteDX.Modules.Payments.Contracts;

namespace SpriteDX.Modules.Credits.Features.Purchases;

/// <summary>Money went back, so do the credits it bought; what was already spent is recorded as owed.</summary>
internal sealed class ClawBackCreditsOnPurchaseRefunded(CreditsDbContext db, CreditLedger ledger)
    : INotificationHandler<PurchaseRefunded>
{
    public Task Handle(PurchaseRefunded e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(ClawBackCreditsOnPurchaseRefunded), async () =>
        {
            if (e.Credits <= 0)
                throw new InvalidOperationException($"Refund {e.RefundId} takes back {e.Credits} credits; it must be positive.");
            await ledger.MoveAsync(new CreditMovement(e.AccountId, LedgerKind.Refund, -e.Credits, "refund", e.RefundId, "Purchase refunded",
                DebitRule.TakeAvailableAndOweTheRest), ct);
        }, ct);
}
