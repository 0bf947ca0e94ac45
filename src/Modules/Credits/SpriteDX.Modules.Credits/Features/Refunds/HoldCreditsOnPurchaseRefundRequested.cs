using MediatR;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Payments.Contracts;

namespace SpriteDX.Modules.Credits.Features.Refunds;

/// <summary>A buyer asked for a refund: the purchase's credits are held at once, or the request is refused because some were spent.</summary>
internal sealed class HoldCreditsOnPurchaseRefundRequested(CreditsDbContext db, RefundHolds holds) : INotificationHandler<PurchaseRefundRequested>
{
    public Task Handle(PurchaseRefundRequested e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(HoldCreditsOnPurchaseRefundRequested),
            () => holds.HoldAsync(e.PurchaseId, e.AccountId, e.Attempt, e.Credits, e.Livemode, ct), ct);
}
