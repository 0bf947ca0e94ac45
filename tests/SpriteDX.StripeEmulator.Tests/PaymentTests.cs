using System.Net;
using System.Text.Json.Nodes;
using SpriteDX.StripeEmulator.Tests.Support;
using Stripe;
using Stripe.Checkout;

namespace SpriteDX.StripeEmulator.Tests;

/// <summary>Paying with each test card, delayed bank debits, refunds and disputes, through the control API.</summary>
public sealed class PaymentTests
{
    private EmulatorServer _emulator = null!;

    [SetUp]
    public async Task StartAsync() => _emulator = await EmulatorServer.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _emulator.DisposeAsync();

    [TestCase("4242424242424242")]
    [TestCase("4242 4242 4242 4242")]
    [TestCase("5555555555554444")]
    public async Task A_card_that_succeeds_completes_and_pays_the_session(string card)
    {
        var created = await _emulator.CreateSessionAsync();

        var paid = await _emulator.PaidAsync(created.Id, card);

        ((string)paid["status"]!).Should().Be("complete");
        ((string)paid["payment_status"]!).Should().Be("paid");
        var session = await _emulator.Client().V1.Checkout.Sessions.GetAsync(created.Id, new SessionGetOptions { Expand = ["payment_intent.latest_charge"] });
        session.PaymentIntent.Status.Should().Be("succeeded");
        session.PaymentIntent.LatestCharge.Status.Should().Be("succeeded");
        session.PaymentIntent.LatestCharge.PaymentMethodDetails.Card.Last4.Should().Be(card.Replace(" ", "")[^4..]);
        session.PaymentIntent.LatestCharge.Id[3..].Should().Be(session.PaymentIntent.Id[3..], "a payment intent and its charge share their suffix");
        var completed = await _emulator.ReceivedEventuallyAsync(r => r.Any(w => EmulatorServer.TypeOf(w) == "checkout.session.completed"), "checkout.session.completed");
        var e = EventUtility.ConstructEvent(completed.Single().Body, completed.Single().Signature, StripeEmulatorDefaults.TestWebhookSecret);
        ((Session)e.Data.Object).PaymentStatus.Should().Be("paid");
    }

    [TestCase("4000000000000002", "card_declined", "generic_decline", "Your card was declined.")]
    [TestCase("4000000000009995", "card_declined", "insufficient_funds", "Your card has insufficient funds.")]
    [TestCase("4000000000000069", "expired_card", "expired_card", "Your card has expired.")]
    [TestCase("4000000000000127", "incorrect_cvc", "incorrect_cvc", "Your card's security code is incorrect.")]
    [TestCase("4111111111111111", "card_declined", "test_mode_live_card", "Your card was declined. Your request was in test mode")]
    public async Task A_declined_card_is_a_402_card_error_and_leaves_the_session_open(string card, string code, string declineCode, string message)
    {
        var created = await _emulator.CreateSessionAsync();

        using var response = await _emulator.PayAsync(created.Id, card);

        response.StatusCode.Should().Be(HttpStatusCode.PaymentRequired);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;
        ((string)error["type"]!).Should().Be("card_error");
        ((string)error["code"]!).Should().Be(code);
        ((string)error["decline_code"]!).Should().Be(declineCode);
        ((string)error["message"]!).Should().StartWith(message);
        var session = await _emulator.Client().V1.Checkout.Sessions.GetAsync(created.Id);
        session.Status.Should().Be("open");
        session.PaymentStatus.Should().Be("unpaid");
        (await _emulator.EventsAsync()).Should().BeEmpty();
    }

    [Test]
    public async Task A_number_that_fails_the_luhn_check_is_incorrect()
    {
        var created = await _emulator.CreateSessionAsync();

        using var response = await _emulator.PayAsync(created.Id, "4242424242424241");

        response.StatusCode.Should().Be(HttpStatusCode.PaymentRequired);
        ((string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["code"]!).Should().Be("incorrect_number");
    }

    [Test]
    public async Task The_three_d_secure_card_pays_once_authentication_is_confirmed()
    {
        var created = await _emulator.CreateSessionAsync();

        var paid = await _emulator.PaidAsync(created.Id, "4000002500003155");

        ((string)paid["payment_status"]!).Should().Be("paid");
        var session = await _emulator.Client().V1.Checkout.Sessions.GetAsync(created.Id, new SessionGetOptions { Expand = ["payment_intent.latest_charge"] });
        session.PaymentIntent.LatestCharge.PaymentMethodDetails.Card.ThreeDSecure.Result.Should().Be("authenticated");
    }

    [Test]
    public async Task The_three_d_secure_card_is_refused_when_authentication_fails()
    {
        var created = await _emulator.CreateSessionAsync();

        using var response = await _emulator.PayAsync(created.Id, "4000002500003155", ("three_d_secure", "fail"));

        response.StatusCode.Should().Be(HttpStatusCode.PaymentRequired);
        ((string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["code"]!).Should().Be("payment_intent_authentication_failure");
        (await _emulator.Client().V1.Checkout.Sessions.GetAsync(created.Id)).Status.Should().Be("open");
    }

    [Test]
    public async Task A_session_cannot_be_paid_twice_or_after_it_expired()
    {
        var paid = await _emulator.CreateSessionAsync();
        await _emulator.PaidAsync(paid.Id);
        var expired = await _emulator.CreateSessionAsync();
        await _emulator.Client().V1.Checkout.Sessions.ExpireAsync(expired.Id);

        foreach (var id in new[] { paid.Id, expired.Id })
        {
            using var response = await _emulator.PayAsync(id);
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        }
        (await _emulator.EventsAsync("checkout.session.completed")).Should().ContainSingle();
    }

    [Test]
    public async Task Refunds_send_charge_refunded_with_the_amount_refunded_so_far()
    {
        var created = await _emulator.CreateSessionAsync();
        await _emulator.PaidAsync(created.Id);
        var chargeId = await ChargeOfAsync(created.Id);

        var partial = await _emulator.PostControlAsync($"charges/{chargeId}/refund", ("amount", "500"));
        var full = await _emulator.PostControlAsync($"charges/{chargeId}/refund");

        ((long)partial["amount_refunded"]!).Should().Be(500);
        ((bool)partial["refunded"]!).Should().BeFalse();
        ((long)full["amount_refunded"]!).Should().Be(1999);
        ((bool)full["refunded"]!).Should().BeTrue();
        full["refunds"]!["data"]!.AsArray().Select(r => (long)r!["amount"]!).Should().Equal(1499, 500);

        var refunded = await _emulator.ReceivedEventuallyAsync(r => r.Count(w => EmulatorServer.TypeOf(w) == "charge.refunded") == 2, "two charge.refunded");
        var events = refunded.Where(w => EmulatorServer.TypeOf(w) == "charge.refunded")
            .Select(w => EventUtility.ConstructEvent(w.Body, w.Signature, StripeEmulatorDefaults.TestWebhookSecret))
            .OrderBy(e => ((Charge)e.Data.Object).AmountRefunded).ToList();
        ((Charge)events[0].Data.Object).AmountRefunded.Should().Be(500);
        ((Charge)events[0].Data.Object).Refunded.Should().BeFalse();
        ((Charge)events[1].Data.Object).AmountRefunded.Should().Be(1999);
        ((Charge)events[1].Data.Object).Refunded.Should().BeTrue();
        var previous = JsonNode.Parse(refunded.First(w => w.Body.Contains("\"amount_refunded\": 1999", StringComparison.Ordinal)).Body)!["data"]!["previous_attributes"]!;
        ((long)previous["amount_refunded"]!).Should().Be(500);
        ((bool)previous["refunded"]!).Should().BeFalse();
        events.Should().OnlyContain(e => e.Request.Id != null && e.Request.IdempotencyKey != null);

        using var again = await _emulator.Http.PostAsync($"_emulator/charges/{chargeId}/refund", new FormUrlEncodedContent([]));
        again.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ((string)JsonNode.Parse(await again.Content.ReadAsStringAsync())!["error"]!["code"]!).Should().Be("charge_already_refunded");
        (await _emulator.Client().V1.Charges.GetAsync(chargeId)).AmountRefunded.Should().Be(1999);
    }

    [Test]
    public async Task A_dispute_sends_charge_dispute_created()
    {
        var created = await _emulator.CreateSessionAsync();
        await _emulator.PaidAsync(created.Id);
        var chargeId = await ChargeOfAsync(created.Id);

        var dispute = await _emulator.PostControlAsync($"charges/{chargeId}/dispute");

        ((string)dispute["charge"]!).Should().Be(chargeId);
        var received = await _emulator.ReceivedEventuallyAsync(r => r.Any(w => EmulatorServer.TypeOf(w) == "charge.dispute.created"), "charge.dispute.created");
        var e = EventUtility.ConstructEvent(received.Single(w => EmulatorServer.TypeOf(w) == "charge.dispute.created").Body,
            received.Single(w => EmulatorServer.TypeOf(w) == "charge.dispute.created").Signature, StripeEmulatorDefaults.TestWebhookSecret);
        var disputed = e.Data.Object.Should().BeOfType<Dispute>().Subject;
        disputed.ChargeId.Should().Be(chargeId);
        disputed.Amount.Should().Be(1999);
        disputed.Status.Should().Be("needs_response");
        disputed.Reason.Should().Be("fraudulent");
        (await _emulator.Client().V1.Charges.GetAsync(chargeId)).Disputed.Should().BeTrue();
        (await _emulator.Client().V1.Disputes.GetAsync(disputed.Id)).ChargeId.Should().Be(chargeId);

        using var again = await _emulator.Http.PostAsync($"_emulator/charges/{chargeId}/dispute", new FormUrlEncodedContent([]));
        again.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [TestCase("succeeded", "checkout.session.async_payment_succeeded", "paid")]
    [TestCase("failed", "checkout.session.async_payment_failed", "unpaid")]
    public async Task A_bank_debit_completes_unpaid_then_settles(string result, string type, string paymentStatus)
    {
        var created = await _emulator.CreateSessionAsync();

        var completed = await _emulator.PostControlAsync($"checkout/sessions/{created.Id}/pay", ("payment_method", "us_bank_account"));
        var settled = await _emulator.PostControlAsync($"checkout/sessions/{created.Id}/async_payment", ("result", result));

        ((string)completed["status"]!).Should().Be("complete");
        ((string)completed["payment_status"]!).Should().Be("unpaid");
        ((string)settled["payment_status"]!).Should().Be(paymentStatus);
        // Deliveries run concurrently, so the settlement's event may arrive before the completion's: wait for both.
        var received = await _emulator.ReceivedEventuallyAsync(
            r => r.Any(w => EmulatorServer.TypeOf(w) == type) && r.Any(w => EmulatorServer.TypeOf(w) == "checkout.session.completed"), type);
        var events = received.Select(w => EventUtility.ConstructEvent(w.Body, w.Signature, StripeEmulatorDefaults.TestWebhookSecret)).ToList();
        events.Select(e => e.Type).Should().Contain(["checkout.session.completed", type]);
        ((Session)events.Single(e => e.Type == "checkout.session.completed").Data.Object).PaymentStatus.Should().Be("unpaid");
        ((Session)events.Single(e => e.Type == type).Data.Object).PaymentStatus.Should().Be(paymentStatus);
        var intent = await _emulator.Client().V1.PaymentIntents.GetAsync((string)settled["payment_intent"]!);
        intent.Status.Should().Be(result == "succeeded" ? "succeeded" : "requires_payment_method");
        using var twice = await _emulator.Http.PostAsync($"_emulator/checkout/sessions/{created.Id}/async_payment",
            new FormUrlEncodedContent([KeyValuePair.Create("result", result)]));
        twice.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    private async Task<string> ChargeOfAsync(string sessionId)
    {
        var session = await _emulator.Client().V1.Checkout.Sessions.GetAsync(sessionId, new SessionGetOptions { Expand = ["payment_intent"] });
        return session.PaymentIntent.LatestChargeId;
    }
}
