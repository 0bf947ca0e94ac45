using System.Collections.Concurrent;
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

    /// <summary>Each entry: category, message, every structured value and the exception, as one string.</summary>
    private sealed class CapturedLogs : ILoggerProvider
    {
        public ConcurrentQueue<string> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturedLogs owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
                owner.Entries.Enqueue($"{category} {formatter(state, exception)} {values} {exception}");
            }
        }
    }
}
