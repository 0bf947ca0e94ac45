using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SpriteDX.IntegrationTests.Generation;
using SpriteDX.IntegrationTests.Credits;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.IntegrationTests.Payments;
using SpriteDX.StripeEmulator;

namespace SpriteDX.IntegrationTests.Security;

/// <summary>
/// A whole run at Debug level, with webhook secrets configured: a sign-up, a paid purchase with its
/// webhook, a forged webhook refused, a refund, a generation. Not one log line, exception or structured
/// value carries a Stripe secret key or a webhook secret.
/// </summary>
[Parallelizable(ParallelScope.Self)] // each host has its own Hangfire storage and activator (BackgroundJobs)
public sealed class SecretRedactionTests
{
    [Test]
    public async Task Stripe_keys_and_webhook_secrets_never_reach_the_logs()
    {
        var liveWebhookSecret = "whsec_live_" + Guid.NewGuid().ToString("n");
        var testWebhookSecret = "whsec_test_" + Guid.NewGuid().ToString("n");
        var logs = new CapturedLogs();
        await using (var app = SpriteDxApp.Start(services => services.AddSingleton<ILoggerProvider>(logs),
                         ("Billing:Enabled", "true"), ("Logging:LogLevel:Default", "Debug"),
                         ("Stripe:Live:WebhookSecret", liveWebhookSecret), ("Stripe:Test:WebhookSecret", testWebhookSecret)))
        {
            using var stripe = new StripeEmulatorDriver(app);
            using var buyer = await Buyer.SignUpAsync(app);
            var session = await buyer.StartCheckoutAsync();
            await stripe.PaidAsync(session);
            await buyer.BalanceEventuallyAsync(Buyer.SignupBonus + 500);
            await stripe.RefundAsync(await stripe.ChargeIdAsync(session));
            await buyer.BalanceEventuallyAsync(Buyer.SignupBonus);
            var forged = SignedWebhooks.Event("checkout.session.completed", true, new() { ["id"] = session, ["object"] = "checkout.session" });
            using (var refused = await SignedWebhooks.PostAsync(app, forged, SignedWebhooks.Signature(forged, "whsec_wrong")))
                refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            using var player = new Player(app, buyer.Browser, "", buyer.AccountId);
            await player.SettledAsync(await (await player.RequestAsync("a secret-keeping owl")).AcceptedIdAsync());
        }

        logs.Entries.Should().Contain(e => e.Contains("Refused a Stripe webhook"), "the run was logged at all");
        foreach (var secret in new[] { liveWebhookSecret, testWebhookSecret, StripeEmulatorDefaults.LiveSecretKey, StripeEmulatorDefaults.TestSecretKey })
            logs.Entries.Should().NotContain(e => e.Contains(secret, StringComparison.Ordinal), $"a log line carried {secret[..8]}…");
    }
}
