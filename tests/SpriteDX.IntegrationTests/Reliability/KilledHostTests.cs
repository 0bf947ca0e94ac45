using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.IntegrationTests.Payments;
using SpriteDX.Modules.Credits.Domain;
using SpriteDX.Modules.Payments.Contracts;
using SpriteDX.StripeEmulator;

namespace SpriteDX.IntegrationTests.Reliability;

/// <summary>
/// A host killed (no shutdown) while it delivers a paid purchase's notification leaves that outbox row leased
/// to a process that no longer exists. The lease is short and renewed only by a live process, so the purchase
/// is credited seconds after the restart, or by the host beside it, not when a two-minute lease runs out (#22).
/// </summary>
[NonParallelizable]
public sealed class KilledHostTests
{
    /// <summary>Well under the two minutes a dead process's lease used to hold the row.</summary>
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(30);

    [Test]
    public async Task A_purchase_being_delivered_when_the_host_is_killed_is_credited_soon_after_the_restart()
    {
        var held = new HeldDeliveries<PurchaseCompleted>();
        await using var app = SpriteDxApp.Start(held.Register, ("Billing:Enabled", "true"));
        using var stripe = new StripeEmulatorDriver(app);
        using var buyer = await Buyer.SignUpAsync(app);
        var session = await buyer.StartCheckoutAsync("pack-500");

        await stripe.PaidAsync(session);
        await held.Holding.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await app.KillAndRestartAsync();

        using var back = await buyer.SignInAgainAsync();
        await Polling.UntilAsync(async () => await back.BalanceAsync() == Buyer.SignupBonus + 500, Recovery, "the purchase to be credited after the restart");
        (await MoneySnapshot.LedgerEntriesAsync(app, buyer.AccountId, LedgerKind.Purchase)).Should().Be(1);
    }

    [Test]
    public async Task A_purchase_being_delivered_by_a_host_that_dies_is_credited_soon_by_the_host_beside_it()
    {
        TestPostgres.RequirePostgres("Two hosts on one database");
        var held = new HeldDeliveries<PurchaseCompleted>();
        await using var first = SpriteDxApp.Start(held.Register, ("Billing:Enabled", "true"));
        // The second host talks to the first one's Stripe emulator, as both would talk to Stripe.
        await using var second = SpriteDxApp.StartBeside(first,
            ("Stripe:Emulator:Enabled", "false"),
            ("Stripe:ApiBase", new Uri(first.BaseAddress, StripeEmulatorDefaults.InProcessPathPrefix).ToString()),
            ("Stripe:Live:SecretKey", StripeEmulatorDefaults.LiveSecretKey),
            ("Stripe:Live:WebhookSecret", StripeEmulatorDefaults.LiveWebhookSecret),
            ("Stripe:Test:SecretKey", StripeEmulatorDefaults.TestSecretKey),
            ("Stripe:Test:WebhookSecret", StripeEmulatorDefaults.TestWebhookSecret));
        using var stripe = new StripeEmulatorDriver(first);
        using var buyer = await Buyer.SignUpAsync(first);
        var session = await buyer.StartCheckoutAsync("pack-500");
        await stripe.PauseWebhooksAsync(); // the customer's return to the second host fulfils the purchase there

        await stripe.PaidAsync(session);
        var returning = buyer.Browser.Client.GetAsync(new Uri(second.BaseAddress, "/billing/success?session_id=" + Uri.EscapeDataString(session)));
        await held.Holding.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await second.KillAsync();
        await Task.WhenAny(returning); // its answer died with the host
        await stripe.ResumeWebhooksAsync();

        await Polling.UntilAsync(async () => await buyer.BalanceAsync() == Buyer.SignupBonus + 500, Recovery, "the purchase to be credited by the surviving host");
        (await MoneySnapshot.LedgerEntriesAsync(first, buyer.AccountId, LedgerKind.Purchase)).Should().Be(1);
    }
}
