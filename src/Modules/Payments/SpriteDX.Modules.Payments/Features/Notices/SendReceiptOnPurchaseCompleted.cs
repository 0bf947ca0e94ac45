using MediatR;
using SpriteDX.BuildingBlocks.Mail;
using SpriteDX.Modules.Payments.Contracts;

namespace SpriteDX.Modules.Payments.Features.Notices;

/// <summary>The purchase receipt, once per paid purchase (the success page and the webhook complete it once between them).</summary>
internal sealed class SendReceiptOnPurchaseCompleted(PurchaseNotices notices) : INotificationHandler<PurchaseCompleted>
{
    public Task Handle(PurchaseCompleted e, CancellationToken ct) =>
        notices.SendOnceAsync(e.MessageId, nameof(SendReceiptOnPurchaseCompleted), e.PurchaseId, Receipt, ct);

    private static EmailContent Receipt(PurchaseFacts facts) => new(
        $"Your SpriteDX receipt: {facts.Credits} credits",
        "Thank you for your purchase",
        [$"{facts.Credits} credits were added to your SpriteDX balance. Keep this e-mail as your receipt."])
    {
        Details = [("Date", PurchaseFacts.Date(facts.Purchase.PaidAt ?? facts.Purchase.CreatedAt)), .. facts.PurchaseDetails()],
        Action = facts.ReceiptAction,
        Footnote = "Questions about this payment? Quote your receipt number.",
    };
}
