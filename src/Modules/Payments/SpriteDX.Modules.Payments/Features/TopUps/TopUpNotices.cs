using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SpriteDX.BuildingBlocks.Mail;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Credits.Contracts;
using SpriteDX.Modules.Payments.Contracts;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;
using SpriteDX.Modules.Payments.Features.Accounts;
using SpriteDX.Modules.Payments.Features.Notices;

namespace SpriteDX.Modules.Payments.Features.TopUps;

/// <summary>
/// The e-mails automatic top-up sends. Callers send each once: after the conditional UPDATE that settled the top-up
/// or marked the month's cap, which only one caller wins. Usage and Billing shows the same notice in the app.
/// </summary>
internal sealed class TopUpNotices(PaymentsDbContext db, MailQueue<PaymentsDbContext> mail, PublicAddress publicAddress, ILogger<TopUpNotices> logger)
{
    public Task TurnedOffAsync(Guid accountId, BillingMode mode, string reason, CancellationToken ct) => SendAsync(accountId, mode, new EmailContent(
        "Automatic top-up is off",
        "Your automatic top-up is off",
        [
            $"SpriteDX could not top up your credits: {reason}. Nothing was charged, and automatic top-up is now off so it does not try again.",
            "You can buy credits yourself at any time, and turn automatic top-up on again on Usage and Billing.",
        ])
    {
        Action = new EmailAction("Buy credits", publicAddress.Link(PaymentsLinks.BuyCredits)),
    }, ct);

    public Task CapReachedAsync(Guid accountId, BillingMode mode, Money cap, CancellationToken ct) => SendAsync(accountId, mode, new EmailContent(
        "Your automatic top-up reached its monthly cap",
        "Monthly cap reached",
        [
            $"Your automatic top-ups this month have reached the cap of {cap} you set, so SpriteDX will not top up again until next month.",
            "You can buy credits yourself at any time, or raise the cap on Usage and Billing.",
        ])
    {
        Action = new EmailAction("Usage and Billing", publicAddress.Link(CreditsLinks.Billing)),
    }, ct);

    private async Task SendAsync(Guid accountId, BillingMode mode, EmailContent content, CancellationToken ct)
    {
        // A saved card came with a checkout, so the address is known; none means the account was deleted.
        if (await BillingAccountEmail.AddressToNotifyAsync(db, accountId, ct) is not { } address)
        {
            logger.LogInformation("Account {AccountId} was deleted; no automatic top-up notice sent", accountId);
            return;
        }

        await mail.QueueAsync(address, PurchaseNotices.MarkTestMode(content, mode), ct);
    }
}
