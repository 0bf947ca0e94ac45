using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.IntegrationTests.Credits;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.Modules.Admin.Contracts;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Generation.Contracts;
using SpriteDX.Modules.Payments.Contracts;

namespace SpriteDX.IntegrationTests.Payments;

/// <summary>Credits owed after a claw-back larger than the balance are paid first by whatever credits come next.</summary>
[NonParallelizable] // Hangfire keeps its storage and job activator in statics; another app starting at the same moment could take them
public sealed class OwedCreditsTests
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
    public async Task A_refund_of_spent_credits_is_owed_and_the_next_purchase_pays_it_first_once_even_when_its_event_comes_twice()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var first = await buyer.StartCheckoutAsync("pack-500");
        await _stripe.PaidAsync(first);
        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus + 500);
        for (var i = 0; i < 45; i++)
            await _app.PublishAsync(new GenerationRequested(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), buyer.AccountId, 10)); // 600 → 150

        await _stripe.RefundAsync(await _stripe.ChargeIdAsync(first));

        await buyer.BalanceEventuallyAsync(0);
        (await OwedAsync(buyer.AccountId)).Should().Be(350);
        (await buyer.Browser.GetAsync("/billing")).Html.Should().Contain("data-billing-owed").And.Contain(">350<");
        var buyPage = (await buyer.BuyPageAsync()).Html;
        buyPage.Should().Contain("data-pack-adds=\"150\"").And.Contain("Adds <strong>150</strong> credits: 350 first pay the 350 you owe.")
            .And.Contain("data-pack-adds=\"850\"");

        var second = await buyer.StartCheckoutAsync("pack-500");
        await _stripe.PaidAsync(second);
        await buyer.BalanceEventuallyAsync(150);
        var completed = await _stripe.EventIdAsync("checkout.session.completed", second);
        await _stripe.ResendAnsweredAsync(completed);
        await StoredWebhookEvents.ProcessedAsync(_app, completed);

        (await buyer.BalanceAsync()).Should().Be(150);
        (await OwedAsync(buyer.AccountId)).Should().Be(0);
        var billing = (await buyer.Browser.GetAsync("/billing")).Html;
        billing.Should().NotContain("data-billing-owed").And.Contain("Owed credits settled").And.Contain("-350");
        Player.LedgerKindsIn(billing).Take(3).Should().Equal("owed_settled", "purchase", "refund");
        (await buyer.BuyPageAsync()).Html.Should().NotContain("data-pack-adds");
        (await MoneySnapshot.IntegrityProblemsAsync(_app, buyer.AccountId)).Should().BeEmpty();
    }

    [Test]
    public async Task An_admin_grant_smaller_than_the_debt_pays_part_of_it_and_adds_nothing()
    {
        using var player = await Player.SignUpAsync(_app);
        await InDebtAsync(player, spent: 450); // 150 taken back, 350 owed

        await GrantAsync(player.AccountId, 250);

        (await player.BalanceAsync()).Should().Be(0);
        (await OwedAsync(player.AccountId)).Should().Be(100);
        (await player.LedgerKindsAsync()).Should().Equal("owed_settled", "admin_grant", "dispute", "spend", "purchase", "signup_bonus");
        (await player.Browser.GetAsync("/billing")).Html.Should().Contain("data-billing-owed").And.Contain(">100<");
        (await MoneySnapshot.IntegrityProblemsAsync(_app, player.AccountId)).Should().BeEmpty();
    }

    [Test]
    public async Task Concurrent_credits_to_an_account_in_debt_pay_it_exactly_once()
    {
        using var player = await Player.SignUpAsync(_app);
        await InDebtAsync(player, spent: 450); // 350 owed

        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => GrantAsync(player.AccountId, 50))));

        (await player.BalanceAsync()).Should().Be(150);
        (await OwedAsync(player.AccountId)).Should().Be(0);
        (await player.LedgerMatchesBalanceAsync()).Should().BeTrue();
        (await MoneySnapshot.IntegrityProblemsAsync(_app, player.AccountId)).Should().BeEmpty();
    }

    [Test]
    public async Task A_released_generation_pays_debt_first_like_any_credit()
    {
        using var player = await Player.SignUpAsync(_app);
        var generation = await InDebtAsync(player, spent: 450); // 350 owed

        await _app.PublishAsync(new GenerationFailed(Guid.NewGuid(), DateTimeOffset.UtcNow, generation, player.AccountId, "renderer down"));

        (await player.BalanceAsync()).Should().Be(100);
        (await OwedAsync(player.AccountId)).Should().Be(0);
        (await player.LedgerKindsAsync()).Should().Equal("owed_settled", "spend_released", "dispute", "spend", "purchase", "signup_bonus");
        (await MoneySnapshot.IntegrityProblemsAsync(_app, player.AccountId)).Should().BeEmpty();
    }

    [Test]
    public async Task The_integrity_check_names_a_debt_the_ledger_does_not_record_and_credits_held_beside_a_debt()
    {
        using var player = await Player.SignUpAsync(_app);
        await InDebtAsync(player, spent: 470); // 370 owed
        (await MoneySnapshot.IntegrityProblemsAsync(_app, player.AccountId)).Should().BeEmpty();

        await _app.WithScopeAsync(services => services.GetRequiredService<CreditsDbContext>().Accounts.Where(a => a.AccountId == player.AccountId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Owed, a => a.Owed + 5).SetProperty(a => a.Balance, 7)));

        (await MoneySnapshot.IntegrityProblemsAsync(_app, player.AccountId)).Should().BeEquivalentTo(
            $"Account {player.AccountId} has a balance of 7 but its ledger sums to 0 (off by 7).",
            $"Account {player.AccountId} owes 375 credits but its ledger records 370 owed (off by 5).",
            $"Account {player.AccountId} owes 375 credits while holding 7: a credit did not pay the debt first.");
    }

    /// <summary>Buys 500 credits (600 with the bonus), spends <paramref name="spent"/> in one generation, then the purchase is disputed: what was spent of it is owed.</summary>
    private async Task<Guid> InDebtAsync(Player player, int spent)
    {
        var purchase = new PurchaseCompleted(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), player.AccountId, "pack-500", "500 credits", 500, 500, "usd", Livemode: true);
        await _app.PublishAsync(purchase);
        var generation = await player.RequestGenerationAsync(cost: spent);
        await _app.PublishAsync(new PurchaseDisputed(Guid.NewGuid(), DateTimeOffset.UtcNow, purchase.PurchaseId, player.AccountId, "dp_" + Guid.NewGuid().ToString("n"), 500));
        (await OwedAsync(player.AccountId)).Should().Be(spent - 100);
        return generation;
    }

    private Task GrantAsync(Guid accountId, long credits) =>
        _app.PublishAsync(new CreditsAdjustedByAdmin(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), accountId, credits, "Goodwill", Guid.NewGuid(), SpriteDxApp.AdminEmail));

    private Task<long> OwedAsync(Guid accountId) =>
        _app.WithScopeAsync(services => services.GetRequiredService<CreditsDbContext>().Accounts.Where(a => a.AccountId == accountId).Select(a => a.Owed).SingleAsync());
}
