using Hangfire;
using SpriteDX.IntegrationTests.Infrastructure;

namespace SpriteDX.IntegrationTests.Payments;

/// <summary>The process dies after the webhook was stored and acknowledged, before its reconciliation ran.</summary>
[NonParallelizable] // Hangfire keeps its storage and job activator in statics; another app starting at the same moment could take them
public sealed class RestartTests
{
    [Test]
    public async Task A_webhook_received_before_a_restart_is_reconciled_after_it()
    {
        // Reconciliation held until the restart stands for the crash: what was queued in memory is lost either way.
        await using var app = SpriteDxApp.Start(
            ("Billing:Enabled", "true"), ("Payments:WebhookSweepCron", Cron.Never()), ("Payments:WebhookReconciliationPaused", "true"));
        using var stripe = new StripeEmulatorDriver(app);
        using var buyer = await Buyer.SignUpAsync(app);
        var session = await buyer.StartCheckoutAsync("pack-1200");

        await stripe.PaidAsync(session);
        var completed = await stripe.EventIdAsync("checkout.session.completed", session);
        (await StoredWebhookEvents.FindAsync(app, completed))!.ProcessedAt.Should().BeNull();
        (await buyer.BalanceAsync()).Should().Be(Buyer.SignupBonus);

        await app.RestartAsync(("Payments:WebhookReconciliationPaused", "false"));

        using var back = await buyer.SignInAgainAsync();
        await back.BalanceEventuallyAsync(Buyer.SignupBonus + 1200);
        (await StoredWebhookEvents.ProcessedAsync(app, completed)).OutcomeDetail.Should().EndWith("is paid");
        (await back.PurchasesAsync()).Should().Equal(("paid", "live"));
    }
}
