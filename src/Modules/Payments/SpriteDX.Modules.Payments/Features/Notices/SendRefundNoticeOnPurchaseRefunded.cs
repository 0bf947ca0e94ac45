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
        // A test purchase's refund returns no real money, and its test credits never become a debt.
        var (subject, title, paragraphs, credits) = facts.IsTest
            ? ($"Test refund of {refunded}: {e.Credits:N0} test credits taken back",
                full ? "Your test purchase was refunded" : "Part of your test purchase was refunded",
                (IReadOnlyList<string>)
                [
                    $"This was a test refund of {refunded} of your {facts.Amount} test payment ({facts.Pack}) in Stripe's test environment: no real money moved, and nothing goes back to a card.",
                    $"{e.Credits:N0} test credits bought with it were taken back from your balance.",
                ],
                "Test credits taken back")
            : ($"{(full ? "Refund" : "Partial refund")} of {refunded}: {e.Credits:N0} credits taken back",
                full ? "Your purchase was refunded" : "Part of your purchase was refunded",
                [
                    $"{refunded} of your {facts.Amount} payment ({facts.Pack}) is on its way back to your card; banks usually take 5 to 10 days to show it.",
                    $"{e.Credits:N0} credits bought with it were taken back from your balance. Credits already spent are recorded as owed and are settled by your next credits.",
                ],
                "Credits taken back");
        return new EmailContent(subject, title, paragraphs)
        {
            Details = [(facts.IsTest ? "Test refund" : "Refunded", $"{refunded} ({(full ? "full" : "partial")})"), (credits, e.Credits.ToString("N0")), .. facts.PurchaseDetails()],
            Action = facts.ReceiptAction,
        };
    }
}
