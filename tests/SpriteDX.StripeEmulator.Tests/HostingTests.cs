using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SpriteDX.StripeEmulator.Tests.Support;
using Stripe;

namespace SpriteDX.StripeEmulator.Tests;

/// <summary>How the emulator lives in a host: its state on disk, its own clock, the host's policies, its mount point.</summary>
public sealed class HostingTests
{
    [Test]
    public async Task A_restart_on_the_same_database_remembers_paid_sessions_and_queued_events()
    {
        var path = Path.Combine(Path.GetTempPath(), $"stripe-emulator-{Guid.NewGuid():N}", "emulator.db");
        try
        {
            string sessionId;
            await using (var first = await EmulatorServer.StartAsync(o => o.DatabasePath = path))
            {
                var session = await first.CreateSessionAsync();
                sessionId = session.Id;
                await first.PaidAsync(sessionId);
                await first.ReceivedEventuallyAsync(r => r.Count == 1, "the completed event");
                await first.PostControlAsync("webhooks/pause");
                await first.PostControlAsync($"charges/{await ChargeOfAsync(first, sessionId)}/refund");
            }

            await using var second = await EmulatorServer.StartAsync(o => o.DatabasePath = path);
            var again = await second.Client().V1.Checkout.Sessions.GetAsync(sessionId);
            again.PaymentStatus.Should().Be("paid");
            second.Received.Should().BeEmpty("deliveries are still paused after the restart");

            await second.PostControlAsync("webhooks/resume");

            var refunded = await second.ReceivedEventuallyAsync(r => r.Count == 2, "the queued refund.created and charge.refunded");
            refunded.Select(w => EventUtility.ConstructEvent(w.Body, w.Signature, StripeEmulatorDefaults.TestWebhookSecret).Type)
                .Should().BeEquivalentTo(["refund.created", "charge.refunded"]);
            (await second.EventsAsync()).Should().HaveCount(3);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Test]
    public async Task A_restart_remembers_customers_and_their_saved_cards_which_still_pay_off_session()
    {
        var path = Path.Combine(Path.GetTempPath(), $"stripe-emulator-{Guid.NewGuid():N}", "emulator.db");
        try
        {
            string customerId, cardId, replayedIntent;
            var key = new RequestOptions { IdempotencyKey = "top-up-before-restart" };
            await using (var first = await EmulatorServer.StartAsync(o => o.DatabasePath = path))
            {
                customerId = (await first.CreateCustomerAsync()).Id;
                cardId = await first.CardSavedAtCheckoutAsync(customerId);
                replayedIntent = (await first.Client().V1.PaymentIntents.CreateAsync(EmulatorServer.OffSession(customerId, cardId), key)).Id;
            }

            await using var second = await EmulatorServer.StartAsync(o => o.DatabasePath = path);
            var customer = await second.Client().V1.Customers.GetAsync(customerId);
            var cards = await second.Client().V1.PaymentMethods.ListAsync(new PaymentMethodListOptions { Customer = customerId, Type = "card" });
            var again = await second.Client().V1.PaymentIntents.CreateAsync(EmulatorServer.OffSession(customerId, cardId), key);
            var next = await second.Client().V1.PaymentIntents.CreateAsync(EmulatorServer.OffSession(customerId, cardId));

            customer.Email.Should().Be("jenny.rosen@example.com");
            cards.Data.Should().ContainSingle().Which.Id.Should().Be(cardId);
            again.Id.Should().Be(replayedIntent, "the idempotency key outlives the restart");
            next.Status.Should().Be("succeeded");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Test]
    public async Task An_open_session_expires_by_itself_when_its_time_is_up()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await EmulatorServer.StartAsync(clock: clock, withWebhook: false);
        var options = EmulatorServer.SessionOptions();
        options.ExpiresAt = clock.GetUtcNow().UtcDateTime.AddHours(1);
        var session = await emulator.CreateSessionAsync(options: options);

        clock.Advance(TimeSpan.FromMinutes(59));
        (await emulator.Client().V1.Checkout.Sessions.GetAsync(session.Id)).Status.Should().Be("open");
        clock.Advance(TimeSpan.FromMinutes(2));

        var events = await EmulatorServer.EventuallyAsync(() => emulator.EventsAsync("checkout.session.expired"), e => e.Count == 1, "the expiry event");
        ((string)events[0]!["object_id"]!).Should().Be(session.Id);
        (await emulator.Client().V1.Checkout.Sessions.GetAsync(session.Id)).Status.Should().Be("expired");
    }

    [TestCase(10)]
    [TestCase(25 * 60)]
    public async Task Expires_at_outside_thirty_minutes_to_a_day_is_refused(int minutes)
    {
        await using var emulator = await EmulatorServer.StartAsync();
        var options = EmulatorServer.SessionOptions();
        options.ExpiresAt = DateTime.UtcNow.AddMinutes(minutes);

        var call = () => emulator.CreateSessionAsync(options: options);

        (await call.Should().ThrowAsync<StripeException>()).Which.StripeError.Param.Should().Be("expires_at");
    }

    [Test]
    public async Task The_host_s_fallback_authorization_policy_does_not_reach_the_emulator()
    {
        await using var emulator = await EmulatorServer.StartAsync(services: s =>
        {
            s.AddAuthentication();
            s.AddAuthorization(o => o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        });

        var session = await emulator.CreateSessionAsync();
        using var page = await emulator.Http.GetAsync(session.Url);

        page.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task Standalone_mounting_serves_the_api_at_the_root()
    {
        await using var emulator = await EmulatorServer.StartAsync(prefix: "");

        var session = await emulator.CreateSessionAsync();

        emulator.ApiBase.Should().Be(emulator.Address);
        session.Url.Should().Be($"{emulator.Address}/pay/{session.Id}");
        (await emulator.Http.GetAsync(session.Url)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task A_public_base_url_is_used_for_the_checkout_page_link()
    {
        await using var emulator = await EmulatorServer.StartAsync(o => o.PublicBaseUrl = "https://pay.spritedx.test/stripe-emulator/");

        var session = await emulator.CreateSessionAsync();

        session.Url.Should().Be($"https://pay.spritedx.test/stripe-emulator/pay/{session.Id}");
    }

    [Test]
    public void Keys_of_the_wrong_kind_stop_start_up()
    {
        var services = new ServiceCollection();
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        services.AddStripeEmulator(o => o.LiveSecretKey = "sk_test_wrong");
        using var provider = services.BuildServiceProvider();

        var read = () => provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<StripeEmulatorOptions>>().Value;

        read.Should().Throw<Microsoft.Extensions.Options.OptionsValidationException>().WithMessage("*LiveSecretKey*");
    }

    [Test]
    public void Configuration_binds_the_emulator_section_over_the_apps_webhook_secrets()
    {
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Stripe:Test:WebhookSecret"] = "whsec_from_app_test",
            ["Stripe:Live:WebhookSecret"] = "whsec_from_app_live",
            ["Stripe:Emulator:LiveWebhookSecret"] = "whsec_from_emulator_section",
            ["Stripe:Emulator:WebhookUrl"] = "/stripe/webhook",
            ["Stripe:Emulator:FirstRetryDelay"] = "00:00:02",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(configuration);
        services.AddStripeEmulator(o => o.MaxDeliveryAttempts = 3);
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<StripeEmulatorOptions>>().Value;

        options.TestWebhookSecret.Should().Be("whsec_from_app_test");
        options.LiveWebhookSecret.Should().Be("whsec_from_emulator_section");
        options.WebhookUrl.Should().Be("/stripe/webhook");
        options.FirstRetryDelay.Should().Be(TimeSpan.FromSeconds(2));
        options.MaxDeliveryAttempts.Should().Be(3);
        options.TestSecretKey.Should().Be(StripeEmulatorDefaults.TestSecretKey);
    }

    [Test]
    public void Only_the_hosting_surface_is_public()
    {
        typeof(StripeEmulatorOptions).Assembly.GetExportedTypes().Select(t => t.FullName).Should().BeEquivalentTo(
            "SpriteDX.StripeEmulator.StripeEmulatorExtensions", "SpriteDX.StripeEmulator.StripeEmulatorOptions",
            "SpriteDX.StripeEmulator.StripeEmulatorDefaults");
    }

    [Test]
    public void The_assembly_declares_no_global_Program_type_that_would_clash_with_the_hosts()
    {
        typeof(StripeEmulatorOptions).Assembly.GetType("Program").Should().BeNull();
    }

    private static async Task<string> ChargeOfAsync(EmulatorServer emulator, string sessionId)
    {
        var session = await emulator.Client().V1.Checkout.Sessions.GetAsync(sessionId, new Stripe.Checkout.SessionGetOptions { Expand = ["payment_intent"] });
        return session.PaymentIntent.LatestChargeId;
    }
}
