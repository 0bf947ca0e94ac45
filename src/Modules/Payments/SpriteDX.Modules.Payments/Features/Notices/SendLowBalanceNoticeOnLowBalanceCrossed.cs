using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.BuildingBlocks.Mail;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Credits.Contracts;
using SpriteDX.Modules.Payments.Contracts;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Features.Accounts;
using SpriteDX.Modules.Payments.Features.Checkout;

namespace SpriteDX.Modules.Payments.Features.Notices;

/// <summary>
/// The low-balance alert's e-mail, once per crossing: Credits announces each crossing once, and the inbox claim is saved
/// with the queued message. Payments writes it because it keeps the billing address and knows whether buying is open.
/// </summary>
internal sealed class SendLowBalanceNoticeOnLowBalanceCrossed(
    PaymentsDbContext db, MailQueue<PaymentsDbContext> mail, BillingAvailability billing, PublicAddress publicAddress,
    ILogger<SendLowBalanceNoticeOnLowBalanceCrossed> logger) : INotificationHandler<LowBalanceCrossed>
{
    public async Task Handle(LowBalanceCrossed e, CancellationToken ct)
    {
        if (!await db.Inbox.TryClaimAsync(e.MessageId, nameof(SendLowBalanceNoticeOnLowBalanceCrossed), ct))
            return;
        if (await BillingAccountEmail.AddressToNotifyAsync(db, e.AccountId, ct) is not { } address)
        {
            logger.LogInformation("Low-balance alert of deleted account {AccountId}: no e-mail sent", e.AccountId);
            await db.SaveChangesAsync(ct);
            return;
        }

        await mail.QueueAsync(address, Notice(e), ct);
    }

    private EmailContent Notice(LowBalanceCrossed e) => new(
        $"Your SpriteDX balance is under {e.Threshold:N0} credits",
        "Your credit balance is running low",
        [
            $"Your balance fell to {e.Balance:N0} credits, below the {e.Threshold:N0} you asked us to watch for.",
            billing.IsEnabledForEveryone
                ? "Buy a credit pack to keep generating sprites without interruption."
                : "Your credits and their history are on Usage and Billing.",
        ])
    {
        Details = [("Balance", $"{e.Balance:N0} credits"), ("Alert level", $"{e.Threshold:N0} credits")],
        Action = billing.IsEnabledForEveryone
            ? new EmailAction("Buy credits", publicAddress.Link(PaymentsLinks.BuyCredits))
            : new EmailAction("Open Usage and Billing", publicAddress.Link(CreditsLinks.Billing)),
        Footnote = "You get this e-mail once each time your balance falls below the alert level. Change or turn off the alert on Usage and Billing.",
    };
}
