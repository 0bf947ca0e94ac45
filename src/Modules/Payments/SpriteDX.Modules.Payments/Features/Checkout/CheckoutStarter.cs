using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;
using SpriteDX.Modules.Payments.Features.Customers;
using SpriteDX.Modules.Payments.Stripe;
using Stripe;
using Stripe.Checkout;

namespace SpriteDX.Modules.Payments.Features.Checkout;

internal abstract record CheckoutStart
{
    public sealed record Started(string CheckoutUrl) : CheckoutStart;

    public sealed record UnknownPack : CheckoutStart;

    /// <summary>The account's billing mode has no Stripe keys on this server.</summary>
    public sealed record ModeNotConfigured : CheckoutStart;

    public sealed record StripeUnavailable : CheckoutStart;
}

/// <summary>
/// Starts Stripe Checkout for a pack: a pending purchase first, then its Checkout Session in the account's
/// billing mode. The purchase id is the idempotency key and the form's checkout key finds the purchase again,
/// so a double submit (or a retry after a timeout) ends on the same session.
/// </summary>
internal sealed class CheckoutStarter(
    PaymentsDbContext db, CreditPackCatalog packs, StripeClients stripe, StripeCustomers customers, TimeProvider clock, ILogger<CheckoutStarter> logger)
{
    /// <param name="modeOverride">Only for the admin purchase debug page: buy in this mode instead of the account's own.</param>
    /// <param name="saveCard">The buyer ticked "Save this card for automatic top-ups": Stripe saves the paid card to the customer.</param>
    public async Task<CheckoutStart> StartAsync(
        Guid accountId, string? packId, Guid checkoutKey, Uri appBase, BillingMode? modeOverride, bool saveCard, CancellationToken ct)
    {
        var pack = packs.Find(packId);
        if (pack is null)
            return new CheckoutStart.UnknownPack();

        var purchase = await FindAsync(accountId, checkoutKey, ct);
        if (purchase is not null && purchase.PackId != pack.Id)
            return new CheckoutStart.UnknownPack(); // the form was altered: its key belongs to another pack
        if (purchase?.CheckoutUrl is { } url)
            return new CheckoutStart.Started(url);

        var accountMode = await db.BillingAccounts.AsNoTracking().Where(a => a.AccountId == accountId).Select(a => (BillingMode?)a.Mode).SingleOrDefaultAsync(ct);
        var mode = purchase?.Mode ?? modeOverride ?? accountMode ?? BillingMode.Live;
        if (!stripe.IsConfigured(mode))
            return new CheckoutStart.ModeNotConfigured();
        purchase ??= await OpenAsync(accountId, checkoutKey, pack, mode, ct);

        try
        {
            var customerId = await customers.EnsureAsync(accountId, purchase.Mode, ct);
            var session = await stripe.For(mode).V1.Checkout.Sessions.CreateAsync(
                SessionOptions(purchase, customerId, saveCard, appBase),
                new RequestOptions { IdempotencyKey = $"purchase-{purchase.Id:n}" }, ct);
            await db.Purchases.Where(p => p.Id == purchase.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.CheckoutSessionId, session.Id).SetProperty(p => p.CheckoutUrl, session.Url), ct);
            return new CheckoutStart.Started(session.Url);
        }
        catch (StripeException ex)
        {
            // The purchase stays pending without a session; submitting the same form again retries with the same key.
            logger.LogError(ex, "Stripe refused the Checkout Session of purchase {PurchaseId} ({Mode})", purchase.Id, mode);
            return new CheckoutStart.StripeUnavailable();
        }
    }

    private Task<Purchase?> FindAsync(Guid accountId, Guid checkoutKey, CancellationToken ct) =>
        db.Purchases.AsNoTracking().SingleOrDefaultAsync(p => p.AccountId == accountId && p.CheckoutKey == checkoutKey, ct);

    private async Task<Purchase> OpenAsync(Guid accountId, Guid checkoutKey, CreditPack pack, BillingMode mode, CancellationToken ct)
    {
        var purchase = new Purchase
        {
            Id = Guid.NewGuid(), AccountId = accountId, CheckoutKey = checkoutKey, PackId = pack.Id, PackName = pack.Name,
            Credits = pack.Credits, AmountMinor = pack.PriceMinor, Currency = pack.Currency, Mode = mode,
            Status = PurchaseStatus.Pending, CreatedAt = clock.GetUtcNow(),
        };
        db.Purchases.Add(purchase);
        try
        {
            await db.SaveChangesAsync(ct);
            return purchase;
        }
        catch (DbUpdateException)
        {
            // The same form submitted twice at once: the other request opened it; continue with that one.
            db.ChangeTracker.Clear();
            return await FindAsync(accountId, checkoutKey, ct) ?? throw new InvalidOperationException($"Purchase for checkout key {checkoutKey} vanished.");
        }
    }

    private static SessionPaymentIntentDataOptions PaymentIntentData(Dictionary<string, string> ids, bool saveCard)
    {
        var data = new SessionPaymentIntentDataOptions { Metadata = new Dictionary<string, string>(ids) };
        if (saveCard)
            data.SetupFutureUsage = "off_session"; // assigned only when wanted: Stripe.net sends a property set to null as an empty value
        return data;
    }

    private static SessionCreateOptions SessionOptions(Purchase purchase, string customerId, bool saveCard, Uri appBase)
    {
        var ids = new Dictionary<string, string>
        {
            ["account_id"] = purchase.AccountId.ToString(), ["pack_id"] = purchase.PackId, ["purchase_id"] = purchase.Id.ToString(),
        };
        return new SessionCreateOptions
        {
            Mode = "payment",
            ClientReferenceId = purchase.AccountId.ToString(),
            Customer = customerId, // Checkout pre-fills the customer's address
            Metadata = ids,
            // Copied onto the charge, so refunds and disputes lead back to the purchase.
            PaymentIntentData = PaymentIntentData(ids, saveCard),
            LineItems =
            [
                new SessionLineItemOptions
                {
                    Quantity = 1,
                    PriceData = new SessionLineItemPriceDataOptions
                    {
                        Currency = purchase.Currency,
                        UnitAmount = purchase.AmountMinor,
                        ProductData = new SessionLineItemPriceDataProductDataOptions { Name = purchase.PackName },
                    },
                },
            ],
            SuccessUrl = new Uri(appBase, "/billing/success").AbsoluteUri + "?session_id={CHECKOUT_SESSION_ID}",
            CancelUrl = new Uri(appBase, "/billing/cancel").AbsoluteUri,
        };
    }
}
