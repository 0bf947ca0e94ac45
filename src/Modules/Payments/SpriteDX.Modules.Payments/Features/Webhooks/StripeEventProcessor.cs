using Microsoft.EntityFrameworkCore;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;
using SpriteDX.Modules.Payments.Features.Adjustments;
using SpriteDX.Modules.Payments.Features.Fulfilment;
using Stripe;

namespace SpriteDX.Modules.Payments.Features.Webhooks;

/// <summary>
/// What each Stripe event means for a purchase. Checkout events only say "look again": the session is
/// retrieved from Stripe by the shared fulfilment step, so events arriving late, twice or out of order
/// all converge on what Stripe says now.
/// </summary>
internal sealed class StripeEventProcessor(PaymentsDbContext db, PurchaseFulfilment fulfilment, PurchaseAdjustments adjustments)
{
    public Task<Resolution> ProcessAsync(WebhookEvent stored, CancellationToken ct) => stored.Type switch
    {
        // What a session event says was recorded when it arrived (its session id and mode); the payload is
        // parsed again only for the events whose object's details matter.
        EventTypes.CheckoutSessionCompleted or EventTypes.CheckoutSessionAsyncPaymentSucceeded or EventTypes.CheckoutSessionAsyncPaymentFailed
            or EventTypes.CheckoutSessionExpired => stored.ObjectId is { } sessionId
            ? SyncSessionAsync(sessionId, stored.Livemode, ct)
            : Task.FromResult(Resolution.Rejected($"the {stored.Type} event names no Checkout Session")),
        EventTypes.ChargeRefunded or EventTypes.ChargeDisputeCreated => AdjustAsync(EventUtility.ParseEvent(stored.Payload, throwOnApiVersionMismatch: false), ct),
        _ => Task.FromResult(Resolution.Ignored($"SpriteDX does not act on {stored.Type}.")),
    };

    private Task<Resolution> AdjustAsync(Event stripeEvent, CancellationToken ct) => (stripeEvent.Type, stripeEvent.Data?.Object) switch
    {
        (EventTypes.ChargeRefunded, Charge charge) => adjustments.RefundAsync(charge, stripeEvent.Livemode, ct),
        (EventTypes.ChargeDisputeCreated, Dispute dispute) => adjustments.DisputeAsync(dispute, stripeEvent.Livemode, ct),
        _ => Task.FromResult(Resolution.Rejected($"the {stripeEvent.Type} event carries no charge or dispute")),
    };

    private async Task<Resolution> SyncSessionAsync(string sessionId, bool livemode, CancellationToken ct)
    {
        var purchase = await db.Purchases.AsNoTracking().SingleOrDefaultAsync(p => p.CheckoutSessionId == sessionId, ct);
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
