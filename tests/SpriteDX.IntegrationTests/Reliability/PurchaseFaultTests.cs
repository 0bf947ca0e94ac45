using Hangfire;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.IntegrationTests.Payments;
using SpriteDX.Modules.Credits.Domain;

namespace SpriteDX.IntegrationTests.Reliability;

/// <summary>
/// The app stops and starts again (a new host on the same data directory, the emulator's state included) at
/// each step of a purchase, or its webhook endpoint fails for a while: the credits arrive, exactly once.
/// The restart after the webhook was stored but before it was reconciled is <see cref="RestartTests"/>.
/// </summary>
[NonParallelizable] // Hangfire keeps its storage and job activator in statics; another app starting at the same moment could take them
public sealed class PurchaseFaultTests
{
    private const int Pack = 1200;

    [Test]
    public async Task A_restart_between_starting_the_checkout_and_paying_credits_once()
    {
        await using var app = Start();
        using var stripe = new StripeEmulatorDriver(app);
        using var buyer = await Buyer.SignUpAsync(app);
        var session = await buyer.StartCheckoutAsync("pack-1200");

        await app.RestartAsync();
        await stripe.PaidAsync(session);

        using var back = await buyer.SignInAgainAsync();
        await back.BalanceEventuallyAsync(Buyer.SignupBonus + Pack);
        (await back.ReturnFromCheckoutAsync(session)).Html.Should().Contain("1,200");
        await AssertCreditedOnceAsync(app, back);
    }

    [Test]
    public async Task A_restart_after_paying_while_the_webhook_is_still_queued_credits_once()
    {
        await using var app = Start();
        using var stripe = new StripeEmulatorDriver(app);
        using var buyer = await Buyer.SignUpAsync(app);
        var session = await buyer.StartCheckoutAsync("pack-1200");
        await stripe.PauseWebhooksAsync();
        await stripe.PaidAsync(session);
        var completed = await stripe.EventIdAsync("checkout.session.completed", session, delivered: false);

        await app.RestartAsync();
        (await MoneySnapshot.TakeAsync(app)).PaidPurchases.Should().Be(0, "nothing told the app yet");
        await stripe.ResumeWebhooksAsync();

        using var back = await buyer.SignInAgainAsync();
        await back.BalanceEventuallyAsync(Buyer.SignupBonus + Pack);
        (await StoredWebhookEvents.ProcessedAsync(app, completed)).OutcomeDetail.Should().EndWith("is paid");
        await back.ReturnFromCheckoutAsync(session); // the customer comes back late: no second credit
        await AssertCreditedOnceAsync(app, back);
    }

    [Test]
    public async Task A_crash_while_reconciling_the_payment_is_finished_after_the_restart()
    {
        var faults = new FaultInjection { HoldSessionLookups = true };
        await using var app = Start(faults);
        using var stripe = new StripeEmulatorDriver(app);
        using var buyer = await Buyer.SignUpAsync(app);
        var session = await buyer.StartCheckoutAsync("pack-1200");

        await stripe.PaidAsync(session);
        await faults.LookupHeld.Task.WaitAsync(TimeSpan.FromSeconds(20)); // the webhook's reconciliation is asking Stripe
        faults.HoldSessionLookups = false; // the held call stays held until the host stops; the next host's calls go through
        await app.RestartAsync();

        using var back = await buyer.SignInAgainAsync();
        await back.BalanceEventuallyAsync(Buyer.SignupBonus + Pack);
        await AssertCreditedOnceAsync(app, back);
    }

    [Test]
    public async Task A_webhook_endpoint_that_fails_then_times_out_for_a_while_credits_once_it_recovers()
    {
        var faults = new FaultInjection { Webhooks = WebhookFault.Fails };
        await using var app = Start(faults,
            ("Stripe:Emulator:FirstRetryDelay", "00:00:00.200"), ("Stripe:Emulator:MaxRetryDelay", "00:00:00.500"),
            ("Stripe:Emulator:DeliveryTimeout", "00:00:01"), ("Stripe:Emulator:MaxDeliveryAttempts", "30"));
        using var stripe = new StripeEmulatorDriver(app);
        using var buyer = await Buyer.SignUpAsync(app);
        var session = await buyer.StartCheckoutAsync("pack-1200");

        await stripe.PaidAsync(session);
        var completed = await stripe.EventIdAsync("checkout.session.completed", session, delivered: false);
        await Polling.UntilAsync(async () => (await stripe.DeliveryStatusesAsync(completed)).Count(s => s == 503) >= 2, because: "two deliveries answered 503");
        faults.Webhooks = WebhookFault.Hangs;
        await Polling.UntilAsync(async () => (await stripe.DeliveryStatusesAsync(completed)).Contains(0), because: "a delivery timing out");
        (await buyer.BalanceAsync()).Should().Be(Buyer.SignupBonus);

        faults.Webhooks = WebhookFault.None;

        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus + Pack);
        await Polling.UntilAsync(async () => await stripe.SuccessfulDeliveriesAsync(completed) == 1, because: "the emulator to stop retrying once answered");
        await AssertCreditedOnceAsync(app, buyer);
    }

    /// <summary>Also after the event and the sweep had every chance to run again.</summary>
    private static async Task AssertCreditedOnceAsync(SpriteDxApp app, Buyer buyer)
    {
        (await MoneySnapshot.LedgerEntriesAsync(app, buyer.AccountId, LedgerKind.Purchase)).Should().Be(1);
        (await buyer.BalanceAsync()).Should().Be(Buyer.SignupBonus + Pack);
        (await buyer.PurchasesAsync()).Should().Equal(("paid", "live"));
        var money = await MoneySnapshot.TakeAsync(app);
        money.LedgerSum.Should().Be(money.TotalBalance);
    }

    private static SpriteDxApp Start(FaultInjection? faults = null, params (string Key, string? Value)[] settings) =>
        SpriteDxApp.Start(faults is null ? null : faults.Register, [("Billing:Enabled", "true"), ("Payments:WebhookSweepCron", Cron.Never()), .. settings]);
}
