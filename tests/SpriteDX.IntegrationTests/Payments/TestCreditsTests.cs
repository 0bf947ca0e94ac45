using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.IntegrationTests.Generation;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.Modules.Admin.Contracts;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Credits.Domain;
using SpriteDX.Modules.Generation.Contracts;

namespace SpriteDX.IntegrationTests.Payments;

/// <summary>Test money stays test money: test credits are shown apart, spent first while testing, and removed when the account stops testing.</summary>
[NonParallelizable] // Hangfire keeps its storage and job activator in statics
public sealed class TestCreditsTests
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
    public async Task A_test_purchase_adds_test_credits_that_the_badge_and_billing_show_apart()
    {
        using var buyer = await TestBuyerWithPurchaseAsync();

        var billing = (await buyer.Browser.GetAsync("/billing")).Html;
        billing.Should().Contain("includes 500 test credits").And.Contain("data-billing-test-balance=\"500\"").And.Contain("data-ledger-test");
        (await buyer.Browser.GetAsync("/")).Html.Should().Contain("data-credit-test-balance=\"500\"");
        // What the badge refreshes from after a purchase lands (site.js): without the test part, it showed 600 as live credits.
        var badge = await (await buyer.Browser.Client.GetAsync("/api/credits/balance")).JsonAsync();
        (badge.GetProperty("balance").GetInt64(), badge.GetProperty("testBalance").GetInt64()).Should().Be((600L, 500L));
        (await AccountAsync(buyer.AccountId)).Should().BeEquivalentTo(new { Balance = 600L, TestBalance = 500L, TestMode = true });
        (await MoneySnapshot.IntegrityProblemsAsync(_app, buyer.AccountId)).Should().BeEmpty();
    }

    [Test]
    public async Task Spends_in_test_mode_take_test_credits_first_and_a_split_spend_says_how_much_of_each()
    {
        using var buyer = await TestBuyerWithPurchaseAsync(); // 500 test + 100 live

        await SpendAsync(buyer, 495); // wholly test credits, the one-command path
        (await AccountAsync(buyer.AccountId)).Should().BeEquivalentTo(new { Balance = 105L, TestBalance = 5L });
        var split = await SpendAsync(buyer, 10); // 5 test + 5 live, the general path
        (await AccountAsync(buyer.AccountId)).Should().BeEquivalentTo(new { Balance = 95L, TestBalance = 0L });
        (await LedgerAsync(buyer.AccountId, LedgerKind.GenerationReserve)).Select(e => (e.Amount, e.TestAmount, e.Mode))
            .Should().BeEquivalentTo([(-495L, -495L, CreditMode.Test), (-10L, -5L, CreditMode.Test)]);
        (await buyer.Browser.GetAsync("/billing")).Html.Should().Contain("5 test + 5 live");

        await _app.PublishAsync(new GenerationFailed(Guid.NewGuid(), DateTimeOffset.UtcNow, split, buyer.AccountId, "renderer crashed"));

        (await AccountAsync(buyer.AccountId)).Should().BeEquivalentTo(new { Balance = 105L, TestBalance = 5L }, "a release gives back the split it took");
        (await MoneySnapshot.IntegrityProblemsAsync(_app, buyer.AccountId)).Should().BeEmpty();
    }

    [Test]
    public async Task Leaving_test_mode_removes_the_test_credits_with_one_ledger_line_however_often_it_is_told()
    {
        using var buyer = await TestBuyerWithPurchaseAsync();
        var left = new BillingModeChanged(Guid.NewGuid(), DateTimeOffset.UtcNow, buyer.AccountId, false, Guid.NewGuid(), SpriteDxApp.AdminEmail);

        await _app.PublishAsync(left);
        await _app.PublishAsync(left);
        await buyer.BecomeTestBillingAccountAsync(isTest: false); // another change to live: nothing left to remove
        await _app.PublishAsync(left with { MessageId = Guid.NewGuid(), OccurredAt = left.OccurredAt.AddMinutes(-5), IsTestBillingAccount = true });

        (await AccountAsync(buyer.AccountId)).Should().BeEquivalentTo(new { Balance = 100L, TestBalance = 0L, TestMode = false }, "an older change arriving late changes nothing");
        (await LedgerAsync(buyer.AccountId, LedgerKind.TestCreditsRemoved)).Should().ContainSingle().Which.Amount.Should().Be(-500);
        (await buyer.Browser.GetAsync("/billing")).Html.Should().Contain("Test credits removed").And.NotContain("includes 500 test credits");
        (await MoneySnapshot.IntegrityProblemsAsync(_app, buyer.AccountId)).Should().BeEmpty();
    }

    [Test]
    public async Task A_test_purchase_refunded_or_disputed_after_leaving_test_mode_takes_no_real_credits()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        await buyer.BecomeTestBillingAccountAsync();
        var session = await BuyTestPackAsync(buyer);
        await buyer.BecomeTestBillingAccountAsync(isTest: false);
        var charge = await _stripe.ChargeIdAsync(session);

        await _stripe.RefundAsync(charge);
        await buyer.PurchaseStatusEventuallyAsync("refunded");
        await Polling.UntilAsync(async () => (await LedgerAsync(buyer.AccountId, LedgerKind.Refund)).Count == 1, because: "the refund to be recorded");

        (await AccountAsync(buyer.AccountId)).Should().BeEquivalentTo(new { Balance = 100L, TestBalance = 0L, Owed = 0L }, "test money never becomes a real debt");
        (await LedgerAsync(buyer.AccountId, LedgerKind.Refund)).Single().Should().BeEquivalentTo(new { Amount = 0L, Mode = CreditMode.Test });
        (await MoneySnapshot.IntegrityProblemsAsync(_app, buyer.AccountId)).Should().BeEmpty();
    }

    [Test]
    public async Task A_live_refund_never_takes_test_credits_and_owes_what_live_credits_cannot_cover()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var live = await buyer.StartCheckoutAsync("pack-500");
        await _stripe.PaidAsync(live);
        await buyer.BalanceEventuallyAsync(600);
        await SpendAsync(buyer, 550); // 50 live left
        await buyer.BecomeTestBillingAccountAsync();
        var test = await buyer.StartCheckoutAsync("pack-500");
        await _stripe.PaidAsync(test);
        await buyer.BalanceEventuallyAsync(550);

        await _stripe.RefundAsync(await _stripe.ChargeIdAsync(live));

        await Polling.UntilAsync(async () => (await AccountAsync(buyer.AccountId)).Owed == 450, because: "the live refund to owe what live credits could not cover");
        (await AccountAsync(buyer.AccountId)).Should().BeEquivalentTo(new { Balance = 500L, TestBalance = 500L });
        (await MoneySnapshot.IntegrityProblemsAsync(_app, buyer.AccountId)).Should().BeEmpty();
    }

    /// <summary>A Test Billing Account that bought the 500 pack with the emulator's test keys: 100 live bonus + 500 test credits.</summary>
    private async Task<Buyer> TestBuyerWithPurchaseAsync()
    {
        var buyer = await Buyer.SignUpAsync(_app);
        await buyer.BecomeTestBillingAccountAsync();
        await BuyTestPackAsync(buyer);
        return buyer;
    }

    private async Task<string> BuyTestPackAsync(Buyer buyer)
    {
        var session = await buyer.StartCheckoutAsync("pack-500");
        session.Should().StartWith("cs_test_");
        await _stripe.PaidAsync(session);
        await buyer.BalanceEventuallyAsync(600);
        return session;
    }

    private async Task<Guid> SpendAsync(Buyer buyer, int cost)
    {
        var generation = Guid.NewGuid();
        await _app.PublishAsync(new GenerationRequested(Guid.NewGuid(), DateTimeOffset.UtcNow, generation, buyer.AccountId, cost));
        return generation;
    }

    private Task<CreditAccount> AccountAsync(Guid accountId) =>
        _app.WithScopeAsync(services => services.GetRequiredService<CreditsDbContext>().Accounts.AsNoTracking().SingleAsync(a => a.AccountId == accountId));

    private Task<List<LedgerEntry>> LedgerAsync(Guid accountId, LedgerKind kind) =>
        _app.WithScopeAsync(services => services.GetRequiredService<CreditsDbContext>().Ledger.AsNoTracking()
            .Where(e => e.AccountId == accountId && e.Kind == kind).OrderBy(e => e.Id).ToListAsync());
}
