using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;

namespace SpriteDX.IntegrationTests.Payments;

/// <summary>`POST /stripe/webhook` facing whatever arrives: forged, stale, replayed, malformed, or meant for the other mode.</summary>
[NonParallelizable] // Hangfire keeps its storage and job activator in statics; another app starting at the same moment could take them
public sealed class WebhookEndpointTests
{
    private SpriteDxApp _app = null!;
    private StripeEmulatorDriver _stripe = null!;

    [OneTimeSetUp]
    public void StartApp()
    {
        _app = SpriteDxApp.Start(("Billing:Enabled", "true"));
        _stripe = new StripeEmulatorDriver(_app);
    }

    [OneTimeTearDown]
    public async Task StopApp()
    {
        _stripe.Dispose();
        await _app.DisposeAsync();
    }

    [Test]
    public async Task A_webhook_without_a_signature_is_refused_with_400()
    {
        var body = UnknownSessionEvent();

        using var response = await SignedWebhooks.PostAsync(_app, body, signature: null);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Stripe-Signature header is missing");
    }

    [Test]
    public async Task A_webhook_signed_with_another_secret_is_refused_with_400_and_not_stored()
    {
        var id = "evt_forged_" + Guid.NewGuid().ToString("n");
        var body = UnknownSessionEvent(id);

        using var response = await SignedWebhooks.PostAsync(_app, body, SignedWebhooks.Signature(body, "whsec_an_attacker_guessing"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await StoredWebhookEvents.FindAsync(_app, id)).Should().BeNull();
    }

    [Test]
    public async Task A_live_event_signed_with_the_test_secret_is_refused()
    {
        var body = UnknownSessionEvent(livemode: true);

        using var response = await SignedWebhooks.PostAsync(_app, body, SignedWebhooks.Signature(body, SignedWebhooks.SecretFor(livemode: false)));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task A_stale_or_replayed_signature_is_refused_with_400()
    {
        var body = UnknownSessionEvent();

        using var response = await SignedWebhooks.PostAsync(_app, body, SignedWebhooks.Signature(body, SignedWebhooks.SecretFor(false), DateTimeOffset.UtcNow.AddMinutes(-6)));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("tolerance");
    }

    [TestCase("this is not json")]
    [TestCase("{\"livemode\": false, \"api_version\": null}")]
    [TestCase("{\"id\": \"evt_1\", \"object\": \"event\", \"livemode\": false, \"api_version\": \"2026-10-28.endive\", \"data\": 42}")]
    public async Task A_body_that_is_not_a_stripe_event_is_refused_with_400_never_500(string body)
    {
        using var response = await SignedWebhooks.PostAsync(_app, body, SignedWebhooks.Signature(body, SignedWebhooks.SecretFor(false)));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task A_body_over_256_KB_is_refused_with_413()
    {
        var body = SignedWebhooks.Event("checkout.session.completed", false, new JsonObject { ["id"] = "cs_test_big", ["object"] = "checkout.session", ["padding"] = new string('x', 300 * 1024) });

        using var response = await SignedWebhooks.PostAsync(_app, body, SignedWebhooks.Signature(body, SignedWebhooks.SecretFor(false)));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Test]
    public async Task An_event_of_a_type_SpriteDX_does_not_handle_is_acknowledged_and_recorded_as_ignored()
    {
        var id = "evt_unknown_type_" + Guid.NewGuid().ToString("n");
        var body = SignedWebhooks.Event("customer.created", false, new JsonObject { ["id"] = "cus_1", ["object"] = "customer" }, id);

        using var response = await SignedWebhooks.PostAsync(_app, body, SignedWebhooks.Signature(body, SignedWebhooks.SecretFor(false)));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await StoredWebhookEvents.ProcessedAsync(_app, id)).Outcome.Should().Be(WebhookOutcome.Ignored);
    }

    [Test]
    public async Task An_event_for_an_unknown_session_is_acknowledged_and_recorded_as_rejected_and_its_replay_stored_once()
    {
        var id = "evt_unknown_session_" + Guid.NewGuid().ToString("n");
        var body = UnknownSessionEvent(id);
        var signature = SignedWebhooks.Signature(body, SignedWebhooks.SecretFor(false));

        using var first = await SignedWebhooks.PostAsync(_app, body, signature);
        using var replay = await SignedWebhooks.PostAsync(_app, body, signature);

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        replay.StatusCode.Should().Be(HttpStatusCode.OK);
        (await StoredWebhookEvents.ProcessedAsync(_app, id)).Outcome.Should().Be(WebhookOutcome.Rejected);
        (await StoredWebhookEvents.CountAsync(_app, id)).Should().Be(1);
    }

    [Test]
    public async Task A_burst_of_events_and_redeliveries_at_once_stores_each_event_once_with_its_deliveries_counted_and_processes_each()
    {
        // Stored together (group commit): each event must still be its own row, and two deliveries of one
        // event landing in the same batch must count as two, not fail the batch.
        var events = Enumerable.Range(0, 40)
            .Select(i => (Id: $"evt_burst_{i}_{Guid.NewGuid():n}", Deliveries: i % 4 == 0 ? 3 : 1)).ToList();
        var bodies = events.ToDictionary(e => e.Id, e => UnknownSessionEvent(e.Id));

        var responses = await Task.WhenAll(events.SelectMany(e => Enumerable.Repeat(e.Id, e.Deliveries)).Select(async id =>
        {
            using var response = await SignedWebhooks.PostAsync(_app, bodies[id], SignedWebhooks.Signature(bodies[id], SignedWebhooks.SecretFor(false)));
            return response.StatusCode;
        }));

        responses.Should().HaveCount(events.Sum(e => e.Deliveries)).And.OnlyContain(status => status == HttpStatusCode.OK);
        foreach (var (id, deliveries) in events)
        {
            var stored = await StoredWebhookEvents.ProcessedAsync(_app, id);
            stored.Deliveries.Should().Be(deliveries, because: $"{id} was posted {deliveries} times");
            stored.Outcome.Should().Be(WebhookOutcome.Rejected);
            stored.Attempts.Should().Be(1, because: "an event is processed once however many times it arrives");
            (await StoredWebhookEvents.CountAsync(_app, id)).Should().Be(1);
        }
    }

    [Test]
    public async Task An_event_the_database_refuses_fails_alone_and_the_events_stored_with_it_are_acknowledged()
    {
        TestPostgres.IgnoreOnPostgres("the refusal is staged with a SQLite trigger");
        var poison = "evt_poison_" + Guid.NewGuid().ToString("n");
        var refusePoison = $"CREATE TRIGGER refuse_{poison} BEFORE INSERT ON webhook_events WHEN NEW.Id = '{poison}' BEGIN SELECT RAISE(ABORT, 'refused'); END";
        await _app.WithScopeAsync(services => services.GetRequiredService<PaymentsDbContext>().Database.ExecuteSqlRawAsync(refusePoison));
        var ids = Enumerable.Range(0, 20).Select(i => $"evt_beside_poison_{i}_{Guid.NewGuid():n}").Append(poison).ToList();

        var statuses = await Task.WhenAll(ids.Select(async id =>
        {
            var body = UnknownSessionEvent(id);
            using var response = await SignedWebhooks.PostAsync(_app, body, SignedWebhooks.Signature(body, SignedWebhooks.SecretFor(false)));
            return (Id: id, response.StatusCode);
        }));

        statuses.Single(s => s.Id == poison).StatusCode.Should().Be(HttpStatusCode.InternalServerError, because: "Stripe must send it again");
        statuses.Where(s => s.Id != poison).Should().OnlyContain(s => s.StatusCode == HttpStatusCode.OK);
        foreach (var id in ids.Where(id => id != poison))
            (await StoredWebhookEvents.ProcessedAsync(_app, id)).Outcome.Should().Be(WebhookOutcome.Rejected);
        (await StoredWebhookEvents.FindAsync(_app, poison)).Should().BeNull();
    }

    [Test]
    public async Task A_live_mode_event_about_a_test_mode_purchase_is_rejected_and_never_credits()
    {
        using var tester = await Buyer.SignUpAsync(_app);
        await tester.BecomeTestBillingAccountAsync();
        var session = await tester.StartCheckoutAsync();
        await _stripe.PauseWebhooksAsync();
        try
        {
            await _stripe.PaidAsync(session);
            var id = "evt_cross_mode_" + Guid.NewGuid().ToString("n");
            var body = SignedWebhooks.Event("checkout.session.completed", livemode: true, new JsonObject
            {
                ["id"] = session, ["object"] = "checkout.session", ["livemode"] = true, ["status"] = "complete", ["payment_status"] = "paid",
            }, id);

            using var response = await SignedWebhooks.PostAsync(_app, body, SignedWebhooks.Signature(body, SignedWebhooks.SecretFor(livemode: true)));

            response.StatusCode.Should().Be(HttpStatusCode.OK);
            var stored = await StoredWebhookEvents.ProcessedAsync(_app, id);
            stored.Outcome.Should().Be(WebhookOutcome.WrongMode);
            stored.OutcomeDetail.Should().Contain("never credited");
            (await tester.BalanceAsync()).Should().Be(Buyer.SignupBonus);
            (await tester.PurchasesAsync()).Should().Equal(("pending", "test"));
        }
        finally
        {
            await _stripe.ResumeWebhooksAsync();
        }

        await tester.BalanceEventuallyAsync(Buyer.SignupBonus + 500); // the genuine test-mode event still pays for it
    }

    private static string UnknownSessionEvent(string? id = null, bool livemode = false) =>
        SignedWebhooks.Event("checkout.session.completed", livemode, new JsonObject
        {
            ["id"] = (livemode ? "cs_live_" : "cs_test_") + "nobody_" + Guid.NewGuid().ToString("n"), ["object"] = "checkout.session",
            ["livemode"] = livemode, ["status"] = "complete", ["payment_status"] = "paid",
        }, id);
}
