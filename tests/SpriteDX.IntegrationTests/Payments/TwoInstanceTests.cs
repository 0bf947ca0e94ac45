using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.Modules.Credits.Contracts;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Credits.Domain;

namespace SpriteDX.IntegrationTests.Payments;

/// <summary>Two hosts behind a load balancer on one PostgreSQL database (ADR 0006).</summary>
[NonParallelizable]
public sealed class TwoInstanceTests
{
    [Test]
    public async Task The_success_page_on_one_host_and_the_webhook_on_the_other_at_once_credit_once()
    {
        TestPostgres.RequirePostgres("Two hosts on one database");
        await using var first = SpriteDxApp.Start(("Billing:Enabled", "true"));
        await using var second = SpriteDxApp.StartBesideSharingStripe(first);
        using var stripe = new StripeEmulatorDriver(first);
        using var buyer = await Buyer.SignUpAsync(first);
        var session = await buyer.StartCheckoutAsync("pack-500");
        await stripe.PauseWebhooksAsync();
        string completed;
        try
        {
            await stripe.PaidAsync(session);
            completed = await stripe.EventIdAsync("checkout.session.completed", session, delivered: false);

            // Same cookies, other host: the sign-in cookie must open with the keys both hosts share.
            var successOnSecond = buyer.Browser.Client.GetAsync(new Uri(second.BaseAddress, "/billing/success?session_id=" + Uri.EscapeDataString(session)));
            var webhookOnFirst = stripe.DeliverAheadAsync(completed, livemode: true);
            await Task.WhenAll(successOnSecond, webhookOnFirst);

            using var success = await successOnSecond;
            success.StatusCode.Should().Be(HttpStatusCode.OK);
            (await success.Content.ReadAsStringAsync()).Should().Contain("data-purchase-outcome=\"paid\"");
        }
        finally
        {
            await stripe.ResumeWebhooksAsync();
        }

        await StoredWebhookEvents.ProcessedAsync(first, completed);
        await stripe.EventIdAsync("checkout.session.completed", session); // the emulator's own delivery too
        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus + 500);
        (await buyer.PurchasesAsync()).Should().Equal(("paid", "live"));
        var purchaseEntries = await second.WithScopeAsync(services => services.GetRequiredService<CreditsDbContext>().Ledger
            .CountAsync(e => e.AccountId == buyer.AccountId && e.Kind == LedgerKind.Purchase));
        purchaseEntries.Should().Be(1);
    }

    [Test]
    public async Task Two_hosts_noticing_the_same_low_balance_at_once_start_one_top_up()
    {
        TestPostgres.RequirePostgres("Two hosts on one database");
        await using var first = SpriteDxApp.Start(("Billing:Enabled", "true"));
        await using var second = SpriteDxApp.StartBesideSharingStripe(first);
        using var stripe = new StripeEmulatorDriver(first);
        using var buyer = await AutoTopUpKit.BuyerWithSavedCardAsync(first, stripe);
        await buyer.TurnOnAutoTopUpAsync(threshold: 595);

        // What Credits announces after spends made at once on either host, each host handling its own (versions past
        // the account's bonus and purchase).
        var spends = Enumerable.Range(1, 4).Select(i => new CreditBalanceChanged(
            Guid.NewGuid(), DateTimeOffset.UtcNow, buyer.AccountId, -10, 600 - 10 * i, 0, "spend", "Sprite generation", BalanceVersion: 100 + i)).ToList();
        await Task.WhenAll(spends.Select((spend, i) => (i % 2 == 0 ? first : second).PublishAsync(spend)));

        await first.SettledTopUpAsync(buyer.AccountId);
        (await second.TopUpsAsync(buyer.AccountId)).Should().ContainSingle();
        (await stripe.TopUpIntentsAsync(await stripe.CustomerIdAsync(buyer, livemode: true), first)).Should().ContainSingle();
    }
}
