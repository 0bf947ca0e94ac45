using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;
using SpriteDX.Modules.Payments.Features.Fulfilment;
using SpriteDX.Modules.Payments.Stripe;
using Stripe;

namespace SpriteDX.Modules.Payments.Features.TopUps;

/// <summary>
/// Charges a top-up off session and settles it. The top-up id is the idempotency key, so Hangfire's retries (Stripe
/// answered 5xx, or did not answer) replay Stripe's first answer instead of charging again. The credits land through
/// the purchase fulfilment Checkout uses, from this answer or from payment_intent.succeeded, whichever comes first.
/// A decline or a card that needs its owner present settles it as failed: automatic top-up turns off and the
/// customer is told, once.
/// </summary>
internal sealed class TopUpCharge(
    PaymentsDbContext db, StripeClients stripe, PurchaseFulfilment fulfilment, TopUpStarter slots, AutoTopUpSettings settings, TopUpNotices notices,
    IBackgroundJobClient jobs, TimeProvider clock, ILogger<TopUpCharge> logger)
{
    public const string SweepJobId = "payments-top-up-sweep";

    /// <summary>A top-up younger than this is normally being charged by its own job; older and unsettled, the sweep charges it (a restart lost the job).</summary>
    public static readonly TimeSpan SweepAfter = TimeSpan.FromMinutes(2);

    [AutomaticRetry(Attempts = 8, DelaysInSeconds = [1, 5, 15, 60, 300, 900, 3600, 7200])]
    public async Task ChargeAsync(Guid topUpId, CancellationToken ct)
    {
        var topUp = await db.TopUps.AsNoTracking().SingleAsync(t => t.Id == topUpId, ct);
        if (topUp.SettledAt is not null)
            return;
        var purchase = await db.Purchases.AsNoTracking().SingleAsync(p => p.Id == topUp.PurchaseId, ct);

        PaymentIntent intent;
        try
        {
            intent = await stripe.For(topUp.Mode).V1.PaymentIntents.CreateAsync(new PaymentIntentCreateOptions
            {
                Amount = topUp.AmountMinor, Currency = topUp.Currency, Customer = topUp.CustomerId, PaymentMethod = topUp.PaymentMethodId,
                OffSession = true, Confirm = true, Description = $"SpriteDX automatic top-up: {purchase.PackName}",
                Metadata = new Dictionary<string, string>
                {
                    ["account_id"] = purchase.AccountId.ToString(), ["pack_id"] = purchase.PackId, ["purchase_id"] = purchase.Id.ToString(),
                    ["top_up_id"] = topUp.Id.ToString(),
                },
            }, new RequestOptions { IdempotencyKey = $"top-up-{topUp.Id:n}" }, ct);
        }
        catch (StripeException ex) when (ex.StripeError?.Type == "card_error")
        {
            // Declined, or the bank wants its owner present: Stripe's answer, not an outage, so no retry.
            var error = ex.StripeError;
            if (error.PaymentIntent?.Id is { } failedIntent)
                await db.TopUps.Where(t => t.Id == topUp.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.PaymentIntentId, failedIntent), ct);
            await FailAsync(topUp, purchase, error.DeclineCode ?? error.Code ?? "card_error", error.Message, ct);
            return;
        }
        catch (StripeException ex) when (ex.HttpStatusCode == System.Net.HttpStatusCode.BadRequest)
        {
            // The card was detached (removed) or no longer belongs to the customer: nothing was charged.
            logger.LogWarning(ex, "Stripe refused automatic top-up {TopUpId}", topUp.Id);
            await FailAsync(topUp, purchase, ex.StripeError?.Code ?? "invalid_request", ex.StripeError?.Message ?? ex.Message, ct);
            return;
        }

        await db.TopUps.Where(t => t.Id == topUp.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.PaymentIntentId, intent.Id), ct);
        await SettleAsync(topUp.Id, intent.Id, ct);
    }

    /// <summary>What the payment intent says now, from the charge's answer or a payment_intent.* event; settles the top-up once.</summary>
    public async Task<Fulfilment.Fulfilment> SettleAsync(Guid topUpId, string paymentIntentId, CancellationToken ct)
    {
        var topUp = await db.TopUps.AsNoTracking().SingleAsync(t => t.Id == topUpId, ct);
        var purchase = await db.Purchases.AsNoTracking().SingleAsync(p => p.Id == topUp.PurchaseId, ct);
        var fulfilled = await fulfilment.FulfilPaymentIntentAsync(purchase, paymentIntentId, ct);
        if (fulfilled.IsRejected)
            return fulfilled;
        if (fulfilled.Status == PurchaseStatus.Paid || purchase.WasPaid)
        {
            await db.TopUps.Where(t => t.Id == topUp.Id && t.SettledAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.SettledAt, clock.GetUtcNow()).SetProperty(t => t.PaymentIntentId, paymentIntentId), ct);
        }
        else if (fulfilled.Status == PurchaseStatus.Failed)
        {
            var intent = await stripe.For(topUp.Mode).V1.PaymentIntents.GetAsync(paymentIntentId, cancellationToken: ct);
            var error = intent.LastPaymentError;
            await FailAsync(topUp, purchase, error?.DeclineCode ?? error?.Code ?? intent.Status, error?.Message ?? $"the payment ended {intent.Status}", ct);
        }

        return fulfilled;
    }

    /// <summary>Top-ups whose job a restart lost: charged again with the same key, so Stripe answers what it answered.</summary>
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(60)]
    public async Task SweepAsync(CancellationToken ct)
    {
        var before = clock.GetUtcNow() - SweepAfter;
        var stuck = await db.TopUps.AsNoTracking().Where(t => t.SettledAt == null && t.CreatedAt < before).Select(t => t.Id).Take(100).ToListAsync(ct);
        foreach (var id in stuck)
            jobs.Enqueue<TopUpCharge>(job => job.ChargeAsync(id, CancellationToken.None));
    }

    private async Task FailAsync(TopUp topUp, Purchase purchase, string code, string? message, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var settled = await db.TopUps.Where(t => t.Id == topUp.Id && t.SettledAt == null).ExecuteUpdateAsync(s => s
            .SetProperty(t => t.SettledAt, now).SetProperty(t => t.FailureCode, Truncate(code, 100)).SetProperty(t => t.FailureMessage, Truncate(message, 500)), ct);
        if (settled == 0)
            return; // the webhook and the charge's answer both saw the failure; the first told the customer
        await db.Purchases.Where(p => p.Id == purchase.Id).Where(Purchase.Transitions.Guard<Purchase>(p => p.Status, PurchaseTransition.Fail))
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PurchaseStatus.Failed).SetProperty(p => p.Version, p => p.Version + 1), ct);
        await slots.ReleaseAsync(topUp.AccountId, topUp.Id, ct);
        var reason = Reason(code);
        await settings.TurnOffAsync(topUp.AccountId, reason, mode: null, ct);
        await transaction.CommitAsync(ct);
        logger.LogWarning("Automatic top-up {TopUpId} of account {AccountId} failed ({Code}); automatic top-up is off", topUp.Id, topUp.AccountId, code);
        await notices.TurnedOffAsync(topUp.AccountId, topUp.Mode, reason, ct);
    }

    /// <summary>What the customer reads: why the top-up failed, in words, without Stripe's codes.</summary>
    private static string Reason(string code) => code switch
    {
        "authentication_required" or "requires_action" => "your bank asked to confirm the payment, which needs you there",
        "insufficient_funds" => "your card was declined for insufficient funds",
        "expired_card" => "your saved card has expired",
        "card_declined" or "generic_decline" or "do_not_honor" => "your card was declined",
        _ when code.Contains("payment_method", StringComparison.Ordinal) || code == "resource_missing" => "the saved card is no longer available",
        _ => "the payment did not go through",
    };

    private static string? Truncate(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}
