using System.Text.Json.Nodes;
using SpriteDX.StripeEmulator.Api;
using SpriteDX.StripeEmulator.Data;
using SpriteDX.StripeEmulator.SavedCards;
using SpriteDX.StripeEmulator.Webhooks;

namespace SpriteDX.StripeEmulator.Checkout;

internal enum ThreeDSecureStep { NotYet, Approved, Failed }

internal sealed record CardPayment(string CardDigits, int ExpMonth, int ExpYear, PayerDetails Payer, ThreeDSecureStep ThreeDSecure);

internal abstract record PaymentOutcome;

/// <summary>Paid: the session is complete and paid.</summary>
internal sealed record PaymentSucceeded(JsonObject Session) : PaymentOutcome;

/// <summary>A delayed method (bank debit) was accepted: the session is complete but still unpaid.</summary>
internal sealed record PaymentProcessing(JsonObject Session) : PaymentOutcome;

internal sealed record PaymentDeclined(StripeApiException Error) : PaymentOutcome;

internal sealed record AuthenticationRequired(TestCard Card) : PaymentOutcome;

internal sealed record SessionNotPayable(JsonObject Session) : PaymentOutcome;

/// <summary>What a customer does on the checkout page: pay by test card (with 3-D Secure where the card
/// asks for it) or by a delayed bank debit that later succeeds or fails.</summary>
internal sealed class CheckoutPayments(
    EmulatorStore store, CheckoutSessions sessions, CustomerCards cards, EventRecorder events, DeliverySignal signal, TimeProvider clock)
{
    public async Task<PaymentOutcome> PayByCardAsync(string sessionId, CardPayment payment, CancellationToken ct)
    {
        await sessions.ExpireDueAsync(ct);
        var current = await store.ReadAsync(s => RequireSession(s, sessionId), ct);
        if ((string?)current.Json["status"] != "open") return new SessionNotPayable(current.Json);

        var card = TestCards.Lookup(payment.CardDigits);
        if (card.AsksForThreeDSecure && payment.ThreeDSecure == ThreeDSecureStep.Failed)
            return new PaymentDeclined(CardDeclines.AuthenticationFailed("payment_intent_authentication_failure"));
        if (CardDeclines.Charge(card) is { } declined) return new PaymentDeclined(declined);
        if (card.AsksForThreeDSecure && payment.ThreeDSecure == ThreeDSecureStep.NotYet)
            return new AuthenticationRequired(card);

        var authenticated = card.AsksForThreeDSecure && payment.ThreeDSecure == ThreeDSecureStep.Approved;
        var method = new CardUsed(card, payment.ExpMonth, payment.ExpYear, authenticated);
        return await CompleteAsync(sessionId, payment.Payer, method, ct);
    }

    public async Task<PaymentOutcome> PayByBankDebitAsync(string sessionId, PayerDetails payer, CancellationToken ct)
    {
        await sessions.ExpireDueAsync(ct);
        return await CompleteAsync(sessionId, payer, new BankAccountUsed(), ct);
    }

    /// <summary>The bank's answer to a delayed debit: <c>checkout.session.async_payment_succeeded</c> or <c>_failed</c>.</summary>
    public async Task<JsonObject> SettleBankDebitAsync(string sessionId, bool succeeded, CancellationToken ct)
    {
        var session = await store.WriteAsync(s =>
        {
            var stored = RequireSession(s, sessionId);
            var json = stored.Json;
            var intentId = (string?)json["payment_intent"];
            var intent = intentId is null ? null : s.Find(intentId);
            if ((string?)json["status"] != "complete" || (string?)json["payment_status"] != "unpaid" ||
                intent is null || (string?)intent.Json["status"] != "processing")
            {
                throw StripeApiException.InvalidRequest(
                    "Only a completed Checkout Session whose delayed payment is still processing can be settled.", "session");
            }
            var now = clock.GetUtcNow().ToUnixTimeSeconds();
            var pi = intent.Json;
            if (succeeded)
            {
                var payer = PayerFrom(json);
                var charge = StripeObjects.Charge(ChargeIdFor(pi), pi, now, payer, new BankAccountUsed(), ReceiptUrl(stored, ChargeIdFor(pi)));
                pi["status"] = "succeeded";
                pi["amount_received"] = (long)pi["amount"]!;
                pi["latest_charge"] = (string)charge["id"]!;
                s.Put("charge", stored.Livemode, charge, new JsonObject { ["refunds"] = new JsonArray() });
                json["payment_status"] = "paid";
            }
            else
            {
                pi["status"] = "requires_payment_method";
                pi["payment_method"] = null;
                pi["last_payment_error"] = new JsonObject
                {
                    ["code"] = "payment_method_provider_decline",
                    ["message"] = "The customer's bank account could not be debited.",
                    ["type"] = "invalid_request_error",
                };
            }
            s.Put("payment_intent", stored.Livemode, pi);
            s.Put("checkout.session", stored.Livemode, json);
            events.Record(s, succeeded ? "checkout.session.async_payment_succeeded" : "checkout.session.async_payment_failed", json);
            return json;
        }, ct);
        signal.Notify();
        return session;
    }

    private async Task<PaymentOutcome> CompleteAsync(string sessionId, PayerDetails payer, PaymentMethodUsed method, CancellationToken ct)
    {
        var outcome = await store.WriteAsync<PaymentOutcome>(s =>
        {
            var stored = RequireSession(s, sessionId);
            var session = stored.Json;
            if ((string?)session["status"] != "open") return new SessionNotPayable(session);

            var now = clock.GetUtcNow().ToUnixTimeSeconds();
            payer = payer with { Email = CheckoutSessions.KnownEmail(stored) ?? payer.Email };
            var data = PaymentIntentData(stored);
            var customerId = (string?)session["customer"];
            var suffix = StripeIds.PaymentSuffix();
            // Checkout saves the card to the customer when asked to set it up for future use, as Stripe's does.
            var methodId = method is CardUsed card
                ? (string)cards.Save(s, stored.Livemode, card, payer, data.SetupFutureUsage is null ? null : customerId, data.SetupFutureUsage)["id"]!
                : StripeIds.PaymentMethod();
            var methodType = method is CardUsed ? "card" : "us_bank_account";
            var pi = StripeObjects.PaymentIntent("pi_" + suffix, stored.Livemode, now, (long)session["amount_total"]!,
                (string)session["currency"]!, customerId, data, methodId, methodType);

            var paid = method is CardUsed;
            if (paid)
            {
                var charge = StripeObjects.Charge("ch_" + suffix, pi, now, payer, method, ReceiptUrl(stored, "ch_" + suffix));
                pi["status"] = "succeeded";
                pi["amount_received"] = (long)pi["amount"]!;
                pi["latest_charge"] = (string)charge["id"]!;
                s.Put("charge", stored.Livemode, charge, new JsonObject { ["refunds"] = new JsonArray() });
            }
            else
            {
                pi["status"] = "processing";
            }
            s.Put("payment_intent", stored.Livemode, pi);

            session["status"] = "complete";
            session["payment_status"] = paid ? "paid" : "unpaid";
            session["payment_intent"] = (string)pi["id"]!;
            session["customer_details"] = StripeObjects.CustomerDetails(payer);
            session["collected_information"] = StripeObjects.CollectedInformation();
            session["url"] = null;
            s.Put("checkout.session", stored.Livemode, session);
            events.Record(s, "checkout.session.completed", session);
            return paid ? new PaymentSucceeded(session) : new PaymentProcessing(session);
        }, ct);
        signal.Notify();
        return outcome;
    }

    private static StoredObject RequireSession(StoreSession s, string id) =>
        ObjectReader.FindAnyMode(s, "checkout.session", id) ?? throw StripeApiException.NoSuch("checkout.session", id, "session");

    private static PaymentIntentDataInput PaymentIntentData(StoredObject session)
    {
        var data = session.Extra?["payment_intent_data"];
        var metadata = new Dictionary<string, string>();
        if (data?["metadata"] is JsonObject map)
            foreach (var (key, value) in map) metadata[key] = (string)value!;
        return new PaymentIntentDataInput((string?)data?["description"], metadata, (string?)data?["receipt_email"],
            (string?)data?["statement_descriptor"], (string?)data?["statement_descriptor_suffix"], (string?)data?["setup_future_usage"]);
    }

    private static PayerDetails PayerFrom(JsonObject session)
    {
        var details = session["customer_details"];
        return new PayerDetails((string?)details?["email"] ?? "", (string?)details?["name"] ?? "",
            (string?)details?["address"]?["country"] ?? "", (string?)details?["address"]?["postal_code"] ?? "");
    }

    private static string ChargeIdFor(JsonObject paymentIntent) => "ch_" + ((string)paymentIntent["id"]!)["pi_".Length..];

    private static string ReceiptUrl(StoredObject session, string chargeId) => $"{(string?)session.Extra?["base_url"]}/receipts/{chargeId}";
}
