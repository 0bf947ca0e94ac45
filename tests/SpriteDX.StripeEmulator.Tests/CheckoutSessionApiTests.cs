using System.Net;
using System.Text.Json.Nodes;
using SpriteDX.StripeEmulator.Tests.Support;
using Stripe;
using Stripe.Checkout;

namespace SpriteDX.StripeEmulator.Tests;

/// <summary>Every Stripe API call SpriteDX makes, through the real Stripe.net 53.1.0 client.</summary>
public sealed class CheckoutSessionApiTests
{
    private EmulatorServer _emulator = null!;

    [SetUp]
    public async Task StartAsync() => _emulator = await EmulatorServer.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _emulator.DisposeAsync();

    [Test]
    public async Task Creating_a_session_returns_an_open_hosted_session_with_everything_that_was_sent()
    {
        var before = DateTimeOffset.UtcNow;

        var session = await _emulator.CreateSessionAsync();

        session.Id.Should().StartWith("cs_test_a1");
        session.Object.Should().Be("checkout.session");
        session.Livemode.Should().BeFalse();
        session.Mode.Should().Be("payment");
        session.UiMode.Should().Be("hosted_page");
        session.Status.Should().Be("open");
        session.PaymentStatus.Should().Be("unpaid");
        session.AmountTotal.Should().Be(1999);
        session.AmountSubtotal.Should().Be(1999);
        session.Currency.Should().Be("usd");
        session.ClientReferenceId.Should().Be("3f6d2a9e-8c1b-4e7a-9d2f-5b6c7a8e9f01");
        session.CustomerEmail.Should().Be("jenny.rosen@example.com");
        session.Metadata.Should().Equal(new Dictionary<string, string>
        {
            ["account_id"] = "3f6d2a9e-8c1b-4e7a-9d2f-5b6c7a8e9f01", ["pack_id"] = "pack_500_credits", ["purchase_id"] = "p-1",
        });
        session.SuccessUrl.Should().Be("http://app.test/billing/success?session_id={CHECKOUT_SESSION_ID}");
        session.CancelUrl.Should().Be("http://app.test/billing/cancel");
        session.PaymentIntentId.Should().BeNull("since 2022-08-01 Stripe creates the payment intent only when the customer pays");
        session.Url.Should().Be($"{_emulator.ApiBase}/pay/{session.Id}");
        session.ExpiresAt.Should().BeCloseTo(before.UtcDateTime.AddHours(24), TimeSpan.FromMinutes(1));
        session.StripeResponse.Headers.Should().Contain(h => h.Key == "Request-Id");
    }

    [Test]
    public async Task The_same_idempotency_key_and_parameters_return_the_same_session()
    {
        var sessions = _emulator.Client().V1.Checkout.Sessions;
        var request = new RequestOptions { IdempotencyKey = "purchase-42" };

        var first = await sessions.CreateAsync(EmulatorServer.SessionOptions(), request);
        var second = await sessions.CreateAsync(EmulatorServer.SessionOptions(), request);

        second.Id.Should().Be(first.Id);
        second.StripeResponse.Headers.Should().Contain(h => h.Key == "Idempotent-Replayed");
        var list = JsonNode.Parse(await _emulator.Http.GetStringAsync("_emulator/checkout/sessions"))!["data"]!.AsArray();
        list.Should().ContainSingle();
    }

    [Test]
    public async Task The_same_idempotency_key_with_other_parameters_is_an_idempotency_error()
    {
        var sessions = _emulator.Client().V1.Checkout.Sessions;
        var request = new RequestOptions { IdempotencyKey = "purchase-43" };
        await sessions.CreateAsync(EmulatorServer.SessionOptions(amount: 1999), request);

        var reuse = () => sessions.CreateAsync(EmulatorServer.SessionOptions(amount: 4999), request);

        var error = (await reuse.Should().ThrowAsync<StripeException>()).Which;
        error.HttpStatusCode.Should().Be(HttpStatusCode.BadRequest);
        error.StripeError.Type.Should().Be("idempotency_error");
        error.Message.Should().Contain("purchase-43");
    }

    [Test]
    public async Task Concurrent_retries_with_one_idempotency_key_create_one_session()
    {
        var request = new RequestOptions { IdempotencyKey = "double-click" };

        var sessions = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(_ => _emulator.Client().V1.Checkout.Sessions.CreateAsync(EmulatorServer.SessionOptions(), request)));

        sessions.Select(s => s.Id).Distinct().Should().ContainSingle();
    }

    [Test]
    public async Task Idempotency_keys_are_per_mode()
    {
        var request = new RequestOptions { IdempotencyKey = "shared-key" };

        var test = await _emulator.Client().V1.Checkout.Sessions.CreateAsync(EmulatorServer.SessionOptions(), request);
        var live = await _emulator.Client(EmulatorServer.LiveKey).V1.Checkout.Sessions.CreateAsync(EmulatorServer.SessionOptions(), request);

        live.Id.Should().NotBe(test.Id).And.StartWith("cs_live_");
    }

    [Test]
    public async Task A_paid_session_retrieved_with_expansions_carries_its_payment_intent_and_charge()
    {
        var created = await _emulator.CreateSessionAsync();
        await _emulator.PaidAsync(created.Id);

        var session = await _emulator.Client().V1.Checkout.Sessions.GetAsync(created.Id, new SessionGetOptions
        {
            Expand = ["payment_intent", "payment_intent.latest_charge", "line_items"],
        });

        session.Status.Should().Be("complete");
        session.PaymentStatus.Should().Be("paid");
        session.Url.Should().BeNull();
        session.CustomerDetails.Email.Should().Be("jenny.rosen@example.com");
        session.PaymentIntent.Status.Should().Be("succeeded");
        session.PaymentIntent.Amount.Should().Be(1999);
        session.PaymentIntent.AmountReceived.Should().Be(1999);
        session.PaymentIntent.LatestCharge.Paid.Should().BeTrue();
        session.PaymentIntent.LatestCharge.Amount.Should().Be(1999);
        session.PaymentIntent.LatestCharge.PaymentMethodDetails.Card.Last4.Should().Be("4242");
        session.LineItems.Data.Should().ContainSingle().Which.Description.Should().Be("500 credits");
        session.LineItems.Data[0].AmountTotal.Should().Be(1999);

        var intent = await _emulator.Client().V1.PaymentIntents.GetAsync(session.PaymentIntentId, new PaymentIntentGetOptions { Expand = ["latest_charge"] });
        intent.LatestCharge.Id.Should().Be(session.PaymentIntent.LatestChargeId);
        var charge = await _emulator.Client().V1.Charges.GetAsync(intent.LatestChargeId);
        charge.PaymentIntentId.Should().Be(intent.Id);
        charge.ReceiptUrl.Should().StartWith(_emulator.ApiBase + "/receipts/");
    }

    [Test]
    public async Task Expiring_an_open_session_closes_it_and_sends_checkout_session_expired()
    {
        var created = await _emulator.CreateSessionAsync();

        var expired = await _emulator.Client().V1.Checkout.Sessions.ExpireAsync(created.Id, null, new RequestOptions { IdempotencyKey = "expire-1" });

        expired.Status.Should().Be("expired");
        expired.Url.Should().BeNull();
        var events = await _emulator.EventsAsync("checkout.session.expired", created.Id);
        var stored = await _emulator.Client().V1.Events.GetAsync((string)events.Single()!["id"]!);
        stored.Type.Should().Be("checkout.session.expired");
        stored.Request.IdempotencyKey.Should().Be("expire-1");
        stored.Request.Id.Should().StartWith("req_");
        ((Session)stored.Data.Object).Status.Should().Be("expired");

        var again = () => _emulator.Client().V1.Checkout.Sessions.ExpireAsync(created.Id);
        (await again.Should().ThrowAsync<StripeException>()).Which.HttpStatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Events_are_retrieved_with_the_pinned_api_version_and_their_object()
    {
        var created = await _emulator.CreateSessionAsync();
        await _emulator.PaidAsync(created.Id);
        var id = (string)(await _emulator.EventsAsync("checkout.session.completed")).Single()!["id"]!;

        var e = await _emulator.Client().V1.Events.GetAsync(id);

        e.ApiVersion.Should().Be(StripeConfiguration.ApiVersion);
        e.Livemode.Should().BeFalse();
        var session = e.Data.Object.Should().BeOfType<Session>().Subject;
        session.Id.Should().Be(created.Id);
        session.PaymentStatus.Should().Be("paid");
    }

    [Test]
    public async Task A_key_the_emulator_does_not_know_is_refused_with_401()
    {
        var call = () => _emulator.Client("sk_test_not_a_key_of_this_emulator_1234").V1.Checkout.Sessions.CreateAsync(EmulatorServer.SessionOptions());

        var error = (await call.Should().ThrowAsync<StripeException>()).Which;
        error.HttpStatusCode.Should().Be(HttpStatusCode.Unauthorized);
        error.StripeError.Type.Should().Be("invalid_request_error");
        error.Message.Should().StartWith("Invalid API Key provided: sk_test_").And.EndWith("1234").And.NotContain("not_a_key");
    }

    [Test]
    public async Task A_request_without_a_key_is_refused_with_401()
    {
        using var response = await _emulator.Http.GetAsync("v1/checkout/sessions/cs_test_x");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;
        ((string)error["message"]!).Should().StartWith("You did not provide an API key.");
    }

    [Test]
    public async Task A_live_key_creates_live_sessions_that_a_test_key_cannot_see_and_back()
    {
        var live = await _emulator.CreateSessionAsync(EmulatorServer.LiveKey);
        var test = await _emulator.CreateSessionAsync(EmulatorServer.TestKey);

        live.Id.Should().StartWith("cs_live_a1");
        live.Livemode.Should().BeTrue();
        test.Livemode.Should().BeFalse();

        var fromTest = () => _emulator.Client(EmulatorServer.TestKey).V1.Checkout.Sessions.GetAsync(live.Id);
        var error = (await fromTest.Should().ThrowAsync<StripeException>()).Which;
        error.HttpStatusCode.Should().Be(HttpStatusCode.NotFound);
        error.StripeError.Code.Should().Be("resource_missing");
        error.Message.Should().Contain("exists in live mode, but a test mode key was used");

        var fromLive = () => _emulator.Client(EmulatorServer.LiveKey).V1.Checkout.Sessions.GetAsync(test.Id);
        (await fromLive.Should().ThrowAsync<StripeException>()).Which.StripeError.Code.Should().Be("resource_missing");
        var expireFromLive = () => _emulator.Client(EmulatorServer.LiveKey).V1.Checkout.Sessions.ExpireAsync(test.Id);
        (await expireFromLive.Should().ThrowAsync<StripeException>()).Which.HttpStatusCode.Should().Be(HttpStatusCode.NotFound);

        await _emulator.PaidAsync(live.Id);
        var liveSession = await _emulator.Client(EmulatorServer.LiveKey).V1.Checkout.Sessions.GetAsync(live.Id);
        var intentFromTest = () => _emulator.Client(EmulatorServer.TestKey).V1.PaymentIntents.GetAsync(liveSession.PaymentIntentId);
        (await intentFromTest.Should().ThrowAsync<StripeException>()).Which.HttpStatusCode.Should().Be(HttpStatusCode.NotFound);
        var liveEvent = (string)(await _emulator.EventsAsync("checkout.session.completed")).Single()!["id"]!;
        var eventFromTest = () => _emulator.Client(EmulatorServer.TestKey).V1.Events.GetAsync(liveEvent);
        (await eventFromTest.Should().ThrowAsync<StripeException>()).Which.HttpStatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Unknown_ids_are_404_resource_missing()
    {
        var client = _emulator.Client();

        foreach (var call in new Func<Task>[]
        {
            () => client.V1.Checkout.Sessions.GetAsync("cs_test_nope"),
            () => client.V1.Checkout.Sessions.ExpireAsync("cs_test_nope"),
            () => client.V1.PaymentIntents.GetAsync("pi_nope"),
            () => client.V1.Charges.GetAsync("ch_nope"),
            () => client.V1.Events.GetAsync("evt_nope"),
        })
        {
            var error = (await call.Should().ThrowAsync<StripeException>()).Which;
            error.HttpStatusCode.Should().Be(HttpStatusCode.NotFound);
            error.StripeError.Code.Should().Be("resource_missing");
        }
    }

    [Test]
    public async Task The_stripe_version_of_each_call_is_recorded()
    {
        await _emulator.CreateSessionAsync();

        var requests = JsonNode.Parse(await _emulator.Http.GetStringAsync("_emulator/requests"))!["data"]!.AsArray();

        var create = requests.Single(r => (string)r!["path"]! == "/stripe-emulator/v1/checkout/sessions")!;
        ((string)create["stripe_version"]!).Should().Be(StripeConfiguration.ApiVersion);
        ((string?)create["idempotency_key"]).Should().NotBeNullOrEmpty("Stripe.net sends a key with every POST");
        ((int)create["status"]!).Should().Be(200);
    }
}
