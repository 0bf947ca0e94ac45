using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.BuildingBlocks.Mail;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Payments.Contracts;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;
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

        var account = await db.BillingAccounts.Where(a => a.AccountId == purchase.AccountId)
            .Select(a => new { a.Email, a.EmailRecordedAt }).SingleOrDefaultAsync(ct);
        if (account is { Email: null, EmailRecordedAt: not null })
        {
            // The account was deleted (its address forgotten): no retry would find one (found by the simulator, #22).
            logger.LogInformation("{Handler}: account {AccountId} was deleted; no e-mail sent", handler, purchase.AccountId);
            return;
        }

        // Failing here retries the notification later: its AccountRegistered may simply not have arrived yet.
        var address = account?.Email ?? throw new InvalidOperationException($"No e-mail address is known for account {purchase.AccountId} yet.");
        var content = compose(new PurchaseFacts(purchase, await PaymentMethodAsync(purchase, ct), publicAddress.Link(PaymentsLinks.Receipt(purchase.Id))));
        if (purchase.Mode == BillingMode.Test)
            content = content with { Subject = $"[Test mode] {content.Subject}", Banner = TestModeBanner };
        await mail.QueueAsync(address, content, ct);
    }

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
