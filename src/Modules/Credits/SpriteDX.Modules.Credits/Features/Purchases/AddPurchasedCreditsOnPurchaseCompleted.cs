using MediatR;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Credits.Domain;
using SpriteDX.Modules.Payments.Contracts;

namespace SpriteDX.Modules.Credits.Features.Purchases;

internal sealed class AddPurchasedCreditsOnPurchaseCompleted(CreditsDbContext db, CreditLedger ledger)
    : INotificationHandler<PurchaseCompleted>
{
    public Task Handle(PurchaseCompleted e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(AddPurchasedCreditsOnPurchaseCompleted), async () =>
        {
            if (e.Credits <= 0)
                throw new InvalidOperationException($"Purchase {e.PurchaseId} carries {e.Credits} credits; a purchase must add credits.");
            await ledger.MoveAsync(CreditMovement.OfPurchase(e.AccountId, LedgerKind.Purchase, e.Credits, "purchase", e.PurchaseId.ToString(), $"Bought {e.PackName}", e.Livemode), ct);
        }, ct);
}
