using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using SpriteDX.StripeEmulator.Tests.Support;
using Stripe;

namespace SpriteDX.StripeEmulator.Tests;

/// <summary>Charging a saved card without the customer (<c>POST /v1/payment_intents</c>, off session), as an automatic top-up does.</summary>
public sealed class OffSessionPaymentTests
{
    private EmulatorServer _emulator = null!;

    [SetUp]
    public async Task StartAsync() => _emulator = await EmulatorServer.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _emulator.DisposeAsync();

    private PaymentIntentService Intents(string key = EmulatorServer.TestKey) => _emulator.Client(key).V1.PaymentIntents;

    [TestCase("4242424242424242", "checkout", "off_session")]
    [TestCase("5555555555554444", "checkout", "off_session")]
    [TestCase("4000002500003155", "checkout", "off_session")]
    [TestCase("4242424242424242", "setup", "on_session")]
    public async Task A_card_that_pays_off_session_succeeds_with_a_charge_and_stripes_events(string card, string savedBy, string usage)
    {
        var customer = await _emulator.CreateCustomerAsync();
        var cardId = await SavedCardAsync(customer.Id, card, savedBy, usage);

        var paid = await Intents().CreateAsync(EmulatorServer.OffSession(customer.Id, cardId, amount: 1200));

        (paid.Status, paid.Amount, paid.AmountReceived, paid.Currency).Should().Be(("succeeded", 1200L, 1200L, "usd"));
        (paid.CustomerId, paid.PaymentMethodId, paid.Description).Should().Be((customer.Id, cardId, "Automatic top-up: 500 credits"));
        paid.Metadata.Should().ContainKey("top_up_id").WhoseValue.Should().Be("t-1");
        paid.LastPaymentError.Should().BeNull();
        var retrieved = await Intents().GetAsync(paid.Id, new PaymentIntentGetOptions { Expand = ["latest_charge", "customer", "payment_method"] });
        retrieved.Status.Should().Be("succeeded");
        retrieved.Customer.Email.Should().Be("jenny.rosen@example.com");
        retrieved.PaymentMethod.Card.Last4.Should().Be(card[^4..]);
        var charge = retrieved.LatestCharge;
        (charge.Status, charge.Paid, charge.Amount, charge.CustomerId, charge.PaymentMethod).Should().Be(("succeeded", true, 1200L, customer.Id, cardId));
        charge.PaymentMethodDetails.Card.Last4.Should().Be(card[^4..]);
        charge.Metadata.Should().Equal(paid.Metadata);

        var received = await _emulator.ReceivedEventuallyAsync(r => r.Any(w => EmulatorServer.TypeOf(w) == "payment_intent.succeeded"), "payment_intent.succeeded");
        var events = received.Select(w => EventUtility.ConstructEvent(w.Body, w.Signature, StripeEmulatorDefaults.TestWebhookSecret)).ToList();
        var succeeded = events.Single(e => e.Type == "payment_intent.succeeded");
        ((PaymentIntent)succeeded.Data.Object).Id.Should().Be(paid.Id);
        succeeded.Request.IdempotencyKey.Should().NotBeNull("the event names the request that caused it");
        await _emulator.ReceivedEventuallyAsync(r => r.Any(w => EmulatorServer.TypeOf(w) == "charge.succeeded"), "charge.succeeded");
        (await _emulator.EventsAsync("payment_intent.payment_failed")).Should().BeEmpty();
    }

    [TestCase("4000002500003155", "checkout", "on_session", "authentication_required", "authentication_required", false)]
    [TestCase("4000002500003155", "setup", "on_session", "authentication_required", "authentication_required", false)]
    [TestCase("4000002760003184", "checkout", "off_session", "authentication_required", "authentication_required", false)]
    [TestCase("4000002760003184", "setup", "off_session", "authentication_required", "authentication_required", false)]
    [TestCase("4000000000000341", "setup", "off_session", "card_declined", "generic_decline", true)]
    [TestCase("4000000000009995", "setup", "off_session", "card_declined", "insufficient_funds", true)]
    public async Task A_card_that_cannot_pay_off_session_is_a_402_carrying_the_payment_intent(
        string card, string savedBy, string usage, string code, string declineCode, bool issuerAsked)
    {
        var customer = await _emulator.CreateCustomerAsync();
        var cardId = await SavedCardAsync(customer.Id, card, savedBy, usage);

        var charge = () => Intents().CreateAsync(EmulatorServer.OffSession(customer.Id, cardId));

        var error = (await charge.Should().ThrowAsync<StripeException>()).Which;
        error.HttpStatusCode.Should().Be(HttpStatusCode.PaymentRequired);
        (error.StripeError.Type, error.StripeError.Code, error.StripeError.DeclineCode).Should().Be(("card_error", code, declineCode));
        error.StripeError.PaymentMethod.Id.Should().Be(cardId);
        var intent = error.StripeError.PaymentIntent;
        (intent.Status, intent.CustomerId, intent.AmountReceived).Should().Be(("requires_payment_method", customer.Id, 0L));
        intent.PaymentMethodId.Should().BeNull("the declined card is no longer the intent's payment method");
        (intent.LastPaymentError.Code, intent.LastPaymentError.DeclineCode).Should().Be((code, declineCode));
        intent.LastPaymentError.PaymentMethod.Id.Should().Be(cardId);
        var retrieved = await Intents().GetAsync(intent.Id, new PaymentIntentGetOptions { Expand = ["latest_charge"] });
        retrieved.Status.Should().Be("requires_payment_method");
        if (issuerAsked)
        {
            error.StripeError.Charge.Should().Be(retrieved.LatestChargeId).And.StartWith("ch_");
            (retrieved.LatestCharge.Status, retrieved.LatestCharge.Paid, retrieved.LatestCharge.FailureCode).Should().Be(("failed", false, code));
            retrieved.LatestCharge.Outcome.Reason.Should().Be(declineCode);
        }
        else
        {
            error.StripeError.Charge.Should().BeNull("authentication is asked for before the issuer is");
            retrieved.LatestChargeId.Should().BeNull();
        }

        var failed = await _emulator.ReceivedEventuallyAsync(
            r => r.Any(w => EmulatorServer.TypeOf(w) == "payment_intent.payment_failed"), "payment_intent.payment_failed");
        var e = EventUtility.ConstructEvent(failed.Single(w => EmulatorServer.TypeOf(w) == "payment_intent.payment_failed").Body,
            failed.Single(w => EmulatorServer.TypeOf(w) == "payment_intent.payment_failed").Signature, StripeEmulatorDefaults.TestWebhookSecret);
        ((PaymentIntent)e.Data.Object).LastPaymentError.Code.Should().Be(code);
        (await _emulator.EventsAsync("charge.failed")).Should().HaveCount(issuerAsked ? 1 : 0);
        (await _emulator.EventsAsync("payment_intent.succeeded")).Should().BeEmpty();
    }

    [Test]
    public async Task The_same_idempotency_key_charges_once_and_answers_the_same_payment_intent()
    {
        var customer = await _emulator.CreateCustomerAsync();
        var cardId = await _emulator.CardSavedAtCheckoutAsync(customer.Id);
        var key = new RequestOptions { IdempotencyKey = "top-up-t-1" };

        var first = await Intents().CreateAsync(EmulatorServer.OffSession(customer.Id, cardId), key);
        var again = await Intents().CreateAsync(EmulatorServer.OffSession(customer.Id, cardId), key);
        var other = () => Intents().CreateAsync(EmulatorServer.OffSession(customer.Id, cardId, amount: 2500), key);

        again.Id.Should().Be(first.Id);
        again.StripeResponse.Headers.Should().Contain(h => h.Key == "Idempotent-Replayed");
        (await other.Should().ThrowAsync<StripeException>()).Which.StripeError.Type.Should().Be("idempotency_error");
        (await _emulator.EventsAsync("payment_intent.succeeded")).Should().ContainSingle();
        (await _emulator.EventsAsync("charge.succeeded")).Should().ContainSingle();
        (await ControlListAsync("payment_intents")).Should().HaveCount(2, "the checkout's payment intent and one top-up");
    }

    [Test]
    public async Task The_same_idempotency_key_replays_a_decline_without_asking_the_card_again()
    {
        var customer = await _emulator.CreateCustomerAsync();
        var cardId = await _emulator.CardSavedBySetupAsync(customer.Id, "4000000000009995");
        var key = new RequestOptions { IdempotencyKey = "top-up-t-2" };
        var charge = () => Intents().CreateAsync(EmulatorServer.OffSession(customer.Id, cardId), key);

        var first = (await charge.Should().ThrowAsync<StripeException>()).Which.StripeError;
        var again = (await charge.Should().ThrowAsync<StripeException>()).Which.StripeError;

        again.PaymentIntent.Id.Should().Be(first.PaymentIntent.Id);
        again.Charge.Should().Be(first.Charge);
        (await _emulator.EventsAsync("payment_intent.payment_failed")).Should().ContainSingle();
        (await _emulator.EventsAsync("charge.failed")).Should().ContainSingle();
    }

    [Test]
    public async Task A_detached_card_cannot_be_charged()
    {
        var customer = await _emulator.CreateCustomerAsync();
        var cardId = await _emulator.CardSavedAtCheckoutAsync(customer.Id);
        await _emulator.Client().V1.PaymentMethods.DetachAsync(cardId);

        var charge = () => Intents().CreateAsync(EmulatorServer.OffSession(customer.Id, cardId));

        var error = (await charge.Should().ThrowAsync<StripeException>()).Which;
        error.HttpStatusCode.Should().Be(HttpStatusCode.BadRequest);
        (error.StripeError.Type, error.StripeError.Param).Should().Be(("invalid_request_error", "payment_method"));
        error.StripeError.Message.Should().Contain("was detached from a Customer. It may not be used again.");
        (await ControlListAsync("payment_intents")).Should().ContainSingle("only the checkout's: nothing was charged");
        (await _emulator.EventsAsync()).Select(e => (string)e!["type"]!).Should().NotContain(t => t.StartsWith("payment_intent.", StringComparison.Ordinal));
    }

    [Test]
    public async Task A_card_is_charged_only_for_the_customer_it_is_saved_to()
    {
        var owner = await _emulator.CreateCustomerAsync();
        var stranger = await _emulator.CreateCustomerAsync(email: "someone@example.com");
        var cardId = await _emulator.CardSavedAtCheckoutAsync(owner.Id);
        var withoutCustomer = EmulatorServer.OffSession(owner.Id, cardId);
        withoutCustomer.Customer = null;

        var forStranger = () => Intents().CreateAsync(EmulatorServer.OffSession(stranger.Id, cardId));
        var forNobody = () => Intents().CreateAsync(withoutCustomer);

        var wrong = (await forStranger.Should().ThrowAsync<StripeException>()).Which.StripeError;
        wrong.Param.Should().Be("payment_method");
        wrong.Message.Should().Be($"The PaymentMethod {cardId} does not belong to the Customer you supplied {stranger.Id}. Please use this PaymentMethod with the Customer that it belongs to instead.");
        var missing = (await forNobody.Should().ThrowAsync<StripeException>()).Which.StripeError;
        (missing.Code, missing.Param).Should().Be(("parameter_missing", "source"));
        (await _emulator.EventsAsync("payment_intent.succeeded")).Should().BeEmpty();
    }

    [Test]
    public async Task Test_and_live_cards_are_kept_apart_and_live_events_are_signed_with_the_live_secret()
    {
        var testCustomer = await _emulator.CreateCustomerAsync();
        var testCard = await _emulator.CardSavedAtCheckoutAsync(testCustomer.Id);
        var liveCustomer = await _emulator.CreateCustomerAsync(EmulatorServer.LiveKey);
        var liveCard = await _emulator.CardSavedAtCheckoutAsync(liveCustomer.Id, key: EmulatorServer.LiveKey);

        var testCardFromLive = () => Intents(EmulatorServer.LiveKey).CreateAsync(EmulatorServer.OffSession(testCustomer.Id, testCard));
        var liveCardFromTest = () => Intents().CreateAsync(EmulatorServer.OffSession(liveCustomer.Id, liveCard));
        var livePaid = await Intents(EmulatorServer.LiveKey).CreateAsync(EmulatorServer.OffSession(liveCustomer.Id, liveCard));

        foreach (var refused in new[] { testCardFromLive, liveCardFromTest })
        {
            var error = (await refused.Should().ThrowAsync<StripeException>()).Which;
            (error.HttpStatusCode, error.StripeError.Code, error.StripeError.Param).Should().Be((HttpStatusCode.NotFound, "resource_missing", "customer"));
        }
        var liveSession = () => _emulator.CreateSessionAsync(EmulatorServer.LiveKey, EmulatorServer.SavingOptions(testCustomer.Id));
        (await liveSession.Should().ThrowAsync<StripeException>()).Which.StripeError.Code.Should().Be("resource_missing");
        livePaid.Livemode.Should().BeTrue();
        var liveIntentFromTest = () => Intents().GetAsync(livePaid.Id);
        (await liveIntentFromTest.Should().ThrowAsync<StripeException>()).Which.HttpStatusCode.Should().Be(HttpStatusCode.NotFound);
        var webhook = (await _emulator.ReceivedEventuallyAsync(
            r => r.Any(w => EmulatorServer.TypeOf(w) == "payment_intent.succeeded"), "the live payment_intent.succeeded"))
            .Single(w => EmulatorServer.TypeOf(w) == "payment_intent.succeeded");
        EventUtility.ConstructEvent(webhook.Body, webhook.Signature, StripeEmulatorDefaults.LiveWebhookSecret).Livemode.Should().BeTrue();
    }

    [Test]
    public async Task An_off_session_payment_refunds_like_a_checkout_one_and_a_declined_one_does_not()
    {
        var customer = await _emulator.CreateCustomerAsync();
        var paid = await Intents().CreateAsync(EmulatorServer.OffSession(customer.Id, await _emulator.CardSavedAtCheckoutAsync(customer.Id)));
        var declinedCard = await _emulator.CardSavedBySetupAsync(customer.Id, "4000000000000341");
        var decline = () => Intents().CreateAsync(EmulatorServer.OffSession(customer.Id, declinedCard));
        var declined = (await decline.Should().ThrowAsync<StripeException>()).Which.StripeError.PaymentIntent;

        var refund = await _emulator.Client().V1.Refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = paid.Id });
        var refundDeclined = () => _emulator.Client().V1.Refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = declined.Id });

        (refund.Status, refund.Amount, refund.ChargeId).Should().Be(("succeeded", 1999L, paid.LatestChargeId));
        (await _emulator.Client().V1.Charges.GetAsync(paid.LatestChargeId)).Refunded.Should().BeTrue();
        (await refundDeclined.Should().ThrowAsync<StripeException>()).Which.StripeError.Message.Should().Contain("does not have a successful charge");
        await _emulator.ReceivedEventuallyAsync(r => r.Any(w => EmulatorServer.TypeOf(w) == "charge.refunded"), "charge.refunded");
    }

    [Test]
    public async Task Paused_deliveries_hold_the_payment_events_until_resumed()
    {
        var customer = await _emulator.CreateCustomerAsync();
        var cardId = await _emulator.CardSavedAtCheckoutAsync(customer.Id);
        await _emulator.ReceivedEventuallyAsync(r => r.Count == 3, "customer.created, payment_method.attached, checkout.session.completed");
        await _emulator.PostControlAsync("webhooks/pause");

        var paid = await Intents().CreateAsync(EmulatorServer.OffSession(customer.Id, cardId));

        var held = await _emulator.EventsAsync(objectId: paid.Id);
        held.Should().ContainSingle().Which!["delivery_state"]!.GetValue<string>().Should().Be("pending");
        _emulator.Received.Should().HaveCount(3);
        await _emulator.PostControlAsync("webhooks/resume");
        var received = await _emulator.ReceivedEventuallyAsync(r => r.Count == 5, "the held charge.succeeded and payment_intent.succeeded");
        received.Skip(3).Select(EmulatorServer.TypeOf).Should().BeEquivalentTo(["charge.succeeded", "payment_intent.succeeded"]);
    }

    [TestCase("amount=10&currency=usd&customer=cus_x&payment_method=pm_x&confirm=true&off_session=true", 400, "amount_too_small", "amount")]
    [TestCase("amount=1999&currency=dollars&customer=cus_x&payment_method=pm_x&confirm=true&off_session=true", 400, "parameter_invalid_string", "currency")]
    [TestCase("currency=usd&customer=cus_x&payment_method=pm_x&confirm=true&off_session=true", 400, "parameter_missing", "amount")]
    [TestCase("amount=1999&currency=usd&customer=cus_x&payment_method=pm_x&off_session=true", 400, null, "confirm")]
    [TestCase("amount=1999&currency=usd&customer=cus_x&payment_method=pm_x&confirm=true&off_session=false", 400, null, "off_session")]
    [TestCase("amount=1999&currency=usd&customer=cus_x&payment_method=pm_x&confirm=yes&off_session=true", 400, "parameter_invalid_boolean", "confirm")]
    [TestCase("amount=1999&currency=usd&customer=cus_x&confirm=true&off_session=true", 400, "payment_intent_unexpected_state", null)]
    [TestCase("amount=1999&currency=usd&customer=cus_x&payment_method=pm_x&confirm=true&off_session=true&capture_method=manual", 400, null, "capture_method")]
    [TestCase("amount=1999&currency=usd&customer=cus_x&payment_method=pm_x&confirm=true&off_session=true&payment_method_data[type]=card", 400, null, "payment_method_data")]
    [TestCase("amount=1999&currency=usd&customer=cus_x&payment_method=pm_x&confirm=true&off_session=true&colour=blue", 400, "parameter_unknown", "colour")]
    [TestCase("amount=1999&currency=usd&customer=cus_missing&payment_method=pm_x&confirm=true&off_session=true", 404, "resource_missing", "customer")]
    [TestCase("amount=1999&currency=usd&payment_method=pm_missing&confirm=true&off_session=true", 404, "resource_missing", "payment_method")]
    public async Task Bad_payment_intent_requests_are_stripe_errors_that_change_nothing(string body, int status, string? code, string? param)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/payment_intents")
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", EmulatorServer.TestKey);

        using var response = await _emulator.Http.SendAsync(request);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;

        ((int)response.StatusCode).Should().Be(status, error.ToJsonString());
        ((string?)error["code"]).Should().Be(code);
        ((string?)error["param"]).Should().Be(param);
        (await ControlListAsync("payment_intents")).Should().BeEmpty();
        (await _emulator.EventsAsync()).Should().BeEmpty();
    }

    [TestCase("4000000000000002", "card_declined")]
    [TestCase("4000000000000069", "expired_card")]
    [TestCase("4111111111111111", "card_declined")]
    public async Task A_setup_refuses_a_card_its_check_declines_and_saves_nothing(string card, string code)
    {
        var customer = await _emulator.CreateCustomerAsync();

        using var response = await _emulator.Http.PostAsync($"_emulator/customers/{customer.Id}/payment_methods",
            new FormUrlEncodedContent([KeyValuePair.Create("card", card)]));

        response.StatusCode.Should().Be(HttpStatusCode.PaymentRequired);
        ((string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["code"]!).Should().Be(code);
        (await ControlListAsync("payment_methods", customer.Id)).Should().BeEmpty();
    }

    [Test]
    public async Task A_setup_whose_authentication_fails_saves_nothing()
    {
        var customer = await _emulator.CreateCustomerAsync();

        using var response = await _emulator.Http.PostAsync($"_emulator/customers/{customer.Id}/payment_methods",
            new FormUrlEncodedContent([KeyValuePair.Create("card", "4000002760003184"), KeyValuePair.Create("three_d_secure", "fail")]));

        response.StatusCode.Should().Be(HttpStatusCode.PaymentRequired);
        ((string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["code"]!).Should().Be("setup_intent_authentication_failure");
        (await ControlListAsync("payment_methods", customer.Id)).Should().BeEmpty();
        (await _emulator.EventsAsync("payment_method.attached")).Should().BeEmpty();
    }

    private Task<string> SavedCardAsync(string customerId, string card, string savedBy, string usage) => savedBy == "checkout"
        ? _emulator.CardSavedAtCheckoutAsync(customerId, card, usage)
        : _emulator.CardSavedBySetupAsync(customerId, card, usage);

    private async Task<JsonArray> ControlListAsync(string what, string? customer = null) =>
        JsonNode.Parse(await _emulator.Http.GetStringAsync($"_emulator/{what}" + (customer is null ? "" : $"?customer={customer}")))!["data"]!.AsArray();
}
