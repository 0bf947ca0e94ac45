using Hangfire;
using SpriteDX.IntegrationTests.Infrastructure;

namespace SpriteDX.IntegrationTests.Payments;

/// <summary>The process dies after the webhook was stored and acknowledged, before its reconciliation job ran.</summary>
[NonParallelizable] // Hangfire keeps its storage and job activator in statics; another app starting at the same moment could take them
public sealed class RestartTests
{
    [Test]
    public async Task A_webhook_received_before_a_restart_is_reconciled_after_it()
    {
        var jobs = new DroppableJobs();
        await using var app = SpriteDxApp.Start(jobs.Register, ("Billing:Enabled", "true"), ("Payments:WebhookSweepCron", Cron.Never()));
        using var stripe = new StripeEmulatorDriver(app);
        using var buyer = await Buyer.SignUpAsync(app);
        var session = await buyer.StartCheckoutAsync("pack-1200");

        jobs.Dropping = true; // in-memory Hangfire storage: a crash loses queued jobs
        await stripe.PaidAsync(session);
        var completed = await stripe.EventIdAsync("checkout.session.completed", session);
        (await StoredWebhookEvents.FindAsync(app, completed))!.ProcessedAt.Should().BeNull();
        (await buyer.BalanceAsync()).Should().Be(Buyer.SignupBonus);

        jobs.Dropping = false;
        await app.RestartAsync();

        using var back = await buyer.SignInAgainAsync();
        await back.BalanceEventuallyAsync(Buyer.SignupBonus + 1200);
        (await StoredWebhookEvents.ProcessedAsync(app, completed)).OutcomeDetail.Should().EndWith("is paid");
        (await back.PurchasesAsync()).Should().Equal(("paid", "live"));
    }
}
