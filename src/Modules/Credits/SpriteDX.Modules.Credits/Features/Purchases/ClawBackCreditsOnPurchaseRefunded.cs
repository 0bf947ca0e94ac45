using MediatR;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Credits.Domain;
using SpriteDX.Modules.Credits.Features.Refunds;
using SpriteDX.Modules.Payments.Contracts;

namespace SpriteDX.Modules.Credits.Features.Purchases;

/// <summary>
/// Money went back, so do the credits it bought: first from the hold of the buyer's own refund request (already out
/// of the balance), then from the balance; what was already spent is recorded as owed.
/// </summary>
internal sealed class ClawBackCreditsOnPurchaseRefunded(CreditsDbContext db, CreditLedger ledger, RefundHolds holds)
    : INotificationHandler<PurchaseRefunded>
{
    public Task Handle(PurchaseRefunded e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(ClawBackCreditsOnPurchaseRefunded), async () =>
        {
            if (e.Credits <= 0)
                throw new InvalidOperationException($"Refund {e.RefundId} takes back {e.Credits} credits; it must be positive.");
            var held = await holds.TakeBackAsync(e.PurchaseId, e.Credits, ct);
            var rest = e.Credits - held;
            if (rest > 0)
            {
                await ledger.MoveAsync(CreditMovement.OfPurchase(e.AccountId, LedgerKind.Refund, -rest, "refund", e.RefundId, "Purchase refunded", e.Livemode,
                    DebitRule.TakeAvailableAndOweTheRest), ct);
            }
            else
            {
                await ledger.RecordWithoutMovingAsync(CreditMovement.OfPurchase(e.AccountId, LedgerKind.Refund, 0, "refund", e.RefundId,
                    $"Purchase refunded: the {held:N0} held credits were taken back", e.Livemode), ct);
            }
        }, ct);
}
