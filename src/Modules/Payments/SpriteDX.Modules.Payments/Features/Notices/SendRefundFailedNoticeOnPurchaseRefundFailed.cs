using MediatR;
using SpriteDX.BuildingBlocks.Mail;
using SpriteDX.Modules.Payments.Contracts;

namespace SpriteDX.Modules.Payments.Features.Notices;

/// <summary>A refund that failed or was cancelled: no money went back, so its credits did (unless a dispute holds them); once per refund.</summary>
internal sealed class SendRefundFailedNoticeOnPurchaseRefundFailed(PurchaseNotices notices) : INotificationHandler<PurchaseRefundFailed>
{
    public Task Handle(PurchaseRefundFailed e, CancellationToken ct) =>
        notices.SendOnceAsync(e.MessageId, nameof(SendRefundFailedNoticeOnPurchaseRefundFailed), e.PurchaseId, facts => Notice(facts, e), ct);

    private static EmailContent Notice(PurchaseFacts facts, PurchaseRefundFailed e)
    {
        var refund = facts.Money(e.AmountMinor);
        var ended = e.Canceled ? "was cancelled" : "did not go through";
        return new EmailContent(
            $"Your refund of {refund} {ended}",
            $"Your refund {ended}",
            [
                $"The refund of {refund} of your {facts.Amount} payment ({facts.Pack}) {ended}, so no money went back to your card.",
                e.CreditsRestored > 0
                    ? $"The {e.CreditsRestored:N0} credits it had taken back are in your balance again."
                    : "Its credits stay frozen with the dispute open on this payment until the dispute is settled.",
            ])
        {
            Details = [("Refund", $"{refund} ({(e.Canceled ? "cancelled" : "failed")})"), ("Credits restored", e.CreditsRestored.ToString("N0")), .. facts.PurchaseDetails()],
            Action = facts.ReceiptAction,
        };
    }
}
