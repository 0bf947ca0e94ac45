using System.Net;
using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Domain;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.Modules.Payments.Contracts;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;
using SpriteDX.Modules.Payments.Features.Fulfilment;
using SpriteDX.Modules.Payments.Features.Metrics;
using SpriteDX.Modules.Payments.Features.Refunds;
using SpriteDX.Modules.Payments.Features.Webhooks.Reconcile;
using SpriteDX.Modules.Payments.Stripe;
using Stripe;

namespace SpriteDX.Modules.Payments.Features.Adjustments;

/// <summary>
/// Refunds and disputes: money leaving after a purchase was paid takes its credits back, once per refund or
/// dispute, and money that comes back (a refund that failed, a dispute won) returns them, once. Each refund
/// or dispute is one row keyed by Stripe's id, so duplicated and out-of-order events converge.
/// </summary>
internal sealed class PurchaseAdjustments(
    PaymentsDbContext db, StripeClients stripe, PurchaseFulfilment fulfilment, SelfServeRefunds selfServe, PaymentsMetrics metrics, TimeProvider clock)
{
    /// <summary>
    /// The charge's refunded total changed (charge.refunded), or one of its refunds did (refund.created,
    /// refund.updated): the refunds are listed from Stripe, and each one standing and not seen before takes
    /// back its share of the credits.
    /// </summary>
    public async Task<Resolution> RefundAsync(string chargeId, bool livemode, CancellationToken ct)
    {
        var charge = await ChargeAsync(chargeId, livemode, expandRefunds: true, ct);
        if (charge is null)
            return UnknownCharge(chargeId, livemode);
        var (purchase, rejection) = await PaidPurchaseAsync(charge, livemode, ct);
        if (purchase is null)
            return rejection!;
        if (purchase.Can(PurchaseTransition.Refund) is TransitionOutcome.RefusedOutcome refused)
            return Resolution.Rejected(refused.Refusal.Reason);

        var seen = await db.Adjustments.Where(a => a.PurchaseId == purchase.Id).Select(a => a.StripeId).ToListAsync(ct);
        var fresh = (charge.Refunds?.Data ?? []).Where(r => IsStanding(r.Status) && !seen.Contains(r.Id)).OrderBy(r => r.Created).ToList();
        if (fresh.Count == 0)
            return Resolution.Applied("every refund of this charge was already taken into account");

        var now = clock.GetUtcNow();
        foreach (var refund in fresh)
        {
            var credits = purchase.RecordRefund(refund.Amount);
            db.Adjustments.Add(new PurchaseAdjustment
            {
                StripeId = refund.Id, PurchaseId = purchase.Id, Kind = AdjustmentKind.Refund, AmountMinor = refund.Amount, Credits = credits, At = now,
            });
            if (credits > 0)
            {
                db.Outbox.Add(new PurchaseRefunded(Guid.NewGuid(), now, purchase.Id, purchase.AccountId, refund.Id, credits, refund.Amount, purchase.Currency,
                    purchase.Mode.IsLivemode()));
            }
        }

        // The buyer's own request, if any, is settled by the refund Stripe reports, whichever refund of the charge it is.
        if (await db.RefundRequests.SingleOrDefaultAsync(r => r.PurchaseId == purchase.Id, ct) is { } request
            && RefundRequest.Transitions.Allows(request.Status, RefundRequestTransition.Complete))
        {
            (request.Status, request.StripeRefundId, request.FailureReason, request.UpdatedAt) = (RefundRequestStatus.Refunded, fresh[^1].Id, null, now);
        }

        await SaveAndCountAsync(purchase, ct); // a concurrent adjustment fails this on the version or the refund id; the job retries
        return Resolution.Applied($"{fresh.Count} refund(s) recorded; {purchase.RefundedMinor} of {purchase.AmountMinor} refunded");
    }

    /// <summary>
    /// Any refund event: what the refund is now is asked of Stripe, so a late "created" after a "failed" (or
    /// the other way round) acts on where the refund ended, not on the order the events came in.
    /// </summary>
    public async Task<Resolution> RefundChangedAsync(string refundId, bool livemode, CancellationToken ct)
    {
        Refund refund;
        try
        {
            refund = await stripe.For(BillingModes.FromLivemode(livemode)).V1.Refunds.GetAsync(refundId, cancellationToken: ct);
        }
        catch (StripeException ex) when (ex.HttpStatusCode == HttpStatusCode.NotFound)
        {
            return Resolution.Rejected($"Stripe knows no {ModeName(livemode)}-mode refund {refundId}");
        }

        return refund.Status is "failed" or "canceled"
            ? await ReverseRefundAsync(refund, livemode, ct)
            : await RefundAsync(refund.ChargeId, livemode, ct);
    }

    /// <summary>
    /// A refund failed or was cancelled: the credits it took come back. A refund never seen is recorded as it
    /// ended (taking nothing), so a late event announcing it finds it and takes nothing either.
    /// </summary>
    private async Task<Resolution> ReverseRefundAsync(Refund refund, bool livemode, CancellationToken ct)
    {
        var charge = await ChargeAsync(refund.ChargeId, livemode, expandRefunds: false, ct);
        if (charge is null)
            return UnknownCharge(refund.ChargeId, livemode);
        var (purchase, rejection) = await PaidPurchaseAsync(charge, livemode, ct);
        if (purchase is null)
            return rejection!;

        var now = clock.GetUtcNow();
        var outcome = refund.Status == "canceled" ? AdjustmentOutcome.RefundCanceled : AdjustmentOutcome.RefundFailed;
        var recorded = await db.Adjustments.SingleOrDefaultAsync(a => a.StripeId == refund.Id, ct);
        if (recorded?.Outcome is { } known)
            return Resolution.Applied($"refund {refund.Id} was already recorded as {known.Label().ToLowerInvariant()}");
        if (recorded is null)
        {
            db.Adjustments.Add(new PurchaseAdjustment
            {
                StripeId = refund.Id, PurchaseId = purchase.Id, Kind = AdjustmentKind.Refund, AmountMinor = refund.Amount, At = now, Outcome = outcome, SettledAt = now,
            });
            await db.SaveChangesAsync(ct);
            await FailRequestOfAsync(refund, ct);
            return Resolution.Applied($"refund {refund.Id} {refund.Status} before it was seen; recorded, no credits had been taken");
        }

        if (purchase.Can(PurchaseTransition.ReverseRefund) is TransitionOutcome.RefusedOutcome refused)
            return Resolution.Rejected(refused.Refusal.Reason);
        var credits = purchase.ReverseRefund(recorded.AmountMinor, recorded.Credits);
        (recorded.Outcome, recorded.SettledAt) = (outcome, now);
        // Told whenever its PurchaseRefunded went out, even when the credits stay frozen with a dispute.
        if (recorded.Credits > 0)
        {
            db.Outbox.Add(new PurchaseRefundFailed(Guid.NewGuid(), now, purchase.Id, purchase.AccountId, refund.Id, credits, recorded.AmountMinor,
                purchase.Currency, outcome == AdjustmentOutcome.RefundCanceled, purchase.Mode.IsLivemode()));
        }

        await SaveAndCountAsync(purchase, ct);
        await FailRequestOfAsync(refund, ct);
        return Resolution.Applied($"refund {refund.Id} {refund.Status}; {credits} credits restored");
    }

    /// <summary>
    /// A refund the buyer asked for failed: their request says so and its hold, if Credits still holds it, comes back
    /// (a hold already taken back returns through PurchaseRefundFailed instead).
    /// </summary>
    private async Task FailRequestOfAsync(Refund refund, CancellationToken ct)
    {
        var request = await db.RefundRequests.AsNoTracking().SingleOrDefaultAsync(r => r.StripeRefundId == refund.Id, ct);
        if (request is not null)
            await selfServe.FailAsync(request.PurchaseId, request.Attempt, $"Stripe could not return the money ({refund.FailureReason ?? refund.Status}).", ct);
    }

    /// <summary>A dispute freezes the credits the purchase still carries until it is settled.</summary>
    public async Task<Resolution> DisputeAsync(Dispute dispute, bool livemode, CancellationToken ct)
    {
        var (purchase, rejection) = await DisputedPurchaseAsync(dispute, livemode, ct);
        if (purchase is null)
            return rejection!;
        if (await db.Adjustments.AnyAsync(a => a.StripeId == dispute.Id, ct))
            return Resolution.Applied("this dispute was already taken into account");
        if (purchase.Can(PurchaseTransition.Dispute) is TransitionOutcome.RefusedOutcome refused)
            return Resolution.Rejected(refused.Refusal.Reason);

        var now = clock.GetUtcNow();
        var credits = purchase.RecordDispute();
        FreezeFor(purchase, dispute, credits, now);
        await SaveAndCountAsync(purchase, ct);
        return Resolution.Applied($"dispute recorded; {credits} credits frozen");
    }

    /// <summary>
    /// A dispute closed: won returns what it froze, lost makes the claw-back final. A close arriving before the
    /// dispute's opening records the dispute as closed, so the opening finds it and freezes nothing.
    /// </summary>
    public async Task<Resolution> DisputeClosedAsync(Dispute dispute, bool livemode, CancellationToken ct)
    {
        if (dispute.Status is not ("won" or "lost"))
            return Resolution.Ignored($"dispute {dispute.Id} closed as {dispute.Status}; SpriteDX acts on won or lost");
        var (purchase, rejection) = await DisputedPurchaseAsync(dispute, livemode, ct);
        if (purchase is null)
            return rejection!;

        var won = dispute.Status == "won";
        var outcome = won ? AdjustmentOutcome.DisputeWon : AdjustmentOutcome.DisputeLost;
        var recorded = await db.Adjustments.SingleOrDefaultAsync(a => a.StripeId == dispute.Id, ct);
        if (recorded?.Outcome is { } known)
        {
            return Resolution.Applied(known == outcome ? $"dispute {dispute.Id} was already closed as {dispute.Status}"
                : $"dispute {dispute.Id} was already closed ({known.Label().ToLowerInvariant()}); this close as {dispute.Status} changes nothing");
        }

        if (purchase.Can(won ? PurchaseTransition.WinDispute : PurchaseTransition.LoseDispute) is TransitionOutcome.RefusedOutcome refused)
            return Resolution.Rejected(refused.Refusal.Reason);

        var now = clock.GetUtcNow();
        var credits = won ? purchase.WinDispute() : purchase.LoseDispute();
        var adjustment = recorded ?? FreezeFor(purchase, dispute, won ? 0 : credits, now);
        (adjustment.Outcome, adjustment.SettledAt) = (outcome, now);
        db.Outbox.Add(new PurchaseDisputeClosed(Guid.NewGuid(), now, purchase.Id, purchase.AccountId, dispute.Id, won, won ? credits : 0, purchase.Mode.IsLivemode()));
        await SaveAndCountAsync(purchase, ct);
        return Resolution.Applied(won ? $"dispute won; {credits} credits returned" : "dispute lost; the claw-back is final");
    }

    /// <summary>Commits the adjustment (publishing what it tells Credits), then counts the status the purchase reached.</summary>
    private async Task SaveAndCountAsync(Purchase purchase, CancellationToken ct)
    {
        await db.SaveAndPublishAsync(ct);
        metrics.PurchaseReached(purchase.Status, purchase.Mode);
    }

    /// <summary>Records the dispute and, when it froze credits, tells Credits to take them back.</summary>
    private PurchaseAdjustment FreezeFor(Purchase purchase, Dispute dispute, int credits, DateTimeOffset now)
    {
        var adjustment = new PurchaseAdjustment
        {
            StripeId = dispute.Id, PurchaseId = purchase.Id, Kind = AdjustmentKind.Dispute, AmountMinor = dispute.Amount, Credits = credits, At = now,
        };
        db.Adjustments.Add(adjustment);
        if (credits > 0)
            db.Outbox.Add(new PurchaseDisputed(Guid.NewGuid(), now, purchase.Id, purchase.AccountId, dispute.Id, credits, purchase.Mode.IsLivemode()));
        return adjustment;
    }

    private async Task<(Purchase? Purchase, Resolution? Rejection)> DisputedPurchaseAsync(Dispute dispute, bool livemode, CancellationToken ct)
    {
        var charge = await ChargeAsync(dispute.ChargeId, livemode, expandRefunds: false, ct);
        return charge is null ? (null, UnknownCharge(dispute.ChargeId, livemode)) : await PaidPurchaseAsync(charge, livemode, ct);
    }

    private async Task<Charge?> ChargeAsync(string chargeId, bool livemode, bool expandRefunds, CancellationToken ct)
    {
        try
        {
            return await stripe.For(BillingModes.FromLivemode(livemode)).V1.Charges.GetAsync(
                chargeId, expandRefunds ? new ChargeGetOptions { Expand = ["refunds"] } : null, cancellationToken: ct);
        }
        catch (StripeException ex) when (ex.HttpStatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>
    /// The purchase a charge paid for (its metadata names it), in the event's mode, once paid. Events do not
    /// arrive in order: a refund may be processed before the payment's own event, so the payment is fulfilled first.
    /// </summary>
    private async Task<(Purchase? Purchase, Resolution? Rejection)> PaidPurchaseAsync(Charge charge, bool livemode, CancellationToken ct)
    {
        var purchaseId = Guid.TryParse(charge.Metadata?.GetValueOrDefault("purchase_id"), out var id) ? id : (Guid?)null;
        var purchase = await db.Purchases.SingleOrDefaultAsync(p => p.Id == purchaseId || (p.PaymentIntentId != null && p.PaymentIntentId == charge.PaymentIntentId), ct);
        if (purchase is null)
            return (null, Resolution.Rejected($"no purchase is paid by charge {charge.Id}"));
        if (purchase.Mode.IsLivemode() != livemode)
            return (null, Resolution.WrongMode(livemode, purchase.Mode));

        if (purchase.CanStillBePaid)
        {
            var fulfilled = await fulfilment.FulfilAsync(purchase, ct);
            if (fulfilled.IsRejected)
                return (null, Resolution.Rejected(fulfilled.Rejection!));
            await db.Entry(purchase).ReloadAsync(ct);
        }

        return purchase.WasPaid ? (purchase, null) : (null, Resolution.Rejected($"the purchase was never paid; it is {purchase.Status.Label().ToLowerInvariant()}"));
    }

    /// <summary>A refund still taking its money back; failed and cancelled ones give it back.</summary>
    private static bool IsStanding(string status) => status is "succeeded" or "pending" or "requires_action";

    private static Resolution UnknownCharge(string chargeId, bool livemode) => Resolution.Rejected($"Stripe knows no {ModeName(livemode)}-mode charge {chargeId}");

    private static string ModeName(bool livemode) => livemode ? "live" : "test";
}
