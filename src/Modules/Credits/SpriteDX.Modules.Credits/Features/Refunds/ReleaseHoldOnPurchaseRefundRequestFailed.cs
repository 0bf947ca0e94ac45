using MediatR;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Payments.Contracts;

namespace SpriteDX.Modules.Credits.Features.Refunds;

/// <summary>A refund request ended without a refund: its held credits come back (once; a hold already taken back stays so).</summary>
internal sealed class ReleaseHoldOnPurchaseRefundRequestFailed(CreditsDbContext db, RefundHolds holds) : INotificationHandler<PurchaseRefundRequestFailed>
{
    public Task Handle(PurchaseRefundRequestFailed e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(ReleaseHoldOnPurchaseRefundRequestFailed),
            () => holds.ReleaseAsync(e.PurchaseId, e.Attempt, e.Reason, ct), ct);
}
