using System.Net;
using SpriteDX.Host.Composition;
using SpriteDX.IntegrationTests.Admin;
using SpriteDX.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;

namespace SpriteDX.IntegrationTests.Payments;

/// <summary>Automatic top-up: each saved test card's outcome, the races around it, the cap, the modes and bad input.</summary>
[NonParallelizable] // Hangfire keeps its storage and job activator in statics
public sealed class AutoTopUpTests
{
    private TestSmtpServer _smtp = null!;
    private SpriteDxApp _app = null!;
    private StripeEmulatorDriver _stripe = null!;

    [OneTimeSetUp]
    public void StartApp()
    {
        _smtp = TestSmtpServer.Start();
        _app = SpriteDxApp.Start([.. TestSmtpServer.Settings(_smtp.Port), ("Billing:Enabled", "true")]);
        _stripe = new StripeEmulatorDriver(_app);
    }

    [OneTimeTearDown]
    public async Task StopApp()
    {
        _stripe.Dispose();
        await _app.DisposeAsync();
        _smtp.Dispose();
    }

    [Test]
    public async Task A_balance_falling_below_the_threshold_buys_the_pack_with_the_saved_card_once()
    {
        using var buyer = await AutoTopUpKit.BuyerWithSavedCardAsync(_app, _stripe);
        await buyer.TurnOnAutoTopUpAsync(threshold: 595, packId: "pack-1200");

        await buyer.GenerateAsync();

        await buyer.BalanceEventuallyAsync(600 - AutoTopUpKit.GenerationCost + 1200);
        var topUp = await _app.SettledTopUpAsync(buyer.AccountId);
        topUp.Outcome.Should().Be(TopUpOutcome.Paid);
        (await buyer.PurchasesAsync()).Should().Equal(("paid", "live"), ("paid", "live"));
        var intents = await _stripe.TopUpIntentsAsync(await _stripe.CustomerIdAsync(buyer, true), _app);
        intents.Should().ContainSingle().Which["amount"]!.GetValue<long>().Should().Be(1000);
        await _stripe.EventIdAsync("payment_intent.succeeded", topUp.PaymentIntentId!);
        (await buyer.BalanceAsync()).Should().Be(600 - AutoTopUpKit.GenerationCost + 1200, "the webhook after the synchronous answer adds nothing");
        (await buyer.AutoTopUpStateAsync()).Should().Be("on");
        await using var report = new StringWriter();
        (await IntegrityCommand.RunAsync(_app.Services, report, CancellationToken.None)).Should().Be(0, report.ToString());
    }

    [Test]
    public async Task A_late_or_repeated_payment_intent_succeeded_adds_nothing_more()
    {
        using var buyer = await AutoTopUpKit.BuyerWithSavedCardAsync(_app, _stripe);
        await buyer.TurnOnAutoTopUpAsync(threshold: 595);
        await buyer.GenerateAsync();
        var topUp = await _app.SettledTopUpAsync(buyer.AccountId);
        await buyer.BalanceEventuallyAsync(600 - AutoTopUpKit.GenerationCost + 500);
        var succeeded = await _stripe.EventIdAsync("payment_intent.succeeded", topUp.PaymentIntentId!);

        await _stripe.ResendAnsweredAsync(succeeded);
        await _stripe.ResendAnsweredAsync(succeeded);
        await StoredWebhookEvents.ProcessedAsync(_app, succeeded);

        (await buyer.BalanceAsync()).Should().Be(600 - AutoTopUpKit.GenerationCost + 500);
        (await buyer.PurchasesAsync()).Should().Equal(("paid", "live"), ("paid", "live"));
    }

    [TestCase(SavedTestCards.AlwaysAuthenticate, "authentication_required", "your bank asked to confirm the payment")]
    [TestCase(SavedTestCards.DeclinedWhenCharged, "generic_decline", "your card was declined")]
    [TestCase(SavedTestCards.InsufficientFunds, "insufficient_funds", "your card was declined for insufficient funds")]
    public async Task A_card_that_fails_off_session_turns_automatic_top_up_off_and_tells_the_customer(string card, string code, string reason)
    {
        using var buyer = await AutoTopUpKit.BuyerWithSetUpCardAsync(_app, _stripe, card);
        await buyer.TurnOnAutoTopUpAsync(threshold: 595);

        await buyer.GenerateAsync();

        var topUp = await _app.SettledTopUpAsync(buyer.AccountId);
        (topUp.Outcome, topUp.FailureCode).Should().Be((TopUpOutcome.Failed, code));
        await buyer.AutoTopUpStateEventuallyAsync("off");
        var billing = System.Net.WebUtility.HtmlDecode((await buyer.Browser.GetAsync("/billing")).Html);
        billing.Should().Contain("data-auto-top-up-notice=\"turned-off\"").And.Contain(reason).And.Contain("href=\"/billing/buy\"");
        (await buyer.BalanceAsync()).Should().Be(600 - AutoTopUpKit.GenerationCost);
        (await buyer.PurchasesAsync()).Should().Equal(("failed", "live"), ("paid", "live"));
        var mail = await _smtp.MessageToAsync(buyer.Email, "Automatic top-up is off");
        mail.TextBody.Should().Contain(reason).And.Contain("/billing/buy");

        await buyer.GenerateAsync();
        (await _app.TopUpsAsync(buyer.AccountId)).Should().ContainSingle("automatic top-up is off after the failure");
    }

    [Test]
    public async Task Many_generations_at_once_crossing_the_threshold_start_one_top_up()
    {
        using var buyer = await AutoTopUpKit.BuyerWithSavedCardAsync(_app, _stripe);
        await buyer.TurnOnAutoTopUpAsync(threshold: 560);

        await buyer.GenerateAsync(count: 8);

        await buyer.BalanceEventuallyAsync(600 - 8 * AutoTopUpKit.GenerationCost + 500);
        await _app.SettledTopUpAsync(buyer.AccountId);
        (await _app.TopUpsAsync(buyer.AccountId)).Should().ContainSingle();
        (await _stripe.TopUpIntentsAsync(await _stripe.CustomerIdAsync(buyer, true), _app)).Should().ContainSingle();
    }

    [Test]
    public async Task A_top_up_racing_a_manual_checkout_leaves_both_purchases_credited_once()
    {
        using var buyer = await AutoTopUpKit.BuyerWithSavedCardAsync(_app, _stripe);
        await buyer.TurnOnAutoTopUpAsync(threshold: 595);
        var manual = await buyer.StartCheckoutAsync("pack-1200");
        await buyer.GenerateAsync();
        // Paid once the top-up has started, while it is charged and credited: had the manual purchase landed before the
        // spend was noticed, the newer balance would rightly start no top-up at all (the order PostgreSQL often took).
        await Buyer.EventuallyAsync(async () => (await _app.TopUpsAsync(buyer.AccountId)).Count, 1, "the top-up started");

        await _stripe.PaidAsync(manual);

        await buyer.BalanceEventuallyAsync(600 - AutoTopUpKit.GenerationCost + 500 + 1200);
        (await _app.TopUpsAsync(buyer.AccountId)).Should().ContainSingle();
        (await buyer.PurchasesAsync()).Should().Equal(("paid", "live"), ("paid", "live"), ("paid", "live"));
    }

    [TestCase(false, "Your automatic top-up reached its monthly cap")]
    [TestCase(true, "[Test mode] Your automatic top-up reached its monthly cap")]
    public async Task The_monthly_cap_stops_further_top_ups_and_says_so_once(bool testMode, string subject)
    {
        using var buyer = await AutoTopUpKit.BuyerWithSavedCardAsync(_app, _stripe, testMode);
        await buyer.TurnOnAutoTopUpAsync(threshold: 5000, packId: "pack-500", monthlyCap: "5");

        await buyer.GenerateAsync();
        await buyer.BalanceEventuallyAsync(600 - AutoTopUpKit.GenerationCost + 500);
        await buyer.GenerateAsync();

        await Buyer.EventuallyAsync(async () => (await buyer.Browser.GetAsync("/billing")).Html.Contains("data-auto-top-up-notice=\"cap-reached\""), true, "the cap notice");
        (await _app.TopUpsAsync(buyer.AccountId)).Should().ContainSingle("the second would pass the $5.00 cap");
        (await buyer.BalanceAsync()).Should().Be(600 - 2 * AutoTopUpKit.GenerationCost + 500);
        (await _smtp.MessageToAsync(buyer.Email, subject)).TextBody.Should().Contain(testMode ? "TEST MODE" : "cap of $5.00").And.Contain("cap of $5.00");
        await buyer.GenerateAsync();
        _smtp.MessagesTo(buyer.Email, subject).Should().ContainSingle("the customer is told once a month");
        (await buyer.AutoTopUpStateAsync()).Should().Be("on");
    }

    [TestCase("-5", "pack-500", null, "at least 1 credit")]
    [TestCase("abc", "pack-500", null, "in whole credits")]
    [TestCase("99999999999999999999", "pack-500", null, "at most 1,000,000 credits")]
    [TestCase("1,500", "pack-500", null, "without separators")]
    [TestCase("5000000", "pack-500", null, "at most 1,000,000 credits")]
    [TestCase("", "pack-500", null, "in whole credits")]
    [TestCase("100", "pack-nope", null, "Pick one of the packs on sale")]
    [TestCase("100", "pack-500", "-1", "more than zero")]
    [TestCase("100", "pack-500", "lots", "an amount such as 50")]
    [TestCase("100", "pack-500", "12,50", "an amount such as 50")]
    [TestCase("100", "pack-500", "1000000", "at most $10,000.00")]
    [TestCase("100", "pack-500", "5.001", "fractions of a cent")]
    [TestCase("100", "pack-1200", "5", "less than one 1,200 credits pack")]
    public async Task A_bad_setting_is_answered_with_a_clear_message_and_changes_nothing(string threshold, string pack, string? cap, string message)
    {
        using var buyer = await AutoTopUpKit.BuyerWithSavedCardAsync(_app, _stripe);

        var answer = await buyer.SubmitAutoTopUpAsync(threshold, pack, cap);

        answer.Status.Should().Be(HttpStatusCode.BadRequest);
        System.Net.WebUtility.HtmlDecode(answer.Html).Should().Contain("Nothing was changed").And.Contain(message);
        (await buyer.AutoTopUpStateAsync()).Should().Be("off");
    }

    [Test]
    public async Task Turning_it_on_needs_a_saved_card()
    {
        using var buyer = await Buyer.SignUpAsync(_app);

        var answer = await buyer.SubmitAutoTopUpAsync("100");

        answer.Status.Should().Be(HttpStatusCode.BadRequest);
        System.Net.WebUtility.HtmlDecode(answer.Html).Should().Contain("Save a card first");
        (await buyer.AutoTopUpStateAsync()).Should().Be("off");
    }

    [Test]
    public async Task A_live_account_with_only_a_test_card_cannot_turn_it_on()
    {
        using var buyer = await AutoTopUpKit.BuyerWithSavedCardAsync(_app, _stripe, testMode: true);
        await buyer.BecomeTestBillingAccountAsync(false);

        var answer = await buyer.SubmitAutoTopUpAsync("100");

        answer.Status.Should().Be(HttpStatusCode.BadRequest);
        System.Net.WebUtility.HtmlDecode(answer.Html).Should().Contain("Your saved card is for test payments and cannot pay in live mode");
        (await buyer.AutoTopUpStateAsync()).Should().Be("off");
    }

    [Test]
    public async Task A_test_billing_account_tops_up_in_test_mode_and_stops_charging_when_it_switches_to_live()
    {
        using var buyer = await AutoTopUpKit.BuyerWithSavedCardAsync(_app, _stripe, testMode: true);
        await buyer.TurnOnAutoTopUpAsync(threshold: 595);
        await buyer.GenerateAsync();
        await buyer.BalanceEventuallyAsync(600 - AutoTopUpKit.GenerationCost + 500);
        (await _app.SettledTopUpAsync(buyer.AccountId)).Mode.Should().Be(BillingMode.Test);
        (await buyer.PurchasesAsync()).Should().Equal(("paid", "test"), ("paid", "test"));

        await buyer.BecomeTestBillingAccountAsync(false);
        await buyer.AutoTopUpStateEventuallyAsync("paused");
        for (var i = 0; i < 2; i++)
            await buyer.GenerateAsync();

        // Credits takes the test credits away when the account leaves test mode; whatever it leaves, Payments has seen it.
        await Buyer.EventuallyAsync(() => RecordedBalanceAsync(buyer.AccountId), await buyer.BalanceAsync(), "the balance Payments knows");
        (await _app.TopUpsAsync(buyer.AccountId)).Should().ContainSingle("the test card is never charged for a live-mode account");
        (await buyer.AutoTopUpStateAsync()).Should().Be("paused");
    }

    [Test]
    public async Task Removing_the_saved_card_turns_automatic_top_up_off()
    {
        using var buyer = await AutoTopUpKit.BuyerWithSavedCardAsync(_app, _stripe);
        await buyer.TurnOnAutoTopUpAsync(threshold: 595);
        var confirm = await buyer.Browser.GetAsync("/billing/card/remove");

        await buyer.Browser.PostAsync("/billing/card/remove", new Dictionary<string, string> { ["__RequestVerificationToken"] = confirm.AntiforgeryToken() });
        await buyer.GenerateAsync();

        (await buyer.AutoTopUpStateAsync()).Should().Be("off");
        System.Net.WebUtility.HtmlDecode((await buyer.Browser.GetAsync("/billing")).Html).Should().Contain("your saved card was removed");
        await Buyer.EventuallyAsync(() => RecordedBalanceAsync(buyer.AccountId), 600 - AutoTopUpKit.GenerationCost, "the balance Payments knows");
        (await _app.TopUpsAsync(buyer.AccountId)).Should().BeEmpty();
    }

    [Test]
    public async Task An_admin_sees_customers_card_settings_and_top_ups_and_can_turn_automatic_top_up_off()
    {
        using var admin = await AdminConsole.SignInAsync(_app);
        using var buyer = await AutoTopUpKit.BuyerWithSavedCardAsync(_app, _stripe);
        await buyer.TurnOnAutoTopUpAsync(threshold: 595);
        await buyer.GenerateAsync();
        var topUp = await _app.SettledTopUpAsync(buyer.AccountId);

        var page = await admin.AccountPageAsync(buyer.AccountId);
        var url = $"/billing/auto-top-up/admin/{buyer.AccountId}/off";
        var byCustomer = await buyer.Browser.PostAsync(url, new Dictionary<string, string> { ["__RequestVerificationToken"] = (await buyer.Browser.GetAsync("/billing")).AntiforgeryToken() });
        var forged = await admin.Browser.PostAsync(url, new Dictionary<string, string>());
        var off = await admin.Browser.PostAsync(url, new Dictionary<string, string> { ["__RequestVerificationToken"] = page.AntiforgeryToken() });

        System.Net.WebUtility.HtmlDecode(page.Html).Should().Contain(await _stripe.CustomerIdAsync(buyer, true)).And.Contain("Visa •••• 4242, expires")
            .And.Contain("data-admin-auto-top-up=\"on\"").And.Contain("data-admin-top-up=\"paid\"").And.Contain(topUp.PaymentIntentId!);
        byCustomer.RedirectedTo.Should().ContainEquivalentOf("AccessDenied", "only admins may turn another account's top-up off");
        forged.Status.Should().Be(HttpStatusCode.BadRequest);
        off.Status.Should().Be(HttpStatusCode.Redirect);
        (await buyer.AutoTopUpStateAsync()).Should().Be("off");
        System.Net.WebUtility.HtmlDecode((await buyer.Browser.GetAsync("/billing")).Html).Should().Contain("an administrator turned it off");
        await Buyer.EventuallyAsync(async () => string.Join(",", await admin.AuditActionsAsync($"/admin/audit?account={buyer.AccountId}")), "auto_top_up.off", "the audit log");
    }

    private Task<long> RecordedBalanceAsync(Guid accountId) =>
        _app.WithScopeAsync(services => services.GetRequiredService<PaymentsDbContext>().BillingAccounts.Where(a => a.AccountId == accountId)
            .Select(a => a.Balance).SingleAsync());
}
