using MediatR;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Admin.Data;
using SpriteDX.Modules.Payments.Contracts;

namespace SpriteDX.Modules.Admin.Features.ReadModel;

internal sealed class RecordDisputeOutcomeOnPurchaseDisputeClosed(AdminDbContext db) : INotificationHandler<PurchaseDisputeClosed>
{
    public Task Handle(PurchaseDisputeClosed e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(RecordDisputeOutcomeOnPurchaseDisputeClosed), async () =>
        {
            var purchase = await db.Purchases.FindAsync([e.PurchaseId], ct)
                           ?? throw new InvalidOperationException($"Purchase {e.PurchaseId} is not known yet; its dispute's outcome waits for it.");
            // A close may be the first word of its dispute (Stripe sent it before the opening).
            purchase.IsDisputed = true;
            purchase.DisputeWon = e.Won;
        }, ct);
}
