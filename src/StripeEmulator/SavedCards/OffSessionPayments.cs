using System.Text.Json.Nodes;
using SpriteDX.StripeEmulator.Api;
using SpriteDX.StripeEmulator.Checkout;
using SpriteDX.StripeEmulator.Data;
using SpriteDX.StripeEmulator.Webhooks;

namespace SpriteDX.StripeEmulator.SavedCards;

internal sealed record OffSessionPaymentInput(long Amount, string Currency, string? CustomerId, string PaymentMethodId, PaymentIntentDataInput Data);

internal abstract record OffSessionOutcome;

internal sealed record OffSessionPaid(JsonObject PaymentIntent) : OffSessionOutcome;

/// <summary>Refused by the card: Stripe still keeps the payment intent (and a failed charge, when the issuer was asked).</summary>
internal sealed record OffSessionDeclined(StripeApiException Error) : OffSessionOutcome;

/// <summary>
/// <c>POST /v1/payment_intents</c> with <c>confirm=true&amp;off_session=true</c>: charges a customer's saved card
/// without the customer, with the outcome each test card has on Stripe.
/// </summary>
internal sealed class OffSessionPayments(EmulatorStore store, EventRecorder events, DeliverySignal signal, TimeProvider clock)
{
    public async Task<OffSessionOutcome> ChargeAsync(
        OffSessionPaymentInput input, bool livemode, string baseUrl, IReadOnlyList<string> expand, RequestOrigin origin, CancellationToken ct)
    {
        var outcome = await store.WriteAsync<OffSessionOutcome>(s =>
        {
            if (input.CustomerId is { } customerId) ObjectReader.Require(s, "customer", customerId, livemode, "customer");
            var saved = ObjectReader.Require(s, "payment_method", input.PaymentMethodId, livemode, "payment_method");
            RequireSavedTo(saved.Json, input.CustomerId);

            var now = clock.GetUtcNow().ToUnixTimeSeconds();
            var suffix = StripeIds.PaymentSuffix();
            var intent = StripeObjects.PaymentIntent("pi_" + suffix, livemode, now, input.Amount, input.Currency, input.CustomerId, input.Data,
                saved.Id, "card");
            var card = CardOf(saved);
            if (card.Card.NeedsAuthenticationOffSession((string?)saved.Extra?["usage"]))
                return Declined(s, intent, saved.Json, CardDeclines.AuthenticationRequired(), null, origin);

            var charge = StripeObjects.Charge("ch_" + suffix, intent, now, PayerOf(saved.Json), card, $"{baseUrl}/receipts/ch_{suffix}");
            if (CardDeclines.Charge(card.Card) is { } decline)
            {
                s.Put("charge", livemode, StripeObjects.DeclinedCharge(charge, decline), new JsonObject { ["refunds"] = new JsonArray() });
                events.Record(s, "charge.failed", charge, origin: origin);
                return Declined(s, intent, saved.Json, decline, (string)charge["id"]!, origin);
            }

            intent["status"] = "succeeded";
            intent["amount_received"] = input.Amount;
            intent["latest_charge"] = (string)charge["id"]!;
            s.Put("charge", livemode, charge, new JsonObject { ["refunds"] = new JsonArray() });
            s.Put("payment_intent", livemode, intent);
            events.Record(s, "charge.succeeded", charge, origin: origin);
            events.Record(s, "payment_intent.succeeded", intent, origin: origin);
            return new OffSessionPaid(ObjectReader.Expand(s, s.Find((string)intent["id"]!)!, expand));
        }, ct);
        signal.Notify();
        return outcome;
    }

    /// <summary>The intent waits for another payment method, and says why in <c>last_payment_error</c>, as the 402 does.</summary>
    private OffSessionDeclined Declined(
        StoreSession s, JsonObject intent, JsonObject paymentMethod, StripeApiException decline, string? chargeId, RequestOrigin origin)
    {
        var error = decline.With("payment_method", paymentMethod).With("payment_method_type", "card");
        if (chargeId is not null) error = error.With("charge", chargeId);
        intent["last_payment_error"] = error.ErrorObject();
        intent["latest_charge"] = chargeId;
        intent["payment_method"] = null;
        s.Put("payment_intent", (bool)intent["livemode"]!, intent);
        events.Record(s, "payment_intent.payment_failed", intent, origin: origin);
        return new OffSessionDeclined(error.With("payment_intent", intent));
    }

    /// <summary>Stripe charges a saved card only for the customer it is saved to; a detached card is spent.</summary>
    private static void RequireSavedTo(JsonObject paymentMethod, string? customerId)
    {
        var id = (string)paymentMethod["id"]!;
        var owner = (string?)paymentMethod["customer"] ?? throw StripeApiException.InvalidRequest(
            "The provided PaymentMethod was previously used with a PaymentIntent without Customer attachment, shared with a connected " +
            "account without Customer attachment, or was detached from a Customer. It may not be used again. To use a PaymentMethod " +
            "multiple times, you must attach it to a Customer first.", "payment_method");
        if (customerId is null)
        {
            throw StripeApiException.InvalidRequest(
                $"The `payment_method` parameter supplied {id} belongs to the Customer {owner}. Please include the Customer in the `customer` parameter on the PaymentIntent.",
                "source", "parameter_missing");
        }
        if (owner != customerId)
        {
            throw StripeApiException.InvalidRequest(
                $"The PaymentMethod {id} does not belong to the Customer you supplied {customerId}. Please use this PaymentMethod with the Customer that it belongs to instead.",
                "payment_method");
        }
    }

    private static CardUsed CardOf(StoredObject saved)
    {
        var card = saved.Json["card"]!;
        return new CardUsed(TestCards.Lookup((string)saved.Extra!["card_number"]!), (int)card["exp_month"]!, (int)card["exp_year"]!, Authenticated: false);
    }

    private static PayerDetails PayerOf(JsonObject paymentMethod)
    {
        var billing = paymentMethod["billing_details"]!;
        return new PayerDetails((string?)billing["email"] ?? "", (string?)billing["name"] ?? "",
            (string?)billing["address"]?["country"] ?? "", (string?)billing["address"]?["postal_code"] ?? "");
    }
}
