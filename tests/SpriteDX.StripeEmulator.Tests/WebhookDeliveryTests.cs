using System.Text.Json.Nodes;
using SpriteDX.StripeEmulator.Tests.Support;
using SpriteDX.StripeEmulator.Webhooks;
using Stripe;

namespace SpriteDX.StripeEmulator.Tests;

/// <summary>Signed deliveries, retries with back-off, pause and resume, resend.</summary>
public sealed class WebhookDeliveryTests
{
    [Test]
    public async Task Every_event_of_either_mode_verifies_with_that_modes_secret()
    {
        await using var emulator = await EmulatorServer.StartAsync();
        var test = await emulator.CreateSessionAsync(EmulatorServer.TestKey);
        var live = await emulator.CreateSessionAsync(EmulatorServer.LiveKey);
        await emulator.PaidAsync(test.Id);
        await emulator.PaidAsync(live.Id);
        await emulator.Client(EmulatorServer.LiveKey).V1.Checkout.Sessions.ExpireAsync((await emulator.CreateSessionAsync(EmulatorServer.LiveKey)).Id);

        var received = await emulator.ReceivedEventuallyAsync(r => r.Count == 3, "three deliveries");

        foreach (var webhook in received)
        {
            var livemode = (bool)JsonNode.Parse(webhook.Body)!["livemode"]!;
            var secret = livemode ? StripeEmulatorDefaults.LiveWebhookSecret : StripeEmulatorDefaults.TestWebhookSecret;
            var e = EventUtility.ConstructEvent(webhook.Body, webhook.Signature, secret);
            e.Livemode.Should().Be(livemode);
            e.ApiVersion.Should().Be(StripeConfiguration.ApiVersion);
            webhook.ContentType.Should().StartWith("application/json");
            webhook.Signature.Should().MatchRegex("^t=[0-9]+,v1=[0-9a-f]{64}$");
            var otherSecret = livemode ? StripeEmulatorDefaults.TestWebhookSecret : StripeEmulatorDefaults.LiveWebhookSecret;
            var withOther = () => EventUtility.ConstructEvent(webhook.Body, webhook.Signature, otherSecret);
            withOther.Should().Throw<StripeException>();
        }
        received.Select(w => (bool)JsonNode.Parse(w.Body)!["livemode"]!).Should().Contain([true, false]);
    }

    [Test]
    public async Task Configured_webhook_secrets_sign_the_events()
    {
        await using var emulator = await EmulatorServer.StartAsync(o => o.TestWebhookSecret = "whsec_configured_by_the_host");
        var session = await emulator.CreateSessionAsync();
        await emulator.PaidAsync(session.Id);

        var webhook = (await emulator.ReceivedEventuallyAsync(r => r.Count == 1, "one delivery")).Single();

        EventUtility.ConstructEvent(webhook.Body, webhook.Signature, "whsec_configured_by_the_host").Type.Should().Be("checkout.session.completed");
    }

    [Test]
    public async Task A_failing_endpoint_is_retried_with_growing_delays_until_it_answers_2xx()
    {
        await using var emulator = await EmulatorServer.StartAsync();
        var failuresLeft = 2;
        emulator.Respond = _ => Task.FromResult(Interlocked.Decrement(ref failuresLeft) >= 0 ? 500 : 200);
        var session = await emulator.CreateSessionAsync();
        await emulator.PaidAsync(session.Id);

        var received = await emulator.ReceivedEventuallyAsync(r => r.Count == 3, "three attempts");
        var summary = await EmulatorServer.EventuallyAsync(async () => (await emulator.EventsAsync()).Single()!,
            e => (string)e["delivery_state"]! == "succeeded", "the event to be delivered");

        received.Select(w => w.Body).Distinct().Should().ContainSingle("every attempt carries the same event body");
        received.Should().OnlyContain(w => EventUtility.ConstructEvent(w.Body, w.Signature, StripeEmulatorDefaults.TestWebhookSecret, 300, true) != null);
        var attempts = summary["deliveries"]!.AsArray();
        attempts.Select(a => (int)a!["status"]!).Should().Equal(500, 500, 200);
        var gaps = received.Zip(received.Skip(1), (a, b) => b.At - a.At).ToList();
        gaps[0].Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(90));
        gaps[1].Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(180), "the delay doubles after each failure");
    }

    [Test]
    public async Task Delivery_gives_up_after_the_configured_attempts()
    {
        await using var emulator = await EmulatorServer.StartAsync(o => o.MaxDeliveryAttempts = 3);
        emulator.Respond = _ => Task.FromResult(503);
        var session = await emulator.CreateSessionAsync();
        await emulator.PaidAsync(session.Id);

        var summary = await EmulatorServer.EventuallyAsync(async () => (await emulator.EventsAsync()).Single()!,
            e => (string)e["delivery_state"]! == "failed", "delivery to be given up");

        summary["deliveries"]!.AsArray().Select(a => (int)a!["status"]!).Should().Equal(503, 503, 503);
        emulator.Received.Should().HaveCount(3);
    }

    [Test]
    public async Task An_endpoint_that_does_not_answer_in_time_counts_as_a_failed_attempt()
    {
        await using var emulator = await EmulatorServer.StartAsync(o => o.DeliveryTimeout = TimeSpan.FromMilliseconds(300));
        var calls = 0;
        emulator.Respond = async _ =>
        {
            if (Interlocked.Increment(ref calls) == 1) await Task.Delay(TimeSpan.FromSeconds(1.5));
            return 200;
        };
        var session = await emulator.CreateSessionAsync();
        await emulator.PaidAsync(session.Id);

        var summary = await EmulatorServer.EventuallyAsync(async () => (await emulator.EventsAsync()).Single()!,
            e => (string)e["delivery_state"]! == "succeeded", "delivery after a timeout");

        var attempts = summary["deliveries"]!.AsArray();
        ((int)attempts[0]!["status"]!).Should().Be(0);
        ((string)attempts[0]!["error"]!).Should().Contain("timed out");
        ((int)attempts[^1]!["status"]!).Should().Be(200);
    }

    [Test]
    public async Task Paused_deliveries_queue_and_go_out_on_resume()
    {
        await using var emulator = await EmulatorServer.StartAsync();
        await emulator.PostControlAsync("webhooks/pause");
        var session = await emulator.CreateSessionAsync();
        await emulator.PaidAsync(session.Id);
        await emulator.Client().V1.Checkout.Sessions.ExpireAsync((await emulator.CreateSessionAsync()).Id);

        var queued = await emulator.EventsAsync();
        queued.Should().HaveCount(2).And.OnlyContain(e => (string)e!["delivery_state"]! == "pending" && e["deliveries"]!.AsArray().Count == 0);
        var status = JsonNode.Parse(await emulator.Http.GetStringAsync("_emulator/webhooks"))!;
        ((bool)status["paused"]!).Should().BeTrue();
        ((string)status["url"]!).Should().Be(emulator.Address + "/stripe/webhook");
        var pending = await emulator.Client().V1.Events.GetAsync((string)queued[0]!["id"]!);
        pending.PendingWebhooks.Should().Be(1);
        emulator.Received.Should().BeEmpty();

        await emulator.PostControlAsync("webhooks/resume");

        var received = await emulator.ReceivedEventuallyAsync(r => r.Count == 2, "both queued events");
        received.Select(EmulatorServer.TypeOf).Should().BeEquivalentTo(["checkout.session.completed", "checkout.session.expired"]);
        var delivered = await EmulatorServer.EventuallyAsync(() => emulator.Client().V1.Events.GetAsync((string)queued[0]!["id"]!),
            e => e.PendingWebhooks == 0, "pending_webhooks to drop to 0");
        delivered.PendingWebhooks.Should().Be(0);
    }

    [Test]
    public async Task Resending_delivers_the_same_event_again_with_a_fresh_signature()
    {
        await using var emulator = await EmulatorServer.StartAsync();
        var session = await emulator.CreateSessionAsync();
        await emulator.PaidAsync(session.Id);
        var first = (await emulator.ReceivedEventuallyAsync(r => r.Count == 1, "first delivery")).Single();
        var id = (string)JsonNode.Parse(first.Body)!["id"]!;

        await emulator.PostControlAsync($"events/{id}/resend");

        var second = (await emulator.ReceivedEventuallyAsync(r => r.Count == 2, "the resent delivery"))[1];
        second.Body.Should().Be(first.Body);
        EventUtility.ConstructEvent(second.Body, second.Signature, StripeEmulatorDefaults.TestWebhookSecret).Id.Should().Be(id);
        var summary = await EmulatorServer.EventuallyAsync(async () => (await emulator.EventsAsync()).Single()!,
            e => e["deliveries"]!.AsArray().Count == 2, "two recorded attempts");
        summary["deliveries"]!.AsArray().Select(a => (int)a!["status"]!).Should().Equal(200, 200);
    }

    [Test]
    public async Task Without_an_endpoint_events_are_stored_but_not_sent()
    {
        await using var emulator = await EmulatorServer.StartAsync(withWebhook: false);
        var session = await emulator.CreateSessionAsync();
        await emulator.PaidAsync(session.Id);

        var e = (await emulator.EventsAsync()).Single()!;

        ((string)e["delivery_state"]!).Should().Be("none");
        (await emulator.Client().V1.Events.GetAsync((string)e["id"]!)).PendingWebhooks.Should().Be(0);
        using var resend = await emulator.Http.PostAsync($"_emulator/events/{(string)e["id"]!}/resend", null);
        ((int)resend.StatusCode).Should().Be(400);
    }

    [Test]
    public async Task A_resolver_supplies_the_endpoint_when_no_url_is_configured()
    {
        EmulatorServer? self = null;
        await using var emulator = await EmulatorServer.StartAsync(o =>
        {
            o.WebhookUrl = null;
            o.WebhookUrlResolver = () => self is null ? null : self.Address + "/stripe/webhook";
        });
        self = emulator;
        var session = await emulator.CreateSessionAsync();
        await emulator.PaidAsync(session.Id);

        var webhook = (await emulator.ReceivedEventuallyAsync(r => r.Count == 1, "a delivery through the resolver")).Single();

        EmulatorServer.TypeOf(webhook).Should().Be("checkout.session.completed");
    }

    [TestCase(1, 100)]
    [TestCase(2, 200)]
    [TestCase(3, 400)]
    [TestCase(4, 800)]
    [TestCase(10, 1000)]
    public void Retry_delays_double_up_to_the_cap(int failedAttempts, int expectedMs)
    {
        var options = new StripeEmulatorOptions { FirstRetryDelay = TimeSpan.FromMilliseconds(100), MaxRetryDelay = TimeSpan.FromSeconds(1) };

        WebhookDispatcher.RetryDelay(failedAttempts, options).Should().Be(TimeSpan.FromMilliseconds(expectedMs));
    }
}
