using System.Net;
using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.Modules.Payments.Contracts;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;
using SpriteDX.Modules.Payments.Features.Fulfilment;
using SpriteDX.Modules.Payments.Features.Webhooks;
using SpriteDX.Modules.Payments.Stripe;
using Stripe;

namespace SpriteDX.Modules.Payments.Features.Adjustments;

/// <summary>Refunds and disputes: money leaving after a purchase was paid takes its credits back, once per refund or dispute.</summary>
internal sealed class PurchaseAdjustments(PaymentsDbContext db, StripeClients stripe, PurchaseFulfilment fulfilment, TimeProvider clock)
{
    /// <summary>
    /// A charge.refunded event says the charge's refunded total changed; the refunds themselves are listed
    /// from Stripe, and each one not seen before takes back its share of the credits.
    /// </summary>
    public async Task<Resolution> RefundAsync(Charge refundedCharge, bool livemode, CancellationToken ct)
    {
        var (purchase, rejection) = await PaidPurchaseAsync(refundedCharge, livemode, ct);
        if (purchase is null)
            return rejection!;

        var charge = await stripe.For(purchase.Mode).V1.Charges.GetAsync(refundedCharge.Id, new ChargeGetOptions { Expand = ["refunds"] }, cancellationToken: ct);
        var seen = await db.Adjustments.Where(a => a.PurchaseId == purchase.Id).Select(a => a.StripeId).ToListAsync(ct);
        var fresh = (charge.Refunds?.Data ?? []).Where(r => r.Status is "succeeded" or "pending" && !seen.Contains(r.Id)).OrderBy(r => r.Created).ToList();
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
                db.Publish(new PurchaseRefunded(Guid.NewGuid(), now, purchase.Id, purchase.AccountId, refund.Id, credits, refund.Amount, purchase.Currency));
        }

        await db.SaveChangesAsync(ct); // a concurrent adjustment fails this on the version or the refund id; the job retries
        return Resolution.Applied($"{fresh.Count} refund(s) recorded; {purchase.RefundedMinor} of {purchase.AmountMinor} refunded");
    }

    /// <summary>A dispute freezes the credits the purchase still carries until it is settled.</summary>
    public async Task<Resolution> DisputeAsync(Dispute dispute, bool livemode, CancellationToken ct)
    {
        Charge charge;
        try
        {
            charge = await stripe.For(BillingModes.FromLivemode(livemode)).V1.Charges.GetAsync(dispute.ChargeId, cancellationToken: ct);
        }
        catch (StripeException ex) when (ex.HttpStatusCode == HttpStatusCode.NotFound)
        {
            return Resolution.Rejected($"Stripe knows no {(livemode ? "live" : "test")}-mode charge {dispute.ChargeId}");
        }

        var (purchase, rejection) = await PaidPurchaseAsync(charge, livemode, ct);
        if (purchase is null)
            return rejection!;
        if (await db.Adjustments.AnyAsync(a => a.StripeId == dispute.Id, ct))
            return Resolution.Applied("this dispute was already taken into account");

        var now = clock.GetUtcNow();
        var credits = purchase.RecordDispute();
        db.Adjustments.Add(new PurchaseAdjustment
        {
            StripeId = dispute.Id, PurchaseId = purchase.Id, Kind = AdjustmentKind.Dispute, AmountMinor = dispute.Amount, Credits = credits, At = now,
        });
        if (credits > 0)
            db.Publish(new PurchaseDisputed(Guid.NewGuid(), now, purchase.Id, purchase.AccountId, dispute.Id, credits));
        await db.SaveChangesAsync(ct);
        return Resolution.Applied($"dispute recorded; {credits} credits frozen");
    }

    /// <summary>
    /// The purchase a charge paid for (its metadata names it), in the event's mode. Events do not arrive in
    /// order: a refund may be processed before the payment's own event, so the payment is fulfilled first.
    /// </summary>
    private async Task<(Purchase? Purchase, Resolution? Rejection)> PaidPurchaseAsync(Charge charge, bool livemode, CancellationToken ct)
    {
        var purchaseId = Guid.TryParse(charge.Metadata?.GetValueOrDefault("purchase_id"), out var id) ? id : (Guid?)null;
        var purchase = await db.Purchases.SingleOrDefaultAsync(p => p.Id == purchaseId || (p.PaymentIntentId != null && p.PaymentIntentId == charge.PaymentIntentId), ct);
        if (purchase is null)
            return (null, Resolution.Rejected($"no purchase is paid by charge {charge.Id}"));
        if (purchase.Mode.IsLivemode() != livemode)
            return (null, Resolution.WrongMode(livemode, purchase.Mode));

        if (!purchase.WasPaid)
        {
            var fulfilled = await fulfilment.FulfilAsync(purchase, ct);
            if (fulfilled.IsRejected)
                return (null, Resolution.Rejected(fulfilled.Rejection!));
            await db.Entry(purchase).ReloadAsync(ct);
            if (!purchase.WasPaid)
                return (null, Resolution.Rejected("the purchase was never paid"));
        }

        return (purchase, null);
    }
}
