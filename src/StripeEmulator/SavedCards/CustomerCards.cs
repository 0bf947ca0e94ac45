using System.Text.Json.Nodes;
using SpriteDX.StripeEmulator.Api;
using SpriteDX.StripeEmulator.Checkout;
using SpriteDX.StripeEmulator.Data;
using SpriteDX.StripeEmulator.Webhooks;

namespace SpriteDX.StripeEmulator.SavedCards;

internal sealed record CustomerInput(
    string? Email, string? Name, string? Description, string? Phone, IReadOnlyDictionary<string, string> Metadata,
    IReadOnlyList<string> PreferredLocales);

/// <summary>
/// Customers and the cards saved to them: a card is saved when Checkout pays with <c>setup_future_usage</c> for a
/// customer, or when a setup flow (the control API) saves it without a payment; the merchant detaches it.
/// </summary>
internal sealed class CustomerCards(EmulatorStore store, EventRecorder events, DeliverySignal signal, TimeProvider clock)
{
    public async Task<JsonObject> CreateCustomerAsync(CustomerInput input, bool livemode, RequestOrigin origin, CancellationToken ct)
    {
        var customer = StripeObjects.Customer(StripeIds.Customer(), livemode, clock.GetUtcNow().ToUnixTimeSeconds(), input.Email,
            input.Name, input.Description, input.Phone, input.Metadata, input.PreferredLocales);
        await store.WriteAsync(s =>
        {
            s.Put("customer", livemode, customer);
            events.Record(s, "customer.created", customer, origin: origin);
            return 0;
        }, ct);
        signal.Notify();
        return customer;
    }

    /// <summary>
    /// Stores the card as a PaymentMethod, saved to <paramref name="customerId"/> when there is one
    /// (<c>payment_method.attached</c>). <paramref name="usage"/> is what it was set up for: a card that asks for
    /// authentication unless set up pays off session only when it was set up for <c>off_session</c>.
    /// </summary>
    public JsonObject Save(StoreSession s, bool livemode, CardUsed card, PayerDetails payer, string? customerId, string? usage)
    {
        var method = StripeObjects.PaymentMethod(StripeIds.PaymentMethod(), livemode, clock.GetUtcNow().ToUnixTimeSeconds(), card, payer,
            customerId, customerId is null ? "unspecified" : "limited");
        s.Put("payment_method", livemode, method, new JsonObject { ["card_number"] = card.Card.Number, ["usage"] = usage });
        if (customerId is not null) events.Record(s, "payment_method.attached", method);
        return method;
    }

    /// <summary>
    /// What a setup flow (a SetupIntent, Checkout in setup mode) does: checks the card without charging it, asks for
    /// 3-D Secure where the card does, and saves it to the customer.
    /// </summary>
    public async Task<JsonObject> SaveBySetupAsync(string customerId, CardPayment card, string usage, CancellationToken ct)
    {
        var test = TestCards.Lookup(card.CardDigits);
        if (CardDeclines.Setup(test) is { } declined) throw declined;
        if (test.AsksForThreeDSecure && card.ThreeDSecure == ThreeDSecureStep.Failed)
            throw CardDeclines.AuthenticationFailed("setup_intent_authentication_failure");

        var saved = await store.WriteAsync(s =>
        {
            var customer = ObjectReader.FindAnyMode(s, "customer", customerId) ?? throw StripeApiException.NoSuch("customer", customerId, "customer");
            var used = new CardUsed(test, card.ExpMonth, card.ExpYear, test.AsksForThreeDSecure);
            return Save(s, customer.Livemode, used, card.Payer, customerId, usage);
        }, ct);
        signal.Notify();
        return saved;
    }

    /// <summary><c>POST /v1/payment_methods/{id}/detach</c>: the card leaves its customer and cannot be charged again.</summary>
    public async Task<JsonObject> DetachAsync(string id, bool livemode, IReadOnlyList<string> expand, RequestOrigin origin, CancellationToken ct)
    {
        var detached = await store.WriteAsync(s =>
        {
            var stored = ObjectReader.Require(s, "payment_method", id, livemode, "payment_method");
            var method = stored.Json;
            if ((string?)method["customer"] is not { } customerId)
                throw StripeApiException.InvalidRequest("The payment method you provided is not attached to a customer so detachment is impossible.");
            method["customer"] = null;
            s.Put("payment_method", livemode, method);
            events.Record(s, "payment_method.detached", method, new JsonObject { ["customer"] = customerId }, origin);
            return ObjectReader.Expand(s, s.Find(id)!, expand);
        }, ct);
        signal.Notify();
        return detached;
    }
}
