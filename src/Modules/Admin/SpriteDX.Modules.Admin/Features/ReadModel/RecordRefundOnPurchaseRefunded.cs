using MediatR;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Admin.Data;
using SpriteDX.Modules.Payments.Contracts;

namespace SpriteDX.Modules.Admin.Features.ReadModel;

internal sealed class RecordRefundOnPurchaseRefunded(AdminDbContext db) : INotificationHandler<PurchaseRefunded>
{
    public Task Handle(PurchaseRefunded e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(RecordRefundOnPurchaseRefunded), async () =>
        {
            // A refund overtaking its purchase fails here and is retried once the purchase has arrived.
            var purchase = await db.Purchases.FindAsync([e.PurchaseId], ct)
                           ?? throw new InvalidOperationException($"Purchase {e.PurchaseId} is not known yet; its refund waits for it.");
            purchase.RefundedMinor = Math.Min(purchase.AmountMinor, purchase.RefundedMinor + e.AmountMinor);
        }, ct);
}
