using MediatR;
using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Admin.Data;
using SpriteDX.Modules.Payments.Contracts;

namespace SpriteDX.Modules.Admin.Features.ReadModel;

internal sealed class RecordRefundOnPurchaseRefunded(AdminDbContext db) : INotificationHandler<PurchaseRefunded>
{
    public Task Handle(PurchaseRefunded e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(RecordRefundOnPurchaseRefunded), async () =>
        {
            // Added in the UPDATE itself: two refunds of one purchase handled at once (two hosts) would each add theirs to the
            // same read and save over the other's. A refund overtaking its purchase finds no row, fails here, and is retried
            // once the purchase has arrived.
            var refunded = await db.Purchases.Where(p => p.PurchaseId == e.PurchaseId)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.RefundedMinor,
                    p => p.RefundedMinor + e.AmountMinor > p.AmountMinor ? p.AmountMinor : p.RefundedMinor + e.AmountMinor), ct);
            if (refunded == 0)
                throw new InvalidOperationException($"Purchase {e.PurchaseId} is not known yet; its refund waits for it.");
        }, ct);
}
