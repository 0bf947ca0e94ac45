using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.Modules.Payments.Contracts;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;
using SpriteDX.Modules.Payments.Features.Metrics;
using SpriteDX.Modules.Payments.Stripe;
using Stripe;
using Stripe.Checkout;

namespace SpriteDX.Modules.Payments.Features.Fulfilment;

/// <summary>Where a purchase stands after asking Stripe; Rejected when Stripe's session does not match it.</summary>
internal sealed record Fulfilment(PurchaseStatus Status, string? Rejection = null)
{
    public bool IsRejected => Rejection is not null;
}

/// <summary>
/// The one fulfilment step, shared by the success page and the webhook (Stripe may deliver the event before
/// the redirect, after it, or never). It trusts nothing it was handed: it retrieves the session from Stripe
/// with the purchase's own mode keys, checks it belongs to this purchase, and moves the purchase to what
/// Stripe says. Paid is claimed by one conditional UPDATE, so exactly one caller publishes PurchaseCompleted.
/// </summary>
internal sealed class PurchaseFulfilment(PaymentsDbContext db, StripeClients stripe, PaymentsMetrics metrics, TimeProvider clock, ILogger<PurchaseFulfilment> logger)
{
    public async Task<Fulfilment> FulfilAsync(Purchase purchase, CancellationToken ct)
    {
        if (!purchase.CanStillBePaid || purchase.CheckoutSessionId is null)
            return new Fulfilment(purchase.Status);

        var session = await stripe.For(purchase.Mode).V1.Checkout.Sessions.GetAsync(
            purchase.CheckoutSessionId, new SessionGetOptions { Expand = ["payment_intent.latest_charge"] }, cancellationToken: ct);
        if (Mismatch(purchase, session) is { } mismatch)
        {
            logger.LogError("Checkout Session {SessionId} does not match purchase {PurchaseId}: {Mismatch}", session.Id, purchase.Id, mismatch);
            return new Fulfilment(purchase.Status, mismatch);
        }

        return session switch
        {
            { PaymentStatus: "paid" } => await ClaimPaidAsync(purchase, session.PaymentIntentId, session.PaymentIntent?.LatestCharge, ct),
            { Status: "complete", PaymentIntent.Status: "processing" } => await MoveAsync(purchase, PurchaseTransition.AwaitBank, ct),
            { Status: "complete" } => await MoveAsync(purchase, PurchaseTransition.Fail, ct), // the delayed payment failed
            { Status: "expired" } => await MoveAsync(purchase, PurchaseTransition.Expire, ct),
            _ => new Fulfilment(purchase.Status), // still open: the customer has not paid yet
        };
    }

    /// <summary>
    /// The same step for an automatic top-up, charged off session: the payment intent is retrieved (with the purchase's
    /// mode keys), checked against the purchase, and settles it. The synchronous answer and payment_intent.* events
    /// both come here, so whichever is first claims Paid and the other finds it done.
    /// </summary>
    public async Task<Fulfilment> FulfilPaymentIntentAsync(Purchase purchase, string paymentIntentId, CancellationToken ct)
    {
        if (!purchase.CanStillBePaid)
            return new Fulfilment(purchase.Status);

        var intent = await stripe.For(purchase.Mode).V1.PaymentIntents.GetAsync(
            paymentIntentId, new PaymentIntentGetOptions { Expand = ["latest_charge"] }, cancellationToken: ct);
        if (Mismatch(purchase, intent) is { } mismatch)
        {
            logger.LogError("Payment intent {PaymentIntentId} does not match purchase {PurchaseId}: {Mismatch}", intent.Id, purchase.Id, mismatch);
            return new Fulfilment(purchase.Status, mismatch);
        }

        return intent.Status switch
        {
            "succeeded" => await ClaimPaidAsync(purchase, intent.Id, intent.LatestCharge, ct),
            // Off session nobody can confirm or pick another card: any of these is the end of this purchase.
            "requires_payment_method" or "requires_action" or "requires_confirmation" or "canceled" => await MoveAsync(purchase, PurchaseTransition.Fail, ct),
            _ => new Fulfilment(purchase.Status), // processing: its payment_intent event settles it
        };
    }

    private static string? Mismatch(Purchase purchase, PaymentIntent intent)
    {
        if (intent.Livemode != purchase.Mode.IsLivemode())
            return $"the payment intent is {(intent.Livemode ? "live" : "test")}-mode but the purchase is {purchase.Mode}";
        if (intent.Metadata?.GetValueOrDefault("purchase_id") != purchase.Id.ToString() || intent.Metadata?.GetValueOrDefault("account_id") != purchase.AccountId.ToString())
            return "the payment intent's metadata names another purchase or account";
        if (intent.Amount != purchase.AmountMinor || !string.Equals(intent.Currency, purchase.Currency, StringComparison.OrdinalIgnoreCase))
            return $"the payment intent charges {intent.Amount} {intent.Currency}, not the pack's {purchase.AmountMinor} {purchase.Currency}";
        return null;
    }

    private static string? Mismatch(Purchase purchase, Session session)
    {
        string? Meta(string key) => session.Metadata?.GetValueOrDefault(key);
        if (session.Livemode != purchase.Mode.IsLivemode())
            return $"the session is {(session.Livemode ? "live" : "test")}-mode but the purchase is {purchase.Mode}";
        if (Meta("purchase_id") != purchase.Id.ToString() || Meta("pack_id") != purchase.PackId
            || Meta("account_id") != purchase.AccountId.ToString() || session.ClientReferenceId != purchase.AccountId.ToString())
            return "the session's metadata names another purchase, pack or account";
        if (session.AmountTotal != purchase.AmountMinor || !string.Equals(session.Currency, purchase.Currency, StringComparison.OrdinalIgnoreCase))
            return $"the session charges {session.AmountTotal} {session.Currency}, not the pack's {purchase.AmountMinor} {purchase.Currency}";
        return null;
    }

    private async Task<Fulfilment> ClaimPaidAsync(Purchase purchase, string? paymentIntentId, Charge? charge, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var claimed = await Settling(purchase, PurchaseTransition.Pay)
            .ExecuteUpdateAsync(s => s
                .SetProperty(p => p.Status, Purchase.Transitions[PurchaseTransition.Pay].To!.Value)
                .SetProperty(p => p.PaidAt, now)
                .SetProperty(p => p.PaymentIntentId, paymentIntentId)
                .SetProperty(p => p.ChargeId, charge == null ? null : charge.Id)
                .SetProperty(p => p.PaymentMethod, PaymentMethodDescription.Of(charge))
                .SetProperty(p => p.StripeReceiptUrl, charge == null ? null : charge.ReceiptUrl)
                .SetProperty(p => p.Version, p => p.Version + 1), ct);
        if (claimed == 1)
        {
            db.Outbox.Add(new PurchaseCompleted(Guid.NewGuid(), now, purchase.Id, purchase.AccountId, purchase.PackId, purchase.PackName,
                purchase.Credits, purchase.AmountMinor, purchase.Currency, purchase.Mode.IsLivemode()));
        }

        await db.CommitAndPublishAsync(transaction, ct);
        if (claimed == 1)
            metrics.PurchaseReached(PurchaseStatus.Paid, purchase.Mode);
        return new Fulfilment(await CurrentStatusAsync(purchase.Id, ct));
    }

    private async Task<Fulfilment> MoveAsync(Purchase purchase, PurchaseTransition transition, CancellationToken ct)
    {
        var to = Purchase.Transitions[transition].To!.Value;
        if (await Settling(purchase, transition).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, to).SetProperty(p => p.Version, p => p.Version + 1), ct) == 1)
            metrics.PurchaseReached(to, purchase.Mode);
        return new Fulfilment(await CurrentStatusAsync(purchase.Id, ct));
    }

    /// <summary>The purchase's row, if it may still make <paramref name="transition"/>: the guard of the UPDATE that makes it.</summary>
    private IQueryable<Purchase> Settling(Purchase purchase, PurchaseTransition transition) =>
        db.Purchases.Where(p => p.Id == purchase.Id).Where(Purchase.Transitions.Guard<Purchase>(p => p.Status, transition));

    private Task<PurchaseStatus> CurrentStatusAsync(Guid purchaseId, CancellationToken ct) =>
        db.Purchases.Where(p => p.Id == purchaseId).Select(p => p.Status).SingleAsync(ct);
}
