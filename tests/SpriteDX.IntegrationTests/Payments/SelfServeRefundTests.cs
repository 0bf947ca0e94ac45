using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Credits.Domain;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;
using SpriteDX.Modules.Payments.Features.Refunds;
using SpriteDX.Modules.Payments.Stripe;
using SpriteDX.Modules.Generation.Contracts;

namespace SpriteDX.IntegrationTests.Payments;

/// <summary>A buyer refunds an unspent purchase from its receipt: the credits are held at once, Stripe refunds once, and every bad request changes nothing.</summary>
[NonParallelizable] // Hangfire keeps its storage and job activator in statics
public sealed class SelfServeRefundTests
{
    private readonly StripeOutage _outage = new();
    private SpriteDxApp _app = null!;
    private StripeEmulatorDriver _stripe = null!;

    [OneTimeSetUp]
    public void StartApp()
    {
        _app = SpriteDxApp.Start(
            services => services.AddHttpClient(StripeClients.HttpClientName).AddHttpMessageHandler(() => new StripeOutage.Handler(_outage)),
            ("Billing:Enabled", "true"));
        _stripe = new StripeEmulatorDriver(_app);
    }

    [OneTimeTearDown]
    public async Task StopApp()
    {
        _stripe.Dispose();
        await _app.DisposeAsync();
    }

    [Test]
    public async Task A_buyer_refunds_an_unspent_purchase_from_its_receipt()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var purchase = await BuyAsync(buyer);
        (await ReceiptAsync(buyer, purchase)).Should().Contain("data-refund-button").And.Contain("Refund $5.00");

        var answer = await RequestRefundAsync(buyer, purchase);

        answer.Status.Should().Be(HttpStatusCode.Redirect);
        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus);
        await Polling.UntilAsync(async () => (await ReceiptAsync(buyer, purchase)).Contains("data-refund-state=\"refunded\""), because: "the receipt to say refunded");
        await buyer.PurchaseStatusEventuallyAsync("refunded");
        (await RefundCallsAsync(purchase)).Should().Equal(RefundRequest.IdempotencyKey(purchase, 1));
        await LedgerKindsEventuallyAsync(buyer.AccountId, "signup_bonus", "purchase", "refund_hold", "refund");
        (await HeldAsync(buyer.AccountId)).Should().Be(0, "the hold became the claw-back");
        (await ReceiptAsync(buyer, purchase)).Should().NotContain("data-refund-button");
    }

    [Test]
    public async Task The_credits_are_held_at_once_and_shown_while_Stripe_has_not_reported_the_refund()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var purchase = await BuyAsync(buyer);
        await _stripe.PauseWebhooksAsync();
        try
        {
            await RequestRefundAsync(buyer, purchase);

            (await buyer.BalanceAsync()).Should().Be(Buyer.SignupBonus);
            (await HeldAsync(buyer.AccountId)).Should().Be(500);
            (await buyer.Browser.GetAsync("/billing")).Html.Should().Contain("data-billing-held=\"500\"").And.Contain("data-refund-state=\"requested\"")
                .And.Contain("Your refund is under way: 500 credits are on hold until Stripe confirms it.");
            (await ReceiptAsync(buyer, purchase)).Should().Contain("data-refund-state=\"requested\"").And.NotContain("data-refund-button");
        }
        finally
        {
            await _stripe.ResumeWebhooksAsync();
        }

        await Polling.UntilAsync(async () => (await ReceiptAsync(buyer, purchase)).Contains("data-refund-state=\"refunded\""), because: "the refund's events to settle it");
        // The receipt says "refunded" as soon as Payments knows; Credits turns the hold into the claw-back a moment later.
        await Polling.UntilAsync(async () => await HeldAsync(buyer.AccountId) == 0, because: "Credits to settle the hold");
        await LedgerKindsEventuallyAsync(buyer.AccountId, "signup_bonus", "purchase", "refund_hold", "refund");
        (await buyer.BalanceAsync()).Should().Be(Buyer.SignupBonus, "the hold became the claw-back; nothing was taken twice");
    }

    [Test]
    public async Task Two_requests_at_once_make_one_refund()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var purchase = await BuyAsync(buyer);
        var token = (await buyer.Browser.GetAsync(ConfirmationUrl(purchase))).AntiforgeryToken();

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => buyer.Browser.PostAsync(
            ConfirmationUrl(purchase), new Dictionary<string, string> { ["__RequestVerificationToken"] = token })));

        answers.Should().AllSatisfy(a => a.Status.Should().Be(HttpStatusCode.Redirect));
        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus);
        await buyer.PurchaseStatusEventuallyAsync("refunded");
        (await RefundCallsAsync(purchase)).Should().Equal(RefundRequest.IdempotencyKey(purchase, 1));
        var charge = await _stripe.Client(livemode: true).V1.Charges.GetAsync(await ChargeOfAsync(purchase), new Stripe.ChargeGetOptions { Expand = ["refunds"] });
        charge.Refunds.Data.Should().ContainSingle();
        await LedgerKindsEventuallyAsync(buyer.AccountId, "signup_bonus", "purchase", "refund_hold", "refund");
    }

    [Test]
    public async Task A_refund_that_fails_gives_the_credits_back_and_may_be_asked_again()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var purchase = await BuyAsync(buyer);
        await RequestRefundAsync(buyer, purchase);
        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus);
        var refund = await RefundIdAsync(purchase);

        await _stripe.FailRefundAsync(refund);

        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus + 500);
        await Polling.UntilAsync(async () => (await ReceiptAsync(buyer, purchase)).Contains("data-refund-state=\"failed\""), because: "the receipt to say the refund failed");
        (await ReceiptAsync(buyer, purchase)).Should().Contain("Refund failed").And.Contain("data-refund-button");

        await RequestRefundAsync(buyer, purchase);
        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus);
        (await RefundCallsAsync(purchase)).Should().Equal(RefundRequest.IdempotencyKey(purchase, 2), RefundRequest.IdempotencyKey(purchase, 1));
    }

    [Test]
    public async Task A_Stripe_outage_at_request_time_releases_the_hold_with_a_clear_message()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var purchase = await BuyAsync(buyer);
        _outage.Down = true;
        try
        {
            var answer = await RequestRefundAsync(buyer, purchase);
            var receipt = (await buyer.Browser.GetAsync(answer.RedirectedTo!)).Html;

            receipt.Should().Contain("data-refund-state=\"failed\"").And.Contain("Stripe could not be reached").And.Contain("Try the refund again");
            (await buyer.BalanceAsync()).Should().Be(Buyer.SignupBonus + 500);
            (await buyer.Browser.GetAsync("/billing")).Html.Should().Contain("data-refund-state=\"failed\"")
                .And.Contain("Your refund did not go through: no money went back, and any credits held for it were released.");
            await LedgerKindsEventuallyAsync(buyer.AccountId, "signup_bonus", "purchase", "refund_hold", "refund_hold_released");
            (await HeldAsync(buyer.AccountId)).Should().Be(0);
        }
        finally
        {
            _outage.Down = false;
        }
    }

    [Test]
    public async Task Bad_requests_get_a_clear_answer_and_change_nothing()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        using var stranger = await Buyer.SignUpAsync(_app);
        var purchase = await BuyAsync(buyer);
        var spent = await BuyAsync(stranger);
        await _app.PublishAsync(new GenerationRequested(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), stranger.AccountId, 550));
        var before = await MoneySnapshot.TakeAsync(_app);

        (await RequestRefundAsync(stranger, purchase, token: (await stranger.Browser.GetAsync("/billing")).AntiforgeryToken())).Status
            .Should().Be(HttpStatusCode.NotFound, "someone else's purchase does not exist for them");
        (await ReceiptAsync(stranger, spent)).Should().Contain("have been spent").And.NotContain("data-refund-button");
        (await FollowAsync(stranger, await RequestRefundAsync(stranger, spent))).Should().Contain("have been spent");
        await ShiftPaidAtAsync(purchase, TimeSpan.FromDays(-15));
        (await FollowAsync(buyer, await RequestRefundAsync(buyer, purchase))).Should().Contain("within 14 days");

        (await MoneySnapshot.TakeAsync(_app)).Should().Be(before);
        (await RefundCallsAsync(purchase)).Should().BeEmpty();
        (await RefundCallsAsync(spent)).Should().BeEmpty();
        (await _app.WithScopeAsync(s => s.GetRequiredService<PaymentsDbContext>().RefundRequests.CountAsync(r => r.PurchaseId == purchase || r.PurchaseId == spent)))
            .Should().Be(0);
    }

    [Test]
    public async Task The_receipt_only_links_to_a_confirmation_that_says_what_a_refund_does_and_a_stray_post_refunds_nothing()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var purchase = await BuyAsync(buyer);
        var receipt = await buyer.Browser.GetAsync($"/billing/receipts/{purchase}");
        var before = await MoneySnapshot.TakeAsync(_app);

        receipt.Html.Should().Contain($"data-refund-button href=\"{ConfirmationUrl(purchase)}\">Refund $5.00</a>").And.NotContain("method=\"post\" action=\"/billing/receipts");
        var stray = await buyer.Browser.PostAsync($"/billing/receipts/{purchase}?handler=Refund",
            new Dictionary<string, string> { ["__RequestVerificationToken"] = receipt.AntiforgeryToken() });
        var confirmation = await ConfirmationAsync(buyer, purchase);

        ((int)stray.Status).Should().BeInRange(400, 499, "the receipt has no refund action of its own");
        confirmation.Should().Contain("Refund this purchase?").And.Contain("data-refund-credits>500<").And.Contain("$5.00 to Visa •••• 4242")
            .And.Contain("Yes, refund $5.00").And.Contain($"href=\"/billing/receipts/{purchase}\" data-refund-keep>Keep my purchase</a>");
        (await MoneySnapshot.TakeAsync(_app)).Should().Be(before, "opening the confirmation moves nothing");
        (await RefundRequestsAsync(purchase)).Should().Be(0);

        var answer = await RequestRefundAsync(buyer, purchase);

        answer.RedirectedTo.Should().Be($"/billing/receipts/{purchase}");
        await buyer.PurchaseStatusEventuallyAsync("refunded");
    }

    [Test]
    public async Task Someone_elses_purchase_has_no_receipt_confirmation_or_refund_for_them_and_nothing_moves()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        using var stranger = await Buyer.SignUpAsync(_app);
        var purchase = await BuyAsync(buyer);
        var token = (await stranger.Browser.GetAsync("/billing")).AntiforgeryToken();
        var before = await MoneySnapshot.TakeAsync(_app);

        (await stranger.Browser.GetAsync($"/billing/receipts/{purchase}")).Status.Should().Be(HttpStatusCode.NotFound);
        (await stranger.Browser.GetAsync(ConfirmationUrl(purchase))).Status.Should().Be(HttpStatusCode.NotFound);
        (await RequestRefundAsync(stranger, purchase, token)).Status.Should().Be(HttpStatusCode.NotFound);

        (await MoneySnapshot.TakeAsync(_app)).Should().Be(before);
        (await RefundCallsAsync(purchase)).Should().BeEmpty();
        (await RefundRequestsAsync(purchase)).Should().Be(0);
        (await ReceiptAsync(buyer, purchase)).Should().Contain("data-refund-button", "the buyer may still refund it");
    }

    [Test]
    public async Task Credits_spent_after_the_receipt_was_shown_make_Credits_refuse_the_hold_with_a_clear_answer_and_nothing_moves()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var purchase = await BuyAsync(buyer);
        var token = (await buyer.Browser.GetAsync(ConfirmationUrl(purchase))).AntiforgeryToken();
        await _app.PublishAsync(new GenerationRequested(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), buyer.AccountId, 550));
        await buyer.BalanceEventuallyAsync(50);
        // Payments' copy of the balance is only a hint, and here it has not heard of the spend yet: Credits' hold decides.
        await _app.WithScopeAsync(s => s.GetRequiredService<PaymentsDbContext>().BillingAccounts.Where(a => a.AccountId == buyer.AccountId)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.Balance, 600L)));
        var before = await MoneySnapshot.TakeAsync(_app);

        var receipt = await FollowAsync(buyer, await RequestRefundAsync(buyer, purchase, token));

        receipt.Should().Contain("The refund did not go through: Some of this purchase's credits were spent, so it cannot be refunded here.")
            .And.Contain("data-refund-state=\"failed\"");
        (await MoneySnapshot.TakeAsync(_app)).Should().Be(before);
        (await HeldAsync(buyer.AccountId)).Should().Be(0);
        (await RefundCallsAsync(purchase)).Should().BeEmpty("Stripe is never asked when the credits cannot be held");
        (await buyer.BalanceAsync()).Should().Be(50);
    }

    [Test]
    public async Task With_no_refund_window_the_feature_is_off_no_button_a_clear_refusal_and_nothing_moves()
    {
        await using var app = SpriteDxApp.Start(("Billing:Enabled", "true"), ("Payments:SelfServeRefundDays", "0"));
        using var stripe = new StripeEmulatorDriver(app);
        using var buyer = await Buyer.SignUpAsync(app);
        var session = await buyer.StartCheckoutAsync("pack-500");
        await stripe.PaidAsync(session);
        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus + 500);
        var purchase = await app.WithScopeAsync(s => s.GetRequiredService<PaymentsDbContext>().Purchases.Where(p => p.CheckoutSessionId == session).Select(p => p.Id).SingleAsync());
        var before = await MoneySnapshot.TakeAsync(app);

        var receipt = await ReceiptAsync(buyer, purchase);
        var confirmation = await ConfirmationAsync(buyer, purchase);
        var refused = await FollowAsync(buyer, await RequestRefundAsync(buyer, purchase));

        const string off = "Refunds from a receipt are turned off; please contact support.";
        receipt.Should().Contain(off).And.NotContain("data-refund-button");
        confirmation.Should().Contain(off).And.NotContain("data-refund-confirm");
        refused.Should().Contain(off);
        (await MoneySnapshot.TakeAsync(app)).Should().Be(before);
        (await app.WithScopeAsync(s => s.GetRequiredService<PaymentsDbContext>().RefundRequests.CountAsync(r => r.PurchaseId == purchase))).Should().Be(0);
        (await buyer.BalanceAsync()).Should().Be(Buyer.SignupBonus + 500);
    }

    [Test]
    public async Task A_test_purchase_cannot_be_refunded_once_the_account_left_test_mode()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        await buyer.BecomeTestBillingAccountAsync();
        var purchase = await BuyAsync(buyer);
        await buyer.BecomeTestBillingAccountAsync(isTest: false);
        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus);

        var before = await MoneySnapshot.TakeAsync(_app);

        (await ReceiptAsync(buyer, purchase)).Should().Contain("left test mode").And.NotContain("data-refund-button");
        (await ConfirmationAsync(buyer, purchase)).Should().Contain("data-refund-unavailable").And.Contain("left test mode").And.NotContain("data-refund-confirm");
        (await FollowAsync(buyer, await RequestRefundAsync(buyer, purchase))).Should().Contain("left test mode");

        (await MoneySnapshot.TakeAsync(_app)).Should().Be(before);
        (await RefundCallsAsync(purchase)).Should().BeEmpty();
        (await RefundRequestsAsync(purchase)).Should().Be(0);
        (await buyer.BalanceAsync()).Should().Be(Buyer.SignupBonus);
    }

    [Test]
    public async Task A_test_purchase_is_refunded_from_its_test_credits_while_testing()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        await buyer.BecomeTestBillingAccountAsync();
        var purchase = await BuyAsync(buyer);

        await RequestRefundAsync(buyer, purchase);

        await buyer.PurchaseStatusEventuallyAsync("refunded");
        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus);
        (await _app.WithScopeAsync(s => s.GetRequiredService<CreditsDbContext>().Accounts.SingleAsync(a => a.AccountId == buyer.AccountId)))
            .Should().BeEquivalentTo(new { TestBalance = 0L, Owed = 0L });
    }

    private async Task<Guid> BuyAsync(Buyer buyer)
    {
        var before = await buyer.BalanceAsync();
        var session = await buyer.StartCheckoutAsync("pack-500");
        await _stripe.PaidAsync(session);
        await buyer.BalanceEventuallyAsync(before + 500);
        return await _app.WithScopeAsync(s => s.GetRequiredService<PaymentsDbContext>().Purchases.Where(p => p.CheckoutSessionId == session).Select(p => p.Id).SingleAsync());
    }

    /// <summary>The refund's confirmation page: the receipt links to it, and its one button asks for the refund.</summary>
    private static string ConfirmationUrl(Guid purchase) => $"/billing/receipts/{purchase}/refund";

    private static async Task<TestBrowser.Page> RequestRefundAsync(Buyer buyer, Guid purchase, string? token = null) =>
        await buyer.Browser.PostAsync(ConfirmationUrl(purchase), new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token ?? (await buyer.Browser.GetAsync(ConfirmationUrl(purchase))).AntiforgeryToken(),
        });

    private static async Task<string> ConfirmationAsync(Buyer buyer, Guid purchase)
    {
        var page = await buyer.Browser.GetAsync(ConfirmationUrl(purchase));
        page.Status.Should().Be(HttpStatusCode.OK);
        return WebUtility.HtmlDecode(page.Html);
    }

    private Task<int> RefundRequestsAsync(Guid purchase) =>
        _app.WithScopeAsync(s => s.GetRequiredService<PaymentsDbContext>().RefundRequests.CountAsync(r => r.PurchaseId == purchase));

    /// <summary>The page a refused request goes back to, with its message.</summary>
    private static async Task<string> FollowAsync(Buyer buyer, TestBrowser.Page answer)
    {
        answer.Status.Should().Be(HttpStatusCode.Redirect);
        return WebUtility.HtmlDecode((await buyer.Browser.GetAsync(answer.RedirectedTo!)).Html);
    }

    private static async Task<string> ReceiptAsync(Buyer buyer, Guid purchase) =>
        WebUtility.HtmlDecode((await buyer.Browser.GetAsync($"/billing/receipts/{purchase}")).Html);

    /// <summary>The idempotency keys of the app's POST /v1/refunds calls for that purchase, newest first (the emulator's request log).</summary>
    private async Task<IReadOnlyList<string?>> RefundCallsAsync(Guid purchase)
    {
        using var http = new HttpClient();
        var json = JsonNode.Parse(await http.GetStringAsync($"{_app.BaseAddress.ToString().TrimEnd('/')}/stripe-emulator/_emulator/requests?limit=200"))!;
        return json["data"]!.AsArray()
            .Where(r => (string?)r!["method"] == "POST" && ((string?)r["path"])?.EndsWith("/v1/refunds", StringComparison.Ordinal) == true && (int)r["status"]! == 200)
            .Select(r => (string?)r!["idempotency_key"])
            .Where(key => key?.Contains(purchase.ToString("N"), StringComparison.Ordinal) == true)
            .Distinct()
            .ToList();
    }

    private Task<string> ChargeOfAsync(Guid purchase) =>
        _app.WithScopeAsync(s => s.GetRequiredService<PaymentsDbContext>().Purchases.Where(p => p.Id == purchase).Select(p => p.ChargeId!).SingleAsync());

    private Task<string> RefundIdAsync(Guid purchase) =>
        _app.WithScopeAsync(s => s.GetRequiredService<PaymentsDbContext>().RefundRequests.Where(r => r.PurchaseId == purchase).Select(r => r.StripeRefundId!).SingleAsync());

    private Task ShiftPaidAtAsync(Guid purchase, TimeSpan by) =>
        _app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<PaymentsDbContext>();
            var paidAt = await db.Purchases.Where(p => p.Id == purchase).Select(p => p.PaidAt!.Value).SingleAsync();
            return await db.Purchases.Where(p => p.Id == purchase).ExecuteUpdateAsync(u => u.SetProperty(p => p.PaidAt, paidAt + by));
        });

    private Task<long> HeldAsync(Guid accountId) =>
        _app.WithScopeAsync(s => s.GetRequiredService<CreditsDbContext>().RefundHolds
            .Where(h => h.AccountId == accountId && h.Status == RefundHoldStatus.Held).SumAsync(h => (long)h.Credits));

    /// <summary>
    /// Waits for these ledger kinds: the hold already took the credits, so the balance and the purchase's status say
    /// "refunded" before Credits has turned the hold into the claw-back line.
    /// </summary>
    private async Task LedgerKindsEventuallyAsync(Guid accountId, params string[] expected)
    {
        List<string> kinds = [];
        await Polling.UntilAsync(async () => (kinds = await LedgerKindsAsync(accountId)).SequenceEqual(expected), because: "the hold to become the claw-back");
        kinds.Should().Equal(expected);
    }

    /// <summary>The account's ledger kinds, oldest first.</summary>
    private Task<List<string>> LedgerKindsAsync(Guid accountId) =>
        _app.WithScopeAsync(async s => (await s.GetRequiredService<CreditsDbContext>().Ledger.Where(e => e.AccountId == accountId)
            .OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync()).Select(k => k.Code()).ToList());

    /// <summary>Stripe's API down for the refunds endpoint while <see cref="Down"/> is set: 503s, as an outage answers.</summary>
    private sealed class StripeOutage
    {
        public volatile bool Down;

        public sealed class Handler(StripeOutage outage) : DelegatingHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
                outage.Down && request.RequestUri!.AbsolutePath.EndsWith("/v1/refunds", StringComparison.Ordinal)
                    ? Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
                    {
                        Content = new StringContent("""{"error":{"type":"api_error","message":"Stripe is unavailable"}}""", System.Text.Encoding.UTF8, "application/json"),
                    })
                    : base.SendAsync(request, cancellationToken);
        }
    }
}
