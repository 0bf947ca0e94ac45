using MediatR;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Credits.Domain;
using SpriteDX.Modules.Payments.Contracts;

namespace SpriteDX.Modules.Credits.Features.Purchases;

/// <summary>A won dispute gives back what it froze; a lost one leaves a ledger line saying the claw-back is final.</summary>
internal sealed class SettleCreditsOnPurchaseDisputeClosed(CreditsDbContext db, CreditLedger ledger)
    : INotificationHandler<PurchaseDisputeClosed>
{
    public Task Handle(PurchaseDisputeClosed e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(SettleCreditsOnPurchaseDisputeClosed), async () =>
        {
            if (!e.Won)
                await ledger.RecordWithoutMovingAsync(CreditMovement.OfPurchase(e.AccountId, LedgerKind.DisputeLost, 0, "dispute", e.DisputeId, "Dispute lost", e.Livemode), ct);
            else if (e.CreditsReturned > 0)
                await ledger.MoveAsync(CreditMovement.OfPurchase(e.AccountId, LedgerKind.DisputeWon, e.CreditsReturned, "dispute", e.DisputeId, "Dispute won", e.Livemode), ct);
        }, ct);
}
