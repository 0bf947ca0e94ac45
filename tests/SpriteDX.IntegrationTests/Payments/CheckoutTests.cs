using System.Net;
using SpriteDX.IntegrationTests.Infrastructure;

namespace SpriteDX.IntegrationTests.Payments;

/// <summary>Buy Credits → Stripe Checkout (the in-process emulator) → back to SpriteDX, in every way it can go.</summary>
[NonParallelizable] // Hangfire keeps its storage and job activator in statics; another app starting at the same moment could take them
public sealed class CheckoutTests
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
    public async Task The_buy_page_offers_each_pack_with_its_credits_and_price_per_credit()
    {
        using var buyer = await Buyer.SignUpAsync(_app);

        var page = await buyer.BuyPageAsync();

        page.Status.Should().Be(HttpStatusCode.OK);
        page.Html.Should().Contain("data-credits=\"500\" data-pack-id=\"pack-500\"")
            .And.Contain("data-credits=\"1200\" data-pack-id=\"pack-1200\"")
            .And.Contain("data-credits=\"3000\" data-pack-id=\"pack-3000\"")
            .And.Contain("Buy for $5.00").And.Contain("Buy for $10.00").And.Contain("Buy for $20.00")
            .And.Contain("$0.0100 per credit").And.Contain("$0.0083 per credit").And.Contain("$0.0067 per credit")
            .And.NotContain("data-test-mode");
        (await buyer.Browser.GetAsync("/")).Html.Should().Contain("href=\"/billing/buy\">Buy Credits</a>");
    }

    [Test]
    public async Task Paying_by_card_adds_the_packs_credits_and_the_success_page_says_so()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var session = await buyer.StartCheckoutAsync("pack-500");

        await _stripe.PaidAsync(session, TestCards.Visa);
        var success = await buyer.ReturnFromCheckoutAsync(session);

        success.Status.Should().Be(HttpStatusCode.OK);
        success.Html.Should().Contain("data-purchase-outcome=\"paid\"").And.Contain("500 credits</strong> were added");
        // The webhook's job may have claimed the payment a moment earlier; its Credits handler may still be committing.
        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus + 500);
        (await buyer.PurchasesAsync()).Should().Equal(("paid", "live"));
        var receipt = System.Text.RegularExpressions.Regex.Match((await buyer.Browser.GetAsync("/billing")).Html, "href=\"(/billing/receipts/[0-9a-f-]+)\">Receipt</a>");
        receipt.Success.Should().BeTrue("the ledger's purchase row links to its receipt");
        (await buyer.Browser.GetAsync(receipt.Groups[1].Value)).Status.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task The_webhook_arriving_before_the_redirect_credits_once()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var session = await buyer.StartCheckoutAsync("pack-1200");

        await _stripe.PaidAsync(session);
        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus + 1200);
        var success = await buyer.ReturnFromCheckoutAsync(session);
        var again = await buyer.ReturnFromCheckoutAsync(session);

        success.Html.Should().Contain("data-purchase-outcome=\"paid\"").And.Contain("data-balance-settling=\"true\"", "the badge catches up if the credits land a moment later");
        again.Html.Should().Contain("data-purchase-outcome=\"paid\"");
        (await buyer.BalanceAsync()).Should().Be(Buyer.SignupBonus + 1200);
    }

    [Test]
    public async Task The_redirect_arriving_before_the_webhook_credits_once()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var session = await buyer.StartCheckoutAsync("pack-500");
        await _stripe.PauseWebhooksAsync();
        try
        {
            await _stripe.PaidAsync(session);
            (await buyer.ReturnFromCheckoutAsync(session)).Html.Should().Contain("data-purchase-outcome=\"paid\"");
            (await buyer.BalanceAsync()).Should().Be(Buyer.SignupBonus + 500);
        }
        finally
        {
            await _stripe.ResumeWebhooksAsync();
        }

        var completed = await StoredWebhookEvents.ProcessedAsync(_app, await _stripe.EventIdAsync("checkout.session.completed", session));

        completed.OutcomeDetail.Should().EndWith("is paid");
        (await buyer.BalanceAsync()).Should().Be(Buyer.SignupBonus + 500);
    }

    [Test]
    public async Task A_paused_webhook_credits_when_resumed_even_if_the_customer_never_comes_back()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var session = await buyer.StartCheckoutAsync("pack-3000");
        await _stripe.PauseWebhooksAsync();
        try
        {
            await _stripe.PaidAsync(session);
            (await buyer.PurchasesAsync()).Should().Equal(("pending", "live"));
        }
        finally
        {
            await _stripe.ResumeWebhooksAsync();
        }

        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus + 3000);
        (await buyer.PurchasesAsync()).Should().Equal(("paid", "live"));
    }

    [Test]
    public async Task A_declined_card_is_refused_by_stripe_and_adds_nothing()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var session = await buyer.StartCheckoutAsync();

        using var declined = await _stripe.PayAsync(session, TestCards.Declined);
        var back = await buyer.ReturnFromCheckoutAsync(session);

        declined.StatusCode.Should().Be(HttpStatusCode.PaymentRequired);
        // The session stays open for another card, so the page offers the way back instead of polling.
        back.Html.Should().Contain("data-purchase-status=\"pending\"").And.Contain("still open and has not been paid")
            .And.Contain("Continue to checkout");
        back.Response.Headers.Contains("Refresh").Should().BeFalse();
        (await buyer.BalanceAsync()).Should().Be(Buyer.SignupBonus);
    }

    [Test]
    public async Task A_card_that_asks_for_3D_Secure_pays_once_the_customer_confirms_and_not_when_it_fails()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var failed = await buyer.StartCheckoutAsync();
        var confirmed = await buyer.StartCheckoutAsync();

        using var refused = await _stripe.PayAsync(failed, TestCards.ThreeDSecure, ("three_d_secure", "fail"));
        await _stripe.PaidAsync(confirmed, TestCards.ThreeDSecure, ("three_d_secure", "approve"));

        refused.StatusCode.Should().Be(HttpStatusCode.PaymentRequired);
        (await buyer.ReturnFromCheckoutAsync(confirmed)).Html.Should().Contain("data-purchase-outcome=\"paid\"");
        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus + 500); // the webhook's job may have claimed it first and still be crediting
    }

    [Test]
    public async Task A_bank_debit_shows_processing_until_the_bank_pays_then_credits()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var session = await buyer.StartCheckoutAsync();

        await _stripe.PayByBankDebitAsync(session);
        var processing = await buyer.ReturnFromCheckoutAsync(session);
        await StoredWebhookEvents.ProcessedAsync(_app, await _stripe.EventIdAsync("checkout.session.completed", session));

        processing.Html.Should().Contain("data-purchase-status=\"processing\"").And.Contain("Your bank is confirming the payment")
            .And.Contain("data-balance-settling=\"false\"");
        processing.Response.Headers.GetValues("Refresh").Should().Equal("3");
        (await buyer.BalanceAsync()).Should().Be(Buyer.SignupBonus);

        await _stripe.SettleBankDebitAsync(session, succeeded: true);

        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus + 500);
        var paid = await buyer.ReturnFromCheckoutAsync(session);
        paid.Html.Should().Contain("data-purchase-outcome=\"paid\"");
        paid.Response.Headers.Contains("Refresh").Should().BeFalse();
    }

    [Test]
    public async Task A_failed_bank_debit_adds_nothing_and_says_the_payment_failed()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var session = await buyer.StartCheckoutAsync();
        await _stripe.PayByBankDebitAsync(session);

        await _stripe.SettleBankDebitAsync(session, succeeded: false);

        await buyer.PurchaseStatusEventuallyAsync("failed");
        (await buyer.ReturnFromCheckoutAsync(session)).Html.Should().Contain("data-purchase-outcome=\"failed\"").And.Contain("Try again");
        (await buyer.BalanceAsync()).Should().Be(Buyer.SignupBonus);
    }

    [Test]
    public async Task An_expired_checkout_is_shown_as_expired_and_adds_nothing()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var session = await buyer.StartCheckoutAsync();

        await _stripe.Client(livemode: true).V1.Checkout.Sessions.ExpireAsync(session);

        await buyer.PurchaseStatusEventuallyAsync("expired");
        (await buyer.ReturnFromCheckoutAsync(session)).Html.Should().Contain("Checkout expired");
        (await buyer.BalanceAsync()).Should().Be(Buyer.SignupBonus);
    }

    [Test]
    public async Task Submitting_the_same_form_twice_at_once_starts_one_checkout()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var fields = await buyer.PackFormAsync("pack-500");

        var answers = await Task.WhenAll(buyer.Browser.PostAsync("/billing/buy", fields), buyer.Browser.PostAsync("/billing/buy", fields));

        answers.Should().OnlyContain(a => a.Status == HttpStatusCode.SeeOther);
        answers.Select(a => a.RedirectedTo).Distinct().Should().ContainSingle();
        (await buyer.PurchasesAsync()).Should().ContainSingle();
        (await _stripe.SessionIdempotencyKeysAsync()).Should().NotBeEmpty().And.OnlyContain(key => key != null && key.StartsWith("purchase-"));
    }

    [Test]
    public async Task A_tampered_pack_is_refused_and_the_price_always_comes_from_the_server()
    {
        using var buyer = await Buyer.SignUpAsync(_app);

        var unknown = await buyer.SubmitPackAsync("pack-500", new Dictionary<string, string> { ["packId"] = "pack-1000000" });
        var cheap = await buyer.SubmitPackAsync("pack-3000", new Dictionary<string, string> { ["amount"] = "1", ["price"] = "1", ["credits"] = "999999" });

        unknown.Status.Should().Be(HttpStatusCode.BadRequest);
        unknown.Html.Should().Contain("That credit pack does not exist");
        cheap.Status.Should().Be(HttpStatusCode.SeeOther);
        var session = await _stripe.Client(livemode: true).V1.Checkout.Sessions.GetAsync(Buyer.SessionIdOf(cheap.RedirectedTo!));
        (session.AmountTotal, session.Currency).Should().Be((2000L, "usd"));
        session.Metadata.Should().Contain("pack_id", "pack-3000").And.Contain("account_id", buyer.AccountId.ToString());
        session.ClientReferenceId.Should().Be(buyer.AccountId.ToString());
        session.CustomerId.Should().StartWith("cus_", "Checkout is given the account's Stripe customer");
        session.SuccessUrl.Should().EndWith("/billing/success?session_id={CHECKOUT_SESSION_ID}");
    }

    [Test]
    public async Task Another_persons_session_or_receipt_is_not_found()
    {
        using var owner = await Buyer.SignUpAsync(_app);
        using var stranger = await Buyer.SignUpAsync(_app);
        var session = await owner.StartCheckoutAsync();
        await _stripe.PaidAsync(session);
        var receipt = (await owner.ReturnFromCheckoutAsync(session)).Html;
        var receiptUrl = System.Text.RegularExpressions.Regex.Match(receipt, "href=\"(/billing/receipts/[0-9a-f-]+)\"").Groups[1].Value;

        (await stranger.ReturnFromCheckoutAsync(session)).Status.Should().Be(HttpStatusCode.NotFound);
        (await stranger.Browser.GetAsync(receiptUrl)).Status.Should().Be(HttpStatusCode.NotFound);
        (await stranger.ReturnFromCheckoutAsync("cs_live_made_up")).Status.Should().Be(HttpStatusCode.NotFound);
        (await stranger.BalanceAsync()).Should().Be(Buyer.SignupBonus);
        WebUtility.HtmlDecode((await owner.Browser.GetAsync(receiptUrl)).Html).Should().Contain("data-receipt").And.Contain("Visa •••• 4242");
        (await owner.BalanceAsync()).Should().Be(Buyer.SignupBonus + 500);
    }

    [Test]
    public async Task A_test_billing_account_and_a_live_account_buy_side_by_side_each_in_its_own_mode()
    {
        using var tester = await Buyer.SignUpAsync(_app);
        using var customer = await Buyer.SignUpAsync(_app);
        await tester.BecomeTestBillingAccountAsync();

        var testPage = await tester.BuyPageAsync();
        var livePage = await customer.BuyPageAsync();
        var testSession = await tester.StartCheckoutAsync("pack-500");
        var liveSession = await customer.StartCheckoutAsync("pack-1200");
        await _stripe.PaidAsync(testSession);
        await _stripe.PaidAsync(liveSession);

        testPage.Html.Should().Contain("data-test-mode-badge").And.Contain("Test mode.</strong>");
        livePage.Html.Should().NotContain("data-test-mode");
        testSession.Should().StartWith("cs_test_");
        liveSession.Should().StartWith("cs_live_");
        await tester.BalanceEventuallyAsync(Buyer.SignupBonus + 500);
        await customer.BalanceEventuallyAsync(Buyer.SignupBonus + 1200);
        (await tester.PurchasesAsync()).Should().Equal(("paid", "test"));
        (await customer.PurchasesAsync()).Should().Equal(("paid", "live"));
        (await tester.ReturnFromCheckoutAsync(testSession)).Html.Should().Contain("data-test-mode-badge");
        (await customer.ReturnFromCheckoutAsync(liveSession)).Html.Should().NotContain("data-test-mode-badge");
    }

    [Test]
    public async Task Leaving_the_checkout_page_cancels_without_charging()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        await buyer.StartCheckoutAsync();

        var cancel = await buyer.Browser.GetAsync("/billing/cancel");

        cancel.Html.Should().Contain("Checkout cancelled").And.Contain("No payment was taken");
        (await buyer.PurchasesAsync()).Should().Equal(("pending", "live"));
        (await buyer.BalanceAsync()).Should().Be(Buyer.SignupBonus);
    }
}
