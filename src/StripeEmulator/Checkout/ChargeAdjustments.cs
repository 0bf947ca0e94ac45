using System.Globalization;
using System.Text.Json.Nodes;
using SpriteDX.StripeEmulator.Api;
using SpriteDX.StripeEmulator.Data;
using SpriteDX.StripeEmulator.Webhooks;

namespace SpriteDX.StripeEmulator.Checkout;

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

    /// <summary>Refunds <paramref name="amount"/> (all that is left when null) and sends <c>charge.refunded</c>.</summary>
    public async Task<JsonObject> RefundAsync(string chargeId, long? amount, string? reason, RequestOrigin origin, CancellationToken ct)
    {
        var charge = await store.WriteAsync(s =>
        {
            var stored = RequireCharge(s, chargeId);
            var json = stored.Json;
            var total = (long)json["amount"]!;
            var refundedBefore = (long)json["amount_refunded"]!;
            var left = total - refundedBefore;
            if (left == 0)
                throw StripeApiException.InvalidRequest($"Charge {chargeId} has already been refunded.", "charge", "charge_already_refunded");
            var refundAmount = amount ?? left;
            if (refundAmount > left)
            {
                throw StripeApiException.InvalidRequest(
                    $"Refund amount ({Money(refundAmount, json)}) is greater than unrefunded amount on charge ({Money(left, json)})",
                    "amount", "amount_too_large");
            }

            var now = clock.GetUtcNow().ToUnixTimeSeconds();
            var refund = StripeObjects.Refund(StripeIds.Refund(), json, refundAmount, now, reason);
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
            events.Record(s, "charge.refunded", json, previous, origin);
            return ObjectReader.Expand(s, s.Find(chargeId)!, ["refunds"]);
        }, ct);
        signal.Notify();
        return charge;
    }

    /// <summary>Opens a dispute on the charge and sends <c>charge.dispute.created</c>.</summary>
    public async Task<JsonObject> DisputeAsync(string chargeId, string reason, CancellationToken ct)
    {
        var dispute = await store.WriteAsync(s =>
        {
            var stored = RequireCharge(s, chargeId);
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
        signal.Notify();
        return dispute;
    }

    private static StoredObject RequireCharge(StoreSession s, string id)
    {
        var stored = ObjectReader.FindAnyMode(s, "charge", id) ?? throw StripeApiException.NoSuch("charge", id, "charge");
        if ((string?)stored.Json["status"] != "succeeded")
            throw StripeApiException.InvalidRequest($"Charge {id} has not succeeded and cannot be changed.", "charge");
        return stored;
    }

    private static string Money(long amount, JsonObject charge) =>
        Pages.MoneyFormat.Format(amount, (string)charge["currency"]!, CultureInfo.InvariantCulture);
}
