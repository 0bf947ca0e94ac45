using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.Host.Composition;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.IntegrationTests.Payments;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Payments.Contracts;
using SpriteDX.Modules.Payments.Data;

namespace SpriteDX.IntegrationTests.Reliability;

/// <summary>`check-integrity` passes on books that add up and names what is wrong when they do not.</summary>
[Parallelizable(ParallelScope.Self)] // each host has its own Hangfire storage and activator (BackgroundJobs)
public sealed class IntegrityCheckTests
{
    [Test]
    public async Task The_integrity_check_passes_on_honest_books_and_names_a_wrong_balance_and_an_undelivered_purchase()
    {
        await using var app = SpriteDxApp.Start(("Billing:Enabled", "true"));
        using var stripe = new StripeEmulatorDriver(app);
        using var buyer = await Buyer.SignUpAsync(app);
        var session = await buyer.StartCheckoutAsync();
        await stripe.PaidAsync(session);
        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus + 500);

        var (healthy, healthyReport) = await RunAsync(app);
        healthy.Should().Be(0, healthyReport);
        healthyReport.Should().Contain("Integrity check passed.");

        // Delivered rows are marked published a moment later, in a batch: tampering before that mark would be undone by it.
        await Polling.UntilAsync(() => app.WithScopeAsync(services => services.GetRequiredService<PaymentsDbContext>().Outbox
            .AnyAsync(m => m.Type.StartsWith(typeof(PurchaseCompleted).FullName + ",") && m.PublishedAt != null)), because: "the delivery to be marked");
        await app.WithScopeAsync(services => services.GetRequiredService<CreditsDbContext>().Accounts
            .Where(a => a.AccountId == buyer.AccountId).ExecuteUpdateAsync(s => s.SetProperty(a => a.Balance, a => a.Balance + 7)));
        var purchaseId = await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<PaymentsDbContext>();
            var completed = await db.Outbox.Where(m => m.Type.StartsWith(typeof(PurchaseCompleted).FullName + ",")).SingleAsync();
            await db.Outbox.Where(m => m.Id == completed.Id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.PublishedAt, (DateTimeOffset?)null).SetProperty(m => m.DeadLetteredAt, DateTimeOffset.UtcNow));
            return ((PurchaseCompleted)completed.ToNotification()).PurchaseId;
        });

        var (broken, report) = await RunAsync(app);

        broken.Should().Be(1);
        report.Should().Contain($"Account {buyer.AccountId} has a balance of 607 but its ledger sums to 600 (off by 7).")
            .And.Contain($"Purchase {purchaseId} of account {buyer.AccountId} is paid but its 500 credits were never delivered")
            .And.Contain("Integrity check failed: 2 problem(s).");
    }

    private static async Task<(int ExitCode, string Report)> RunAsync(SpriteDxApp app)
    {
        await using var output = new StringWriter();
        var exitCode = await IntegrityCommand.RunAsync(app.Services, output, CancellationToken.None);
        return (exitCode, output.ToString());
    }
}
