using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.BuildingBlocks.Mail;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Payments.Contracts;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;
using SpriteDX.Modules.Payments.Features.Accounts;
using SpriteDX.Modules.Payments.Stripe;
using Stripe.Checkout;

namespace SpriteDX.Modules.Payments.Features.Notices;

/// <summary>What every purchase e-mail may tell: the purchase as it stands, how it was paid, and its receipt page.</summary>
internal sealed record PurchaseFacts(Purchase Purchase, string? PaymentMethod, string ReceiptLink)
{
    public string Pack => Purchase.PackName;

    public string Credits => Purchase.Credits.ToString("N0", CultureInfo.InvariantCulture);

    public string Amount => Purchase.Amount.ToString();

    /// <summary>Paid in Stripe's test environment: no real money moved, either way.</summary>
    public bool IsTest => Purchase.Mode == BillingMode.Test;

    public string Money(long minor) => new Money(minor, Purchase.Currency).ToString();

    public static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("MMM d, yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The purchase's own lines (pack, credits, amount, card, receipt number), which every notice repeats after its own.</summary>
    public IEnumerable<(string Label, string Value)> PurchaseDetails()
    {
        yield return ("Pack", Pack);
        yield return ("Credits", Credits);
        yield return ("Amount", Amount);
        if (PaymentMethod is not null)
            yield return ("Paid with", PaymentMethod);
        yield return ("Receipt number", Purchase.ReceiptNumber);
    }

    public EmailAction ReceiptAction => new("View your receipt", ReceiptLink);
}

/// <summary>
/// Sends one e-mail per fact about a purchase: the handler's inbox claim and the queued message are saved together,
/// so the notification that announces the fact (published once, however often Stripe repeats its event) may be
/// delivered again and still sends nothing more. Test-mode purchases are marked in the subject and above everything.
/// </summary>
internal sealed class PurchaseNotices(
    PaymentsDbContext db, MailQueue<PaymentsDbContext> mail, StripeClients stripe, PublicAddress publicAddress, ILogger<PurchaseNotices> logger)
{
    public const string TestModeBanner = "TEST MODE: no real money moved";

    public async Task SendOnceAsync(Guid messageId, string handler, Guid purchaseId, Func<PurchaseFacts, EmailContent> compose, CancellationToken ct)
    {
        if (!await db.Inbox.TryClaimAsync(messageId, handler, ct))
            return;
        var purchase = await db.Purchases.AsNoTracking().SingleOrDefaultAsync(p => p.Id == purchaseId, ct);
        if (purchase is null)
        {
            // Payments announces only its own purchases, so no retry would find it; there is nobody to write to.
            logger.LogWarning("{Handler}: no purchase {PurchaseId}; no e-mail sent", handler, purchaseId);
            return;
        }

        if (await BillingAccountEmail.AddressToNotifyAsync(db, purchase.AccountId, ct) is not { } address)
        {
            // Deleted (found by the simulator, #22).
            logger.LogInformation("{Handler}: account {AccountId} was deleted; no e-mail sent", handler, purchase.AccountId);
            return;
        }

        var content = compose(new PurchaseFacts(purchase, await PaymentMethodAsync(purchase, ct), publicAddress.Link(PaymentsLinks.Receipt(purchase.Id))));
        await mail.QueueAsync(address, MarkTestMode(content, purchase.Mode), ct);
    }

    /// <summary>Test-mode money is told apart in the subject and a banner: nobody should mistake a sandbox payment for a real one.</summary>
    public static EmailContent MarkTestMode(EmailContent content, BillingMode mode) =>
        mode == BillingMode.Test ? content with { Subject = $"[Test mode] {content.Subject}", Banner = TestModeBanner } : content;

    /// <summary>Kept on the purchase when it was paid; asked of Stripe (with the purchase's own mode keys) when the charge was not there yet.</summary>
    private async Task<string?> PaymentMethodAsync(Purchase purchase, CancellationToken ct)
    {
        if (purchase.PaymentMethod is not null || purchase.CheckoutSessionId is null)
            return purchase.PaymentMethod;
        var session = await stripe.For(purchase.Mode).V1.Checkout.Sessions.GetAsync(
            purchase.CheckoutSessionId, new SessionGetOptions { Expand = ["payment_intent.latest_charge"] }, cancellationToken: ct);
        return PaymentMethodDescription.Of(session.PaymentIntent?.LatestCharge);
    }
}
