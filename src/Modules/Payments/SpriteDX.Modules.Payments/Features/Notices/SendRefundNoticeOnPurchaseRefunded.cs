using MediatR;
using SpriteDX.BuildingBlocks.Mail;
using SpriteDX.Modules.Payments.Contracts;

namespace SpriteDX.Modules.Payments.Features.Notices;

/// <summary>A refund, full or partial, and the credits it took back; once per refund.</summary>
internal sealed class SendRefundNoticeOnPurchaseRefunded(PurchaseNotices notices) : INotificationHandler<PurchaseRefunded>
{
    public Task Handle(PurchaseRefunded e, CancellationToken ct) =>
        notices.SendOnceAsync(e.MessageId, nameof(SendRefundNoticeOnPurchaseRefunded), e.PurchaseId, facts => Notice(facts, e), ct);

    private static EmailContent Notice(PurchaseFacts facts, PurchaseRefunded e)
    {
        var full = e.AmountMinor >= facts.Purchase.AmountMinor;
        var refunded = facts.Money(e.AmountMinor);
        return new EmailContent(
            $"{(full ? "Refund" : "Partial refund")} of {refunded}: {e.Credits:N0} credits taken back",
            full ? "Your purchase was refunded" : "Part of your purchase was refunded",
            [
                $"{refunded} of your {facts.Amount} payment ({facts.Pack}) is on its way back to your card; banks usually take 5 to 10 days to show it.",
                $"{e.Credits:N0} credits bought with it were taken back from your balance. Credits already spent are recorded as owed and are settled by your next credits.",
            ])
        {
            Details = [("Refunded", $"{refunded} ({(full ? "full" : "partial")})"), ("Credits taken back", e.Credits.ToString("N0")), .. facts.PurchaseDetails()],
            Action = facts.ReceiptAction,
        };
    }
}
