using MediatR;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Credits.Domain;
using SpriteDX.Modules.Payments.Contracts;

namespace SpriteDX.Modules.Credits.Features.Purchases;

/// <summary>A disputed payment's credits are frozen by taking them back; a shortfall is owed.</summary>
internal sealed class ClawBackCreditsOnPurchaseDisputed(CreditsDbContext db, CreditLedger ledger)
    : INotificationHandler<PurchaseDisputed>
{
    public Task Handle(PurchaseDisputed e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(ClawBackCreditsOnPurchaseDisputed), async () =>
        {
            if (e.Credits <= 0)
                throw new InvalidOperationException($"Dispute {e.DisputeId} freezes {e.Credits} credits; it must be positive.");
            await ledger.MoveAsync(CreditMovement.OfPurchase(e.AccountId, LedgerKind.Dispute, -e.Credits, "dispute", e.DisputeId, "Payment disputed", e.Livemode,
                DebitRule.TakeAvailableAndOweTheRest), ct);
        }, ct);
}
