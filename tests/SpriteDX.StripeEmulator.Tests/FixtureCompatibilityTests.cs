using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using SpriteDX.StripeEmulator.Tests.Support;
using SpriteDX.StripeEmulator.Webhooks;
using Stripe;
using Stripe.Checkout;
using File = System.IO.File;

namespace SpriteDX.StripeEmulator.Tests;

/// <summary>
/// The emulator's objects and events against Stripe's fixtures (Fixtures/stripe, copied from the shared folder):
/// the same keys in the same order, and after Stripe.net 53.1.0 reads them, the same set of populated properties.
/// </summary>
public sealed class FixtureCompatibilityTests
{
    private static readonly string FixtureDir = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "stripe");

    private readonly Dictionary<string, string> _emulatedEvents = new();
    private readonly Dictionary<string, string> _emulatedObjects = new();
    private readonly Dictionary<string, string> _eventsWithoutFixture = new();
    private string _failedRefund = null!;
    private EmulatorServer _emulator = null!;

    /// <summary>The fixtures' story: the email is collected on the page, metadata holds the account and the pack.</summary>
    private static Stripe.Checkout.SessionCreateOptions StoryOptions()
    {
        var options = EmulatorServer.SessionOptions();
        options.CustomerEmail = null;
        options.Metadata.Remove("purchase_id");
        return options;
    }

    [OneTimeSetUp]
    public async Task ProduceOneOfEachAsync()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        _emulator = await EmulatorServer.StartAsync(clock: clock, withWebhook: false);

        var paid = await _emulator.CreateSessionAsync(options: StoryOptions());
        _emulatedObjects["checkout.session"] = await GetRawAsync($"v1/checkout/sessions/{paid.Id}");
        await _emulator.PaidAsync(paid.Id);
        _emulatedEvents["checkout.session.completed.paid"] = await EventOfAsync("checkout.session.completed", paid.Id);

        var live = await _emulator.CreateSessionAsync(EmulatorServer.LiveKey, StoryOptions());
        await _emulator.PaidAsync(live.Id);
        _emulatedEvents["checkout.session.completed.paid.livemode"] = await EventOfAsync("checkout.session.completed", live.Id, EmulatorServer.LiveKey);

        foreach (var (result, name) in new[] { ("succeeded", "checkout.session.async_payment_succeeded"), ("failed", "checkout.session.async_payment_failed") })
        {
            var options = StoryOptions();
            options.AllowedPaymentMethodTypes = ["card", "us_bank_account"];
            var delayed = await _emulator.CreateSessionAsync(options: options);
            await _emulator.PostControlAsync($"checkout/sessions/{delayed.Id}/pay", ("payment_method", "us_bank_account"));
            _emulatedEvents["checkout.session.completed.unpaid"] = await EventOfAsync("checkout.session.completed", delayed.Id);
            await _emulator.PostControlAsync($"checkout/sessions/{delayed.Id}/async_payment", ("result", result));
            _emulatedEvents[name] = await EventOfAsync(name, delayed.Id);
        }

        var chargeId = await ChargeOfAsync(paid.Id);
        _emulatedObjects["charge"] = await GetRawAsync($"v1/charges/{chargeId}");
        _emulatedObjects["payment_intent"] = await GetRawAsync($"v1/payment_intents/{(await _emulator.Client().V1.Checkout.Sessions.GetAsync(paid.Id)).PaymentIntentId}");
        await _emulator.PostControlAsync($"charges/{chargeId}/refund", ("amount", "500"));
        _emulatedEvents["charge.refunded.partial"] = await EventOfAsync("charge.refunded", chargeId);
        var refund = await _emulator.PostControlAsync($"charges/{chargeId}/refund");
        _emulatedEvents["charge.refunded.full"] = (await EventsOfAsync("charge.refunded", chargeId))[0];
        _emulatedObjects["refund"] = await GetRawAsync($"v1/refunds/{(string)refund["refunds"]!["data"]![0]!["id"]!}");

        var disputed = await _emulator.CreateSessionAsync(options: StoryOptions());
        await _emulator.PaidAsync(disputed.Id);
        var dispute = await _emulator.PostControlAsync($"charges/{await ChargeOfAsync(disputed.Id)}/dispute");
        _emulatedEvents["charge.dispute.created"] = await EventOfAsync("charge.dispute.created", (string)dispute["id"]!);
        _emulatedObjects["dispute"] = await GetRawAsync($"v1/disputes/{(string)dispute["id"]!}");
        await _emulator.PostControlAsync($"disputes/{(string)dispute["id"]!}/close", ("status", "won"));
        foreach (var type in new[] { "charge.dispute.closed", "charge.dispute.funds_reinstated" })
            _eventsWithoutFixture[type] = await EventOfAsync(type, (string)dispute["id"]!);

        var refundedByApi = await _emulator.PaidIntentAsync();
        var apiRefund = await _emulator.Client().V1.Refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = refundedByApi.Id, Amount = 300 });
        await _emulator.PostControlAsync($"refunds/{apiRefund.Id}/fail");
        foreach (var type in new[] { "refund.created", "refund.failed", "refund.updated", "charge.refund.updated" })
            _eventsWithoutFixture[type] = await EventOfAsync(type, apiRefund.Id);
        _failedRefund = await GetRawAsync($"v1/refunds/{apiRefund.Id}");

        // A customer's card saved at checkout pays a top-up off session, a card saved by a setup is declined, the first is detached.
        var customer = await _emulator.CreateCustomerAsync();
        _emulatedObjects["customer"] = await GetRawAsync($"v1/customers/{customer.Id}");
        _eventsWithoutFixture["customer.created"] = await EventOfAsync("customer.created", customer.Id);
        var cardId = await _emulator.CardSavedAtCheckoutAsync(customer.Id);
        _emulatedObjects["payment_method"] = await GetRawAsync($"v1/payment_methods/{cardId}");
        _eventsWithoutFixture["payment_method.attached"] = await EventOfAsync("payment_method.attached", cardId);
        var topUp = await _emulator.Client().V1.PaymentIntents.CreateAsync(EmulatorServer.OffSession(customer.Id, cardId));
        _emulatedObjects["payment_intent.off_session"] = await GetRawAsync($"v1/payment_intents/{topUp.Id}");
        _eventsWithoutFixture["payment_intent.succeeded"] = await EventOfAsync("payment_intent.succeeded", topUp.Id);
        _eventsWithoutFixture["charge.succeeded"] = await EventOfAsync("charge.succeeded", topUp.LatestChargeId);
        var decliningCard = await _emulator.CardSavedBySetupAsync(customer.Id, "4000000000009995");
        var decline = () => _emulator.Client().V1.PaymentIntents.CreateAsync(EmulatorServer.OffSession(customer.Id, decliningCard));
        var declined = (await decline.Should().ThrowAsync<StripeException>()).Which.StripeError.PaymentIntent;
        _emulatedObjects["payment_intent.declined"] = await GetRawAsync($"v1/payment_intents/{declined.Id}");
        _emulatedObjects["charge.declined"] = await GetRawAsync($"v1/charges/{declined.LatestChargeId}");
        _eventsWithoutFixture["payment_intent.payment_failed"] = await EventOfAsync("payment_intent.payment_failed", declined.Id);
        _eventsWithoutFixture["charge.failed"] = await EventOfAsync("charge.failed", declined.LatestChargeId);
        await _emulator.Client().V1.PaymentMethods.DetachAsync(cardId);
        _eventsWithoutFixture["payment_method.detached"] = await EventOfAsync("payment_method.detached", cardId);

        // Stripe expires a session by itself after 24 hours, and that event is caused by no request.
        var abandoned = await _emulator.CreateSessionAsync(options: StoryOptions());
        clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        await EmulatorServer.EventuallyAsync(() => _emulator.EventsAsync("checkout.session.expired", abandoned.Id), e => e.Count == 1, "the session to expire");
        _emulatedEvents["checkout.session.expired"] = await EventOfAsync("checkout.session.expired", abandoned.Id);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _emulator.DisposeAsync();

    private static IEnumerable<string> EventFixtures() =>
    [
        "checkout.session.completed.paid", "checkout.session.completed.paid.livemode", "checkout.session.completed.unpaid",
        "checkout.session.async_payment_succeeded", "checkout.session.async_payment_failed", "checkout.session.expired",
        "charge.refunded.partial", "charge.refunded.full", "charge.dispute.created",
    ];

    [TestCaseSource(nameof(EventFixtures))]
    public void The_emulated_event_has_the_fixtures_keys_in_the_fixtures_order(string name)
    {
        var fixture = JsonNode.Parse(File.ReadAllText(Path.Combine(FixtureDir, "events", name + ".json")))!;
        var emulated = JsonNode.Parse(_emulatedEvents[name])!;

        Keys(emulated).Should().Equal(Keys(fixture));
        Keys(emulated["data"]!).Should().Equal(Keys(fixture["data"]!));
        Keys(emulated["data"]!["object"]!).Should().Equal(Keys(fixture["data"]!["object"]!));
        if (fixture["data"]!["previous_attributes"] is { } previous)
            Keys(emulated["data"]!["previous_attributes"]!).Should().Equal(Keys(previous));
        Keys(emulated["request"]!).Should().Equal(Keys(fixture["request"]!));
    }

    [TestCaseSource(nameof(EventFixtures))]
    public void Stripe_net_reads_the_emulated_event_as_it_reads_the_fixture(string name)
    {
        var fixture = EventUtility.ParseEvent(File.ReadAllText(Path.Combine(FixtureDir, "events", name + ".json")));
        var emulated = EventUtility.ParseEvent(_emulatedEvents[name]);

        emulated.Type.Should().Be(fixture.Type);
        emulated.Livemode.Should().Be(fixture.Livemode);
        emulated.Data.Object.Should().BeOfType(fixture.Data.Object.GetType());
        var mine = Populated(emulated.ToJson());
        var theirs = Populated(fixture.ToJson());
        string.Join(", ", mine.Except(theirs)).Should().BeEmpty("the emulator sets no property the fixture leaves unset");
        string.Join(", ", theirs.Except(mine)).Should().BeEmpty("the emulator sets every property the fixture sets");
    }

    [TestCaseSource(nameof(EventFixtures))]
    public void Stripe_net_keeps_every_field_of_the_emulated_event(string name)
    {
        var raw = _emulatedEvents[name];

        var roundTripped = EventUtility.ParseEvent(raw).ToJson();

        string.Join(", ", Sent(raw).Except(Populated(roundTripped))).Should().BeEmpty("no field the emulator sends is unknown to Stripe.net");
        object? previous = EventUtility.ParseEvent(raw).Data.PreviousAttributes;
        if (JsonNode.Parse(raw)!["data"]!["previous_attributes"] is JsonObject sent)
            JsonNode.Parse(previous!.ToString()!)!.ToJsonString().Should().Be(sent.ToJsonString());
    }

    /// <summary>Events the shared fixtures have no sample of: at least Stripe.net must know every field and the object's type.</summary>
    [TestCase("refund.created", typeof(Refund))]
    [TestCase("refund.failed", typeof(Refund))]
    [TestCase("refund.updated", typeof(Refund))]
    [TestCase("charge.refund.updated", typeof(Refund))]
    [TestCase("charge.dispute.closed", typeof(Dispute))]
    [TestCase("charge.dispute.funds_reinstated", typeof(Dispute))]
    [TestCase("customer.created", typeof(Customer))]
    [TestCase("payment_method.attached", typeof(PaymentMethod))]
    [TestCase("payment_method.detached", typeof(PaymentMethod))]
    [TestCase("payment_intent.succeeded", typeof(PaymentIntent))]
    [TestCase("payment_intent.payment_failed", typeof(PaymentIntent))]
    [TestCase("charge.succeeded", typeof(Charge))]
    [TestCase("charge.failed", typeof(Charge))]
    public void Stripe_net_reads_every_field_of_an_event_without_a_fixture(string type, Type objectType)
    {
        var raw = _eventsWithoutFixture[type];

        var parsed = EventUtility.ParseEvent(raw);

        parsed.Type.Should().Be(type);
        parsed.Data.Object.Should().BeOfType(objectType);
        string.Join(", ", Sent(raw).Except(Populated(parsed.ToJson()))).Should().BeEmpty("no field the emulator sends is unknown to Stripe.net");
        Keys(JsonNode.Parse(raw)!).Should().Equal(Keys(JsonNode.Parse(File.ReadAllText(Path.Combine(FixtureDir, "events", "charge.refunded.full.json")))!));
    }

    [Test]
    public void A_failed_refund_has_the_fixtures_keys_and_its_failure_after_destination_details()
    {
        var fixture = Keys(JsonNode.Parse(File.ReadAllText(Path.Combine(FixtureDir, "objects", "refund.json")))!);
        var expected = fixture.SelectMany(k => k == "destination_details" ? [k, "failure_balance_transaction", "failure_reason"] : new[] { k });

        Keys(JsonNode.Parse(_failedRefund)!).Should().Equal(expected);
        string.Join(", ", Sent(_failedRefund).Except(Populated(StripeEntity.FromJson<Refund>(_failedRefund).ToJson()))).Should().BeEmpty();
    }

    [TestCase("checkout.session", "checkout.session", typeof(Session))]
    [TestCase("payment_intent", "payment_intent", typeof(PaymentIntent))]
    [TestCase("payment_intent.off_session", "payment_intent", typeof(PaymentIntent))]
    [TestCase("payment_intent.declined", "payment_intent", typeof(PaymentIntent))]
    [TestCase("charge", "charge", typeof(Charge))]
    [TestCase("charge.declined", "charge", typeof(Charge))]
    [TestCase("refund", "refund", typeof(Refund))]
    [TestCase("dispute", "dispute", typeof(Dispute))]
    [TestCase("customer", "customer", typeof(Customer))]
    [TestCase("payment_method", "payment_method", typeof(PaymentMethod))]
    public void The_emulated_object_has_the_fixtures_keys_and_stripe_net_keeps_them(string name, string fixtureName, Type type)
    {
        var fixture = JsonNode.Parse(File.ReadAllText(Path.Combine(FixtureDir, "objects", fixtureName + ".json")))!;
        var raw = _emulatedObjects[name];

        // Since API version 2022-11-15 a charge lists its refunds only when expanded.
        Keys(JsonNode.Parse(raw)!).Should().Equal(Keys(fixture).Where(k => !(fixtureName == "charge" && k == "refunds")));
        var read = (StripeEntity)typeof(StripeEntity).GetMethod(nameof(StripeEntity.FromJson), 1, [typeof(string)])!.MakeGenericMethod(type).Invoke(null, [raw])!;
        string.Join(", ", Sent(raw).Except(Populated(read.ToJson()))).Should().BeEmpty("no field the emulator sends is unknown to Stripe.net");
    }

    [Test]
    public void Every_fixture_deserializes_with_stripe_net()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(FixtureDir, "events")))
            EventUtility.ParseEvent(File.ReadAllText(file)).Data.Object.Should().NotBeNull(file);
        StripeEntity.FromJson<Session>(File.ReadAllText(Path.Combine(FixtureDir, "objects", "checkout.session.json"))).Id.Should().StartWith("cs_test_");
        StripeEntity.FromJson<Charge>(File.ReadAllText(Path.Combine(FixtureDir, "objects", "charge.json"))).Id.Should().StartWith("ch_");
    }

    [Test]
    public void The_emulator_signs_exactly_as_the_fixture_signatures_were_made()
    {
        var signatures = JsonNode.Parse(File.ReadAllText(Path.Combine(FixtureDir, "signatures.json")))!;
        var secret = (string)signatures["secret"]!;

        foreach (var (file, entry) in signatures["files"]!.AsObject())
        {
            var body = File.ReadAllText(Path.Combine(FixtureDir, file));
            WebhookSignature.Header(body, secret, (long)entry!["timestamp"]!).Should().Be((string)entry["header"]!, file);
        }
    }

    /// <summary>The values the emulator sends; an empty object has none, and previous_attributes is kept raw by Stripe.net.</summary>
    private static IEnumerable<string> Sent(string json) =>
        Populated(json).Where(p => !p.EndsWith("{}", StringComparison.Ordinal) && !p.StartsWith("$.data.previous_attributes", StringComparison.Ordinal));

    private static List<string> Keys(JsonNode node) => node.AsObject().Select(p => p.Key).ToList();

    /// <summary>Paths of every value that is set (not null), arrays collapsed to <c>[]</c>.</summary>
    private static SortedSet<string> Populated(string json)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        Walk(JsonNode.Parse(json), "$", paths);
        return paths;
    }

    private static void Walk(JsonNode? node, string path, SortedSet<string> paths)
    {
        switch (node)
        {
            case null:
                return;
            case JsonObject obj:
                if (obj.Count == 0) paths.Add(path + "{}");
                foreach (var (key, value) in obj) Walk(value, $"{path}.{key}", paths);
                return;
            case JsonArray array:
                if (array.Count == 0) paths.Add(path + "[]");
                foreach (var item in array) Walk(item, path + "[]", paths);
                return;
            default:
                paths.Add(path);
                return;
        }
    }

    private async Task<string> GetRawAsync(string path, string key = EmulatorServer.TestKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await _emulator.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue(body);
        return body;
    }

    private async Task<List<string>> EventsOfAsync(string type, string objectId, string key = EmulatorServer.TestKey)
    {
        var list = await _emulator.EventsAsync(type, objectId);
        var bodies = new List<string>();
        foreach (var e in list) bodies.Add(await GetRawAsync($"v1/events/{(string)e!["id"]!}", key));
        return bodies;
    }

    private async Task<string> EventOfAsync(string type, string objectId, string key = EmulatorServer.TestKey) =>
        (await EventsOfAsync(type, objectId, key))[0];

    private async Task<string> ChargeOfAsync(string sessionId)
    {
        var session = await _emulator.Client().V1.Checkout.Sessions.GetAsync(sessionId, new SessionGetOptions { Expand = ["payment_intent"] });
        return session.PaymentIntent.LatestChargeId;
    }
}
