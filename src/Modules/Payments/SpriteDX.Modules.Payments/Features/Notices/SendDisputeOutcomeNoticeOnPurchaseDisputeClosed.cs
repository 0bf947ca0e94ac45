using MediatR;
using SpriteDX.BuildingBlocks.Mail;
using SpriteDX.Modules.Payments.Contracts;

namespace SpriteDX.Modules.Payments.Features.Notices;

/// <summary>How a dispute ended: won returns the frozen credits, lost keeps them taken back; once per dispute.</summary>
internal sealed class SendDisputeOutcomeNoticeOnPurchaseDisputeClosed(PurchaseNotices notices) : INotificationHandler<PurchaseDisputeClosed>
{
    public Task Handle(PurchaseDisputeClosed e, CancellationToken ct) =>
        notices.SendOnceAsync(e.MessageId, nameof(SendDisputeOutcomeNoticeOnPurchaseDisputeClosed), e.PurchaseId, facts => e.Won ? Won(facts, e) : Lost(facts), ct);

    private static EmailContent Won(PurchaseFacts facts, PurchaseDisputeClosed e) => new(
        $"Dispute closed: {e.CreditsReturned:N0} credits returned",
        "The dispute is closed and your credits are back",
        [
            $"The bank decided that your {facts.Amount} payment ({facts.Pack}) stands.",
            $"The {e.CreditsReturned:N0} credits the dispute froze are in your balance again.",
        ])
    {
        Details = [("Outcome", "Dispute won by SpriteDX"), ("Credits returned", e.CreditsReturned.ToString("N0")), .. facts.PurchaseDetails()],
        Action = facts.ReceiptAction,
    };

    private static EmailContent Lost(PurchaseFacts facts) => new(
        $"Dispute closed: the {facts.Amount} payment went back to the card",
        "The dispute is closed and the payment went back",
        [
            $"The bank decided the dispute in the card holder's favour: the {facts.Amount} payment ({facts.Pack}) went back to the card.",
            "The credits it bought stay taken back from your balance.",
        ])
    {
        Details = [("Outcome", "Payment returned to the card holder"), .. facts.PurchaseDetails()],
        Action = facts.ReceiptAction,
    };
}
