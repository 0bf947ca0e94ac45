using MediatR;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Credits.Domain;
using SpriteDX.Modules.Payments.Contracts;

namespace SpriteDX.Modules.Credits.Features.Purchases;

/// <summary>A refund that failed or was cancelled returned no money, so the credits it took come back.</summary>
internal sealed class RestoreCreditsOnPurchaseRefundFailed(CreditsDbContext db, CreditLedger ledger)
    : INotificationHandler<PurchaseRefundFailed>
{
    public Task Handle(PurchaseRefundFailed e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(RestoreCreditsOnPurchaseRefundFailed), async () =>
        {
            // None come back while a dispute holds the purchase's credits.
            if (e.CreditsRestored > 0)
            {
                await ledger.MoveAsync(CreditMovement.OfPurchase(e.AccountId, LedgerKind.RefundFailed, e.CreditsRestored, "refund", e.RefundId,
                    e.Canceled ? "Refund cancelled" : "Refund failed", e.Livemode), ct);
            }
        }, ct);
}
