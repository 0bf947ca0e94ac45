using Microsoft.EntityFrameworkCore;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;
using SpriteDX.Modules.Payments.Features.Adjustments;
using SpriteDX.Modules.Payments.Features.Fulfilment;
using SpriteDX.Modules.Payments.Features.SavedCards;
using SpriteDX.Modules.Payments.Features.TopUps;
using Stripe;

namespace SpriteDX.Modules.Payments.Features.Webhooks.Reconcile;

/// <summary>
/// What each Stripe event means for a purchase. Checkout events only say "look again": the session is
/// retrieved from Stripe by the shared fulfilment step, so events arriving late, twice or out of order
/// all converge on what Stripe says now.
/// </summary>
internal sealed class StripeEventProcessor(PaymentsDbContext db, PurchaseFulfilment fulfilment, PurchaseAdjustments adjustments, CustomerCards cards, TopUpCharge topUps)
{
    /// <summary>
    /// The purchases a batch of events is about, in one query. A snapshot is enough: fulfilment retrieves
    /// the session and claims the purchase with a conditional UPDATE, whatever state it was read in.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, Purchase>> PurchasesOfAsync(IReadOnlyList<WebhookEvent> events, CancellationToken ct)
    {
        var sessionIds = events.Where(e => IsSessionEvent(e.Type)).Select(e => e.ObjectId).OfType<string>().Distinct().ToList();
        return sessionIds.Count == 0
            ? new Dictionary<string, Purchase>()
            : await db.Purchases.AsNoTracking().Where(p => sessionIds.Contains(p.CheckoutSessionId!)).ToDictionaryAsync(p => p.CheckoutSessionId!, ct);
    }

    public Task<Resolution> ProcessAsync(WebhookEvent stored, IReadOnlyDictionary<string, Purchase> purchases, CancellationToken ct) => stored.Type switch
    {
        // What a session event says was recorded when it arrived (its session id and mode); the payload is
        // parsed only for the events whose object's details matter.
        _ when IsSessionEvent(stored.Type) => stored.ObjectId is { } sessionId
            ? SyncSessionAsync(sessionId, purchases.GetValueOrDefault(sessionId), stored.Livemode, ct)
            : Task.FromResult(Resolution.Rejected($"the {stored.Type} event names no Checkout Session")),
        EventTypes.ChargeDisputeFundsWithdrawn or EventTypes.ChargeDisputeFundsReinstated =>
            Task.FromResult(Resolution.Ignored($"recorded: Stripe moved the disputed funds ({stored.Type}); credits move only when the dispute opens or closes")),
        _ when IsAdjustmentEvent(stored.Type) => AdjustAsync(EventUtility.ParseEvent(stored.Payload, throwOnApiVersionMismatch: false), ct),
        EventTypes.PaymentIntentSucceeded or EventTypes.PaymentIntentPaymentFailed => TopUpPaymentAsync(EventUtility.ParseEvent(stored.Payload, throwOnApiVersionMismatch: false), ct),
        EventTypes.PaymentMethodAttached or EventTypes.PaymentMethodDetached => SavedCardAsync(EventUtility.ParseEvent(stored.Payload, throwOnApiVersionMismatch: false), ct),
        _ => Task.FromResult(Resolution.Ignored($"SpriteDX does not act on {stored.Type}.")),
    };

    private static bool IsSessionEvent(string type) => type is EventTypes.CheckoutSessionCompleted or EventTypes.CheckoutSessionAsyncPaymentSucceeded
        or EventTypes.CheckoutSessionAsyncPaymentFailed or EventTypes.CheckoutSessionExpired;

    private static bool IsAdjustmentEvent(string type) => type is EventTypes.ChargeRefunded or EventTypes.ChargeRefundUpdated or EventTypes.RefundCreated
        or EventTypes.RefundUpdated or EventTypes.RefundFailed or EventTypes.ChargeDisputeCreated or EventTypes.ChargeDisputeClosed;

    private Task<Resolution> AdjustAsync(Event stripeEvent, CancellationToken ct) => (stripeEvent.Type, stripeEvent.Data?.Object) switch
    {
        (EventTypes.ChargeRefunded, Charge charge) => adjustments.RefundAsync(charge.Id, stripeEvent.Livemode, ct),
        (_, Refund refund) => adjustments.RefundChangedAsync(refund.Id, stripeEvent.Livemode, ct),
        (EventTypes.ChargeDisputeCreated, Dispute dispute) => adjustments.DisputeAsync(dispute, stripeEvent.Livemode, ct),
        (EventTypes.ChargeDisputeClosed, Dispute dispute) => adjustments.DisputeClosedAsync(dispute, stripeEvent.Livemode, ct),
        _ => Task.FromResult(Resolution.Rejected($"the {stripeEvent.Type} event carries no charge, refund or dispute")),
    };

    private async Task<Resolution> SavedCardAsync(Event stripeEvent, CancellationToken ct) =>
        stripeEvent.Data?.Object is not PaymentMethod paymentMethod
            ? Resolution.Rejected($"the {stripeEvent.Type} event carries no payment method")
            : await cards.RefreshForAsync(paymentMethod, stripeEvent.Livemode, ct)
                ? Resolution.Applied($"the saved card of {paymentMethod.CustomerId ?? "its customer"} was read again from Stripe")
                : Resolution.Ignored($"payment method {paymentMethod.Id} belongs to no customer of SpriteDX's accounts");

    /// <summary>
    /// Only automatic top-ups charge payment intents directly; the event may overtake the charge's own answer, so the
    /// top-up is found by the id in the intent's metadata, and settled from the intent as Stripe holds it.
    /// </summary>
    private async Task<Resolution> TopUpPaymentAsync(Event stripeEvent, CancellationToken ct)
    {
        if (stripeEvent.Data?.Object is not PaymentIntent intent)
            return Resolution.Rejected($"the {stripeEvent.Type} event carries no payment intent");
        var topUpId = Guid.TryParse(intent.Metadata?.GetValueOrDefault("top_up_id"), out var id) ? id : (Guid?)null;
        var topUp = await db.TopUps.AsNoTracking().SingleOrDefaultAsync(t => t.Id == topUpId || t.PaymentIntentId == intent.Id, ct);
        if (topUp is null)
            return Resolution.Ignored($"payment intent {intent.Id} is no automatic top-up of SpriteDX's");
        if (topUp.Mode.IsLivemode() != stripeEvent.Livemode)
            return Resolution.WrongMode(stripeEvent.Livemode, topUp.Mode);
        var fulfilled = await topUps.SettleAsync(topUp.Id, intent.Id, ct);
        return fulfilled.IsRejected
            ? Resolution.Rejected(fulfilled.Rejection!)
            : Resolution.Applied($"automatic top-up {topUp.Id}: its purchase is {fulfilled.Status.Label().ToLowerInvariant()}");
    }

    private async Task<Resolution> SyncSessionAsync(string sessionId, Purchase? purchase, bool livemode, CancellationToken ct)
    {
        if (purchase is null)
            return Resolution.Rejected($"no purchase has Checkout Session {sessionId}");
        if (purchase.Mode.IsLivemode() != livemode)
            return Resolution.WrongMode(livemode, purchase.Mode);

        var fulfilled = await fulfilment.FulfilAsync(purchase, ct);
        return fulfilled.IsRejected
            ? Resolution.Rejected(fulfilled.Rejection!)
            : Resolution.Applied($"purchase {purchase.Id} is {fulfilled.Status.Label().ToLowerInvariant()}");
    }
}
