using MediatR;
using SpriteDX.Modules.Credits.Contracts;

namespace SpriteDX.Modules.Payments.Features.Refunds;

/// <summary>
/// The credits are held: Stripe is asked for the refund. No inbox row: a redelivery finds the request past Holding,
/// or asks Stripe again with the same idempotency key, which answers the same refund.
/// </summary>
internal sealed class AskStripeOnRefundCreditsHeld(SelfServeRefunds refunds) : INotificationHandler<RefundCreditsHeld>
{
    public Task Handle(RefundCreditsHeld e, CancellationToken ct) => refunds.SubmitAsync(e.PurchaseId, e.Attempt, ct);
}
