using System.Globalization;
using System.Text.Json.Nodes;
using SpriteDX.StripeEmulator.Api;
using SpriteDX.StripeEmulator.Data;
using SpriteDX.StripeEmulator.Webhooks;

namespace SpriteDX.StripeEmulator.Checkout;

internal sealed record RefundInput(long? Amount, string? Reason, IReadOnlyDictionary<string, string> Metadata);

/// <summary>What happens to a charge after the sale: the merchant refunds it, the cardholder disputes it.</summary>
internal sealed class ChargeAdjustments(EmulatorStore store, EventRecorder events, DeliverySignal signal, TimeProvider clock)
{
    public static readonly IReadOnlyList<string> RefundReasons = ["duplicate", "fraudulent", "requested_by_customer"];

    public static readonly IReadOnlyList<string> DisputeReasons =
    [
        "bank_cannot_process", "check_returned", "credit_not_processed", "customer_initiated", "debit_not_authorized",
        "duplicate", "fraudulent", "general", "incorrect_account_details", "insufficient_funds", "product_not_received",
        "product_unacceptable", "subscription_canceled", "unrecognized",
    ];

    public static readonly IReadOnlyList<string> RefundFailureReasons =
        ["declined", "expired_or_canceled_card", "insufficient_funds", "lost_or_stolen_card", "merchant_request", "unknown"];

    public static readonly IReadOnlyList<string> DisputeOutcomes = ["won", "lost"];

    /// <summary>
    /// <c>POST /v1/refunds</c>: refunds the charge, or the payment intent's successful charge, in the caller's mode.
    /// </summary>
    public Task<JsonObject> CreateRefundAsync(
        string? chargeId, string? paymentIntentId, bool livemode, RefundInput input, IReadOnlyList<string> expand, RequestOrigin origin,
        CancellationToken ct) => ChangeAsync(s =>
    {
        var charge = ChargeToRefund(s, chargeId, paymentIntentId, livemode);
        var refund = Refund(s, charge, input, origin);
        return ObjectReader.Expand(s, s.Find((string)refund["id"]!)!, expand);
    }, ct);

    /// <summary>The dashboard's refund: any mode; answers the charge with its refunds.</summary>
    public Task<JsonObject> RefundChargeAsync(string chargeId, RefundInput input, RequestOrigin origin, CancellationToken ct) => ChangeAsync(s =>
    {
        Refund(s, RequireCharge(ObjectReader.FindAnyMode(s, "charge", chargeId), chargeId), input, origin);
        return ObjectReader.Expand(s, s.Find(chargeId)!, ["refunds"]);
    }, ct);

    /// <summary>
    /// The refund's money comes back (Stripe learns days later that the card was closed, say): the refund turns
    /// <c>failed</c>, the charge's refunded amount drops by it, and Stripe sends <c>charge.refund.updated</c>,
    /// <c>refund.updated</c> and <c>refund.failed</c>.
    /// </summary>
    public Task<JsonObject> FailRefundAsync(string refundId, string failureReason, CancellationToken ct) => ChangeAsync(s =>
    {
        var stored = ObjectReader.FindAnyMode(s, "refund", refundId) ?? throw StripeApiException.NoSuch("refund", refundId, "refund");
        var status = (string)stored.Json["status"]!;
        if (status is not ("succeeded" or "pending"))
            throw StripeApiException.InvalidRequest($"Refund {refundId} is {status}; only a succeeded or pending refund can fail.", "refund");

        var refund = StripeObjects.FailedRefund(stored.Json, failureReason);
        s.Put("refund", stored.Livemode, refund);
        var charge = s.Find((string)refund["charge"]!)!;
        var json = charge.Json;
        json["amount_refunded"] = (long)json["amount_refunded"]! - (long)refund["amount"]!;
        json["refunded"] = false;
        var refunds = (JsonArray)charge.Extra!["refunds"]!;
        var index = refunds.Select(r => (string?)r?["id"]).ToList().IndexOf(refundId);
        refunds[index] = refund.DeepClone();
        s.Put("charge", charge.Livemode, json, charge.Extra);

        var previous = new JsonObject { ["status"] = status };
        events.Record(s, "charge.refund.updated", refund, previous, livemode: stored.Livemode);
        events.Record(s, "refund.updated", refund, (JsonObject)previous.DeepClone(), livemode: stored.Livemode);
        events.Record(s, "refund.failed", refund, livemode: stored.Livemode);
        return refund;
    }, ct);

    /// <summary>Opens a dispute on the charge and sends <c>charge.dispute.created</c>.</summary>
    public Task<JsonObject> DisputeAsync(string chargeId, string reason, CancellationToken ct) => ChangeAsync(s =>
    {
        var stored = RequireCharge(ObjectReader.FindAnyMode(s, "charge", chargeId), chargeId);
        var json = stored.Json;
        if ((bool?)json["disputed"] == true)
            throw StripeApiException.InvalidRequest($"Charge {chargeId} has already been disputed.", "charge", "charge_disputed");
        var dispute = StripeObjects.Dispute(StripeIds.Dispute(), json, clock.GetUtcNow().ToUnixTimeSeconds(), reason);
        s.Put("dispute", stored.Livemode, dispute);
        json["disputed"] = true;
        s.Put("charge", stored.Livemode, json);
        events.Record(s, "charge.dispute.created", dispute);
        return dispute;
    }, ct);

    /// <summary>
    /// The card network decides: <c>won</c> gives the money back (<c>charge.dispute.funds_reinstated</c>), <c>lost</c>
    /// keeps it withdrawn; either way Stripe sends <c>charge.dispute.closed</c>. A closed dispute stays closed.
    /// </summary>
    public Task<JsonObject> CloseDisputeAsync(string disputeId, string outcome, CancellationToken ct) => ChangeAsync(s =>
    {
        var stored = ObjectReader.FindAnyMode(s, "dispute", disputeId) ?? throw StripeApiException.NoSuch("dispute", disputeId, "dispute");
        var dispute = stored.Json;
        var status = (string)dispute["status"]!;
        if (DisputeOutcomes.Contains(status))
            throw StripeApiException.InvalidRequest($"Dispute {disputeId} is already closed ({status}); a closed dispute cannot change.", "dispute");

        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var previous = new JsonObject { ["status"] = status };
        dispute["status"] = outcome;
        if (outcome == "won")
        {
            var transactions = (JsonArray)dispute["balance_transactions"]!;
            previous["balance_transactions"] = transactions.DeepClone();
            transactions.Add(StripeObjects.DisputeReinstatement(dispute, now));
        }
        s.Put("dispute", stored.Livemode, dispute);
        events.Record(s, "charge.dispute.closed", dispute, previous);
        if (outcome == "won") events.Record(s, "charge.dispute.funds_reinstated", dispute);
        return dispute;
    }, ct);

    /// <summary>Runs one change in one transaction, then wakes the dispatcher to deliver the events it recorded.</summary>
    private async Task<T> ChangeAsync<T>(Func<StoreSession, T> change, CancellationToken ct)
    {
        var result = await store.WriteAsync(change, ct);
        signal.Notify();
        return result;
    }

    private static StoredObject ChargeToRefund(StoreSession s, string? chargeId, string? paymentIntentId, bool livemode)
    {
        if (paymentIntentId is null)
        {
            if (chargeId is null)
                throw StripeApiException.InvalidRequest("One of the following params should be provided for this request: payment_intent or charge.");
            return RequireCharge(ObjectReader.Require(s, "charge", chargeId, livemode, "charge"), chargeId);
        }

        var intent = ObjectReader.Require(s, "payment_intent", paymentIntentId, livemode, "payment_intent").Json;
        var latestCharge = (string?)intent["latest_charge"];
        if ((string?)intent["status"] != "succeeded" || latestCharge is null)
        {
            throw StripeApiException.InvalidRequest(
                $"This PaymentIntent ({paymentIntentId}) does not have a successful charge to refund.", "payment_intent");
        }
        if (chargeId is not null && chargeId != latestCharge)
            throw StripeApiException.InvalidRequest($"Charge {chargeId} does not belong to PaymentIntent {paymentIntentId}.", "charge");
        return RequireCharge(s.Find(latestCharge), latestCharge);
    }

    /// <summary>Refunds what <paramref name="input"/> asks (all that is left by default) and sends <c>refund.created</c> and <c>charge.refunded</c>.</summary>
    private JsonObject Refund(StoreSession s, StoredObject stored, RefundInput input, RequestOrigin origin)
    {
        var json = stored.Json;
        var chargeId = stored.Id;
        if ((bool?)json["disputed"] == true)
            throw StripeApiException.InvalidRequest($"Charge {chargeId} has been charged back; cannot issue a refund.", "charge", "charge_disputed");
        var total = (long)json["amount"]!;
        var refundedBefore = (long)json["amount_refunded"]!;
        var left = total - refundedBefore;
        if (left == 0)
            throw StripeApiException.InvalidRequest($"Charge {chargeId} has already been refunded.", "charge", "charge_already_refunded");
        var refundAmount = input.Amount ?? left;
        if (refundAmount > left)
        {
            throw StripeApiException.InvalidRequest(
                $"Refund amount ({Money(refundAmount, json)}) is greater than unrefunded amount on charge ({Money(left, json)})",
                "amount", "amount_too_large");
        }

        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var refund = StripeObjects.Refund(StripeIds.Refund(), json, refundAmount, now, input.Reason, input.Metadata);
        s.Put("refund", stored.Livemode, refund);

        var previous = new JsonObject { ["amount_refunded"] = refundedBefore };
        json["amount_refunded"] = refundedBefore + refundAmount;
        if (refundedBefore + refundAmount == total)
        {
            previous["refunded"] = false;
            json["refunded"] = true;
        }
        var extra = stored.Extra ?? new JsonObject();
        if (extra["refunds"] is not JsonArray refunds) extra["refunds"] = refunds = [];
        refunds.Insert(0, refund.DeepClone());
        s.Put("charge", stored.Livemode, json, extra);
        events.Record(s, "refund.created", refund, origin: origin, livemode: stored.Livemode);
        events.Record(s, "charge.refunded", json, previous, origin);
        return refund;
    }

    private static StoredObject RequireCharge(StoredObject? stored, string id)
    {
        if (stored is null) throw StripeApiException.NoSuch("charge", id, "charge");
        if ((string?)stored.Json["status"] != "succeeded")
            throw StripeApiException.InvalidRequest($"Charge {id} has not succeeded and cannot be changed.", "charge");
        return stored;
    }

    private static string Money(long amount, JsonObject charge) =>
        Pages.MoneyFormat.Format(amount, (string)charge["currency"]!, CultureInfo.InvariantCulture);
}
