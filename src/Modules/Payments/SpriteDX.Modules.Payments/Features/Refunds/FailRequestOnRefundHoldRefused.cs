using MediatR;
using SpriteDX.Modules.Credits.Contracts;

namespace SpriteDX.Modules.Payments.Features.Refunds;

/// <summary>Credits could not hold the purchase's credits (spent after the receipt was shown): the request fails, Stripe is never asked.</summary>
internal sealed class FailRequestOnRefundHoldRefused(SelfServeRefunds refunds) : INotificationHandler<RefundHoldRefused>
{
    public Task Handle(RefundHoldRefused e, CancellationToken ct) =>
        refunds.FailAsync(e.PurchaseId, e.Attempt, "Some of this purchase's credits were spent, so it cannot be refunded here.", ct);
}
