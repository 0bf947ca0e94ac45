using MediatR;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Admin.Data;
using SpriteDX.Modules.Payments.Contracts;

namespace SpriteDX.Modules.Admin.Features.ReadModel;

internal sealed class RecordRefundFailureOnPurchaseRefundFailed(AdminDbContext db) : INotificationHandler<PurchaseRefundFailed>
{
    public Task Handle(PurchaseRefundFailed e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(RecordRefundFailureOnPurchaseRefundFailed), async () =>
        {
            var purchase = await db.Purchases.FindAsync([e.PurchaseId], ct)
                           ?? throw new InvalidOperationException($"Purchase {e.PurchaseId} is not known yet; its failed refund waits for it.");
            purchase.RefundedMinor = Math.Max(0, purchase.RefundedMinor - e.AmountMinor);
        }, ct);
}
