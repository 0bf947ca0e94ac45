using MediatR;
using SpriteDX.BuildingBlocks.Mail;
using SpriteDX.Modules.Payments.Contracts;

namespace SpriteDX.Modules.Payments.Features.Notices;

/// <summary>A dispute opened on the payment and froze its credits; once per dispute.</summary>
internal sealed class SendDisputeNoticeOnPurchaseDisputed(PurchaseNotices notices) : INotificationHandler<PurchaseDisputed>
{
    public Task Handle(PurchaseDisputed e, CancellationToken ct) =>
        notices.SendOnceAsync(e.MessageId, nameof(SendDisputeNoticeOnPurchaseDisputed), e.PurchaseId, facts => Notice(facts, e), ct);

    private static EmailContent Notice(PurchaseFacts facts, PurchaseDisputed e) => new(
        $"Your {facts.Amount} payment is disputed: {e.Credits:N0} credits frozen",
        "Your payment is disputed",
        [
            $"Your bank or card issuer told us that your {facts.Amount} payment ({facts.Pack}) is disputed.",
            $"While the dispute is open, the {e.Credits:N0} credits it bought are frozen. We will write again when the bank decides.",
        ])
    {
        Details = [("Credits frozen", e.Credits.ToString("N0")), .. facts.PurchaseDetails()],
        Action = facts.ReceiptAction,
        Footnote = "If you did not mean to dispute this payment, tell your bank: they close the dispute and the credits come back.",
    };
}
