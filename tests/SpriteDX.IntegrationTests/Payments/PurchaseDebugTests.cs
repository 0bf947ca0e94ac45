using System.Net;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.Modules.Payments.Domain;
using SpriteDX.StripeEmulator;

namespace SpriteDX.IntegrationTests.Payments;

/// <summary>`/debug/purchase`: who gets in, what it shows of the Stripe setup, and its actions through the production paths.</summary>
[NonParallelizable] // Hangfire keeps its storage and job activator in statics; another app starting at the same moment could take them
public sealed class PurchaseDebugTests
{
    private const string Url = "/debug/purchase";

    private SpriteDxApp _app = null!;
    private StripeEmulatorDriver _stripe = null!;
    private Buyer _admin = null!;

    [OneTimeSetUp]
    public async Task StartApp()
    {
        _app = SpriteDxApp.Start();
        _stripe = new StripeEmulatorDriver(_app);
        _admin = await AdminPages.SignUpAdminAsync(_app);
    }

    [OneTimeTearDown]
    public async Task StopApp()
    {
        _admin.Dispose();
        _stripe.Dispose();
        await _app.DisposeAsync();
    }

    [Test]
    public async Task Outside_Development_only_admins_open_the_debug_page()
    {
        using var anonymous = _app.NewBrowser();
        using var player = await Buyer.SignUpAsync(_app);

        await AdminPages.ShouldBeDeniedToAsync(anonymous, player.Browser, Url);
        var page = await _admin.Browser.GetAsync(Url);

        page.Status.Should().Be(HttpStatusCode.OK);
        page.Html.Should().Contain("data-debug-warning").And.Contain("This page is for testing.");
    }

    [Test]
    public async Task In_Development_any_signed_in_person_opens_it_and_buys_in_their_own_mode()
    {
        await using var development = SpriteDxApp.Start(("environment", "Development"));
        using var anonymous = development.NewBrowser();
        using var player = await Buyer.SignUpAsync(development);

        var visitor = await anonymous.GetAsync(Url);
        var page = await player.Browser.GetAsync(Url);
        var started = await StartPurchaseAsync(player.Browser, "pack-500", mode: "test");

        visitor.Status.Should().Be(HttpStatusCode.Redirect);
        visitor.RedirectedTo.Should().Contain("/Identity/Account/Login");
        page.Status.Should().Be(HttpStatusCode.OK);
        page.Html.Should().Contain("only admins choose the mode").And.NotContain("id=\"purchase-mode\"");
        started.Status.Should().Be(HttpStatusCode.SeeOther);
        Buyer.SessionIdOf(started.RedirectedTo!).Should().StartWith("cs_live_", "a non-admin cannot switch to test mode");
    }

    [Test]
    public async Task The_page_shows_how_each_mode_reaches_the_emulator_by_key_prefixes_and_never_a_secret()
    {
        var page = await _admin.Browser.GetAsync(Url);
        var html = WebUtility.HtmlDecode(page.Html);

        html.Should().Contain("data-stripe-mode=\"live\"").And.Contain("data-stripe-mode=\"test\"")
            .And.Contain("<dd data-stripe-target>Stripe emulator, in this process</dd>")
            .And.Contain("<code data-key-prefix>sk_test_…</code>").And.Contain("<code data-key-prefix>sk_live_…</code>")
            .And.Contain("<code data-key-prefix>pk_test_…</code>")
            .And.Contain("data-webhook-secret=\"set\"")
            .And.Contain("data-account-mode=\"live\"")
            .And.Contain("data-debug-emulator=\"running\"");
        foreach (var secret in new[]
                 {
                     StripeEmulatorDefaults.TestSecretKey, StripeEmulatorDefaults.LiveSecretKey, StripeEmulatorDefaults.TestWebhookSecret,
                     StripeEmulatorDefaults.LiveWebhookSecret, StripeEmulatorDefaults.TestPublishableKey, StripeEmulatorDefaults.LivePublishableKey,
                 })
            html.Should().NotContain(secret);
    }

    [Test]
    public async Task Against_Stripe_the_page_shows_key_prefixes_only_and_refuses_emulator_actions()
    {
        var keys = new Dictionary<string, string>
        {
            ["Stripe:Live:SecretKey"] = "sk_live_" + Guid.NewGuid().ToString("n"), ["Stripe:Live:PublishableKey"] = "pk_live_" + Guid.NewGuid().ToString("n"),
            ["Stripe:Live:WebhookSecret"] = "whsec_" + Guid.NewGuid().ToString("n"), ["Stripe:Test:SecretKey"] = "sk_test_" + Guid.NewGuid().ToString("n"),
            ["Stripe:Test:PublishableKey"] = "pk_test_" + Guid.NewGuid().ToString("n"), ["Stripe:Test:WebhookSecret"] = "whsec_" + Guid.NewGuid().ToString("n"),
        };
        await using var stripe = SpriteDxApp.Start([("Stripe:Emulator:Enabled", "false"), .. keys.Select(k => (k.Key, (string?)k.Value))]);
        using var admin = await AdminPages.SignUpAdminAsync(stripe);

        var page = await admin.Browser.GetAsync(Url);
        var pause = await AdminPages.PostAndFollowAsync(admin.Browser, Url, "PauseDeliveries", new Dictionary<string, string>());
        var resend = await AdminPages.PostAndFollowAsync(admin.Browser, Url, "ResendEvent", new Dictionary<string, string> { ["eventId"] = "evt_1" });
        var refund = await AdminPages.PostAndFollowAsync(admin.Browser, Url, "RefundPayment", new Dictionary<string, string> { ["objectId"] = "ch_1" });

        var html = WebUtility.HtmlDecode(page.Html);
        html.Should().Contain("<dd data-stripe-target>Stripe</dd>").And.Contain("<code data-key-prefix>sk_live_…</code>")
            .And.Contain("data-debug-emulator=\"absent\"");
        foreach (var key in keys.Values)
            html.Should().NotContain(key).And.NotContain(key[..12]);
        pause.Status.Should().Be(HttpStatusCode.Conflict);
        AdminPages.Problem(pause.Html).Should().Be("That works only on the Stripe emulator, and this server talks to Stripe.");
        resend.Status.Should().Be(HttpStatusCode.Conflict);
        refund.Status.Should().Be(HttpStatusCode.Conflict, "Stripe's own refunds are made in its dashboard");
    }

    [Test]
    public async Task An_admin_starts_a_test_mode_purchase_pays_it_on_the_emulator_and_is_credited()
    {
        var before = await _admin.BalanceAsync();

        var started = await StartPurchaseAsync(_admin.Browser, "pack-1200", mode: "test");

        started.Status.Should().Be(HttpStatusCode.SeeOther);
        var session = Buyer.SessionIdOf(started.RedirectedTo!);
        session.Should().StartWith("cs_test_");
        await _stripe.PaidAsync(session);
        await _admin.BalanceEventuallyAsync(before + 1200);
        var page = await _admin.Browser.GetAsync(Url);
        page.Html.Should().MatchRegex($"""data-purchase-status="paid" data-purchase-mode="test">(?s:.*?){session}""");
    }

    [Test]
    public async Task A_signed_sample_event_for_a_paid_session_credits_it_once_and_the_emulators_own_event_later_changes_nothing()
    {
        var before = await _admin.BalanceAsync();
        var session = Buyer.SessionIdOf((await StartPurchaseAsync(_admin.Browser, "pack-500", mode: "live")).RedirectedTo!);
        var paused = await AdminPages.PostAndFollowAsync(_admin.Browser, Url, "PauseDeliveries", new Dictionary<string, string>());
        try
        {
            paused.Html.Should().Contain("data-debug-emulator=\"paused\"");
            await _stripe.PaidAsync(session);

            var sent = await SendSampleAsync("live", "checkout.session.completed", session);

            var eventId = SentEventId(sent);
            (await StoredWebhookEvents.ProcessedAsync(_app, eventId)).Outcome.Should().Be(WebhookOutcome.Applied);
            await _admin.BalanceEventuallyAsync(before + 500);
            AdminPages.WebhookRows((await _admin.Browser.GetAsync(Url)).Html).Should().Contain((eventId, "processed"));
        }
        finally
        {
            var resumed = await AdminPages.PostAndFollowAsync(_admin.Browser, Url, "ResumeDeliveries", new Dictionary<string, string>());
            resumed.Html.Should().Contain("data-debug-emulator=\"running\"");
        }

        var own = await _stripe.EventIdAsync("checkout.session.completed", session);
        await StoredWebhookEvents.ProcessedAsync(_app, own);
        (await _admin.BalanceAsync()).Should().Be(before + 500);
    }

    [Test]
    public async Task A_sample_event_about_an_object_SpriteDX_does_not_know_appears_in_the_list_as_rejected()
    {
        var sent = await SendSampleAsync("test", "checkout.session.completed", objectId: "");

        var eventId = SentEventId(sent);
        var stored = await StoredWebhookEvents.ProcessedAsync(_app, eventId);
        stored.Outcome.Should().Be(WebhookOutcome.Rejected);
        stored.Livemode.Should().BeFalse();
        AdminPages.WebhookRows((await _admin.Browser.GetAsync("/admin/webhooks")).Html).Should().Contain((eventId, "rejected"));
    }

    [Test]
    public async Task Force_reconcile_credits_a_paid_session_once()
    {
        var before = await _admin.BalanceAsync();
        var session = Buyer.SessionIdOf((await StartPurchaseAsync(_admin.Browser, "pack-500", mode: "test")).RedirectedTo!);
        await _stripe.PauseWebhooksAsync();
        try
        {
            await _stripe.PaidAsync(session);

            var first = await ForceReconcileAsync(session);
            var second = await ForceReconcileAsync(session);

            AdminPages.Toast(first.Html).Should().Be($"Reconciled {session}: the purchase is paid.");
            AdminPages.Toast(second.Html).Should().Be($"Reconciled {session}: the purchase is paid.");
            await _admin.BalanceEventuallyAsync(before + 500);
        }
        finally
        {
            await _stripe.ResumeWebhooksAsync();
        }

        await StoredWebhookEvents.ProcessedAsync(_app, await _stripe.EventIdAsync("checkout.session.completed", session));
        (await _admin.BalanceAsync()).Should().Be(before + 500);
    }

    [Test]
    public async Task Resending_an_emulator_event_delivers_it_again_and_the_list_marks_the_duplicate()
    {
        var session = Buyer.SessionIdOf((await StartPurchaseAsync(_admin.Browser, "pack-500", mode: "test")).RedirectedTo!);
        await _stripe.PaidAsync(session);
        var eventId = await _stripe.EventIdAsync("checkout.session.completed", session);

        var resent = await AdminPages.PostAndFollowAsync(_admin.Browser, Url, "ResendEvent", new Dictionary<string, string> { ["eventId"] = eventId });

        AdminPages.Toast(resent.Html).Should().Be($"The emulator delivers {eventId} again.");
        await Polling.UntilAsync(async () => (await StoredWebhookEvents.FindAsync(_app, eventId))?.Deliveries == 2, because: "the resent event to arrive");
        (await _admin.Browser.GetAsync("/admin/webhooks?status=duplicate")).Html.Should().Contain($"data-webhook-event=\"{eventId}\"");
    }

    [Test]
    public async Task A_developer_refunds_a_payment_then_fails_the_refund_from_the_page_and_the_credits_come_back()
    {
        var before = await _admin.BalanceAsync();
        var session = await PaidPurchaseAsync("pack-500", before);

        var refunded = await AdminPages.PostAndFollowAsync(_admin.Browser, Url, "RefundPayment", new Dictionary<string, string> { ["objectId"] = session });
        AdminPages.Toast(refunded.Html).Should().MatchRegex("^Refunded ch_[A-Za-z0-9]+ \\(re_[A-Za-z0-9]+\\); the emulator sends refund.created and charge.refunded.$");
        await _admin.BalanceEventuallyAsync(before);

        // Stripe still says the refund succeeded, so a refund.failed claiming otherwise restores nothing, and the page says why.
        var early = await SendSampleAsync("test", "refund.failed", session);
        AdminPages.Toast(early.Html).Should().Contain("SpriteDX acts on what Stripe says, so nothing is restored until it really fails");
        (await StoredWebhookEvents.ProcessedAsync(_app, SentEventId(early))).Outcome.Should().Be(WebhookOutcome.Applied);
        (await _admin.BalanceAsync()).Should().Be(before);

        var failed = await AdminPages.PostAndFollowAsync(_admin.Browser, Url, "FailRefund", new Dictionary<string, string> { ["objectId"] = session });
        AdminPages.Toast(failed.Html).Should().MatchRegex("^Refund re_[A-Za-z0-9]+ failed; the emulator sends refund.failed");
        await _admin.BalanceEventuallyAsync(before + 500);
        (await AdminPages.PostAndFollowAsync(_admin.Browser, Url, "FailRefund", new Dictionary<string, string> { ["objectId"] = session })).Status
            .Should().Be(HttpStatusCode.BadRequest, "a failed refund cannot fail again");
    }

    [TestCase("refund.failed")]
    [TestCase("charge.refund.updated")]
    public async Task A_sample_refund_failure_restores_the_credits_once_and_the_emulators_own_events_later_change_nothing(string type)
    {
        var before = await _admin.BalanceAsync();
        var session = await PaidPurchaseAsync("pack-500", before);
        await AdminPages.PostAndFollowAsync(_admin.Browser, Url, "RefundPayment", new Dictionary<string, string> { ["objectId"] = session });
        await _admin.BalanceEventuallyAsync(before);
        await _stripe.PauseWebhooksAsync();
        try
        {
            await AdminPages.PostAndFollowAsync(_admin.Browser, Url, "FailRefund", new Dictionary<string, string> { ["objectId"] = session });

            var sent = await SendSampleAsync("test", type, session);

            AdminPages.Toast(sent.Html).Should().NotContain("nothing is restored");
            (await StoredWebhookEvents.ProcessedAsync(_app, SentEventId(sent))).Outcome.Should().Be(WebhookOutcome.Applied);
            await _admin.BalanceEventuallyAsync(before + 500);
        }
        finally
        {
            await _stripe.ResumeWebhooksAsync();
        }

        var refund = (await _stripe.Client(livemode: false).V1.Charges.GetAsync(await _stripe.ChargeIdAsync(session), new Stripe.ChargeGetOptions { Expand = ["refunds"] }))
            .Refunds.Data.Single().Id;
        await StoredWebhookEvents.ProcessedAsync(_app, await _stripe.EventIdAsync("refund.failed", refund));
        (await _admin.BalanceAsync()).Should().Be(before + 500);
    }

    [Test]
    public async Task Sample_disputes_of_a_charge_open_and_close_one_dispute_won_then_lost_changes_nothing()
    {
        var before = await _admin.BalanceAsync();
        var session = await PaidPurchaseAsync("pack-500", before);

        var opened = SentEventId(await SendSampleAsync("test", "charge.dispute.created", session));
        await _admin.BalanceEventuallyAsync(before);
        var won = SentEventId(await SendSampleAsync("test", "charge.dispute.closed:won", session));
        await _admin.BalanceEventuallyAsync(before + 500);
        var lost = SentEventId(await SendSampleAsync("test", "charge.dispute.closed:lost", session));

        (await StoredWebhookEvents.ProcessedAsync(_app, opened)).OutcomeDetail.Should().Contain("500 credits frozen");
        (await StoredWebhookEvents.ProcessedAsync(_app, won)).OutcomeDetail.Should().Contain("dispute won; 500 credits returned");
        (await StoredWebhookEvents.ProcessedAsync(_app, lost)).OutcomeDetail.Should().Contain("was already closed (dispute won)");
        (await _admin.BalanceAsync()).Should().Be(before + 500);
        await _admin.PurchaseStatusEventuallyAsync("dispute_won");
    }

    [Test]
    public async Task A_sample_dispute_lost_before_its_opening_takes_the_credits_once()
    {
        var before = await _admin.BalanceAsync();
        var session = await PaidPurchaseAsync("pack-500", before);

        var lost = SentEventId(await SendSampleAsync("test", "charge.dispute.closed:lost", session));
        await _admin.BalanceEventuallyAsync(before);
        var opened = SentEventId(await SendSampleAsync("test", "charge.dispute.created", session));

        (await StoredWebhookEvents.ProcessedAsync(_app, lost)).OutcomeDetail.Should().Contain("dispute lost");
        (await StoredWebhookEvents.ProcessedAsync(_app, opened)).OutcomeDetail.Should().Contain("already taken into account");
        (await _admin.BalanceAsync()).Should().Be(before);
    }

    [TestCase("StartPurchase", "packId=pack-9999;mode=test", "There is no credit pack 'pack-9999'")]
    [TestCase("StartPurchase", "packId=pack-500;mode=sandbox", "'sandbox' is not a billing mode")]
    [TestCase("ForceReconcile", "sessionId=cs_test_nobody", "No purchase has Checkout Session cs_test_nobody.")]
    [TestCase("ForceReconcile", "sessionId=", "Give the cs_… id of a Checkout Session.")]
    [TestCase("SendEvent", "mode=test;type=checkout.session.completed;objectId=cs_test_nobody", "Stripe has no test-mode object cs_test_nobody.")]
    [TestCase("SendEvent", "mode=test;type=charge.refunded;objectId=in_123", "charge.refunded is about a charge")]
    [TestCase("SendEvent", "mode=test;type=customer.created;objectId=", "SpriteDX sends no sample of 'customer.created'")]
    [TestCase("ResendEvent", "eventId=evt_never_sent", "The emulator refused (404)")]
    [TestCase("SendEvent", "mode=test;type=charge.dispute.closed;objectId=", "SpriteDX sends no sample of 'charge.dispute.closed'")]
    [TestCase("SendEvent", "mode=test;type=refund.failed;objectId=in_123", "refund.failed is about a refund")]
    [TestCase("SendEvent", "mode=test;type=charge.dispute.closed:won;objectId=dp_nothing", "Stripe has no test-mode object dp_nothing.")]
    [TestCase("RefundPayment", "objectId=pi_123", "To refund, give the cs_… id of a paid Checkout Session")]
    [TestCase("RefundPayment", "objectId=ch_never_made", "The emulator refused (404)")]
    [TestCase("FailRefund", "objectId=", "To fail a refund, give its re_… id")]
    [TestCase("FailRefund", "objectId=re_never_made", "The emulator refused (404)")]
    [TestCase("FailRefund", "objectId=cs_test_nobody", "Stripe could not be asked")]
    public async Task Bad_input_gets_a_clear_message_and_changes_nothing(string handler, string form, string message)
    {
        var purchases = (await _admin.Browser.GetAsync(Url)).Html.Split("data-purchase-status=").Length;

        var answer = await AdminPages.PostAndFollowAsync(_admin.Browser, Url, handler,
            form.Split(';').Select(f => f.Split('=', 2)).ToDictionary(f => f[0], f => f[1]));

        ((int)answer.Status).Should().BeInRange(400, 499);
        AdminPages.Problem(answer.Html).Should().Contain(message);
        answer.Html.Split("data-purchase-status=").Length.Should().Be(purchases);
    }

    [Test]
    public async Task Failing_the_refund_of_a_payment_never_refunded_is_refused_and_changes_nothing()
    {
        var before = await _admin.BalanceAsync();
        var session = await PaidPurchaseAsync("pack-500", before);

        var answer = await AdminPages.PostAndFollowAsync(_admin.Browser, Url, "FailRefund", new Dictionary<string, string> { ["objectId"] = session });

        answer.Status.Should().Be(HttpStatusCode.BadRequest);
        AdminPages.Problem(answer.Html).Should().MatchRegex("^Charge ch_[A-Za-z0-9]+ has no refund yet: refund it first.$");
        (await _admin.BalanceAsync()).Should().Be(before + 500);
    }

    /// <summary>A test-mode purchase by the admin, paid on the emulator and credited; its Checkout Session id.</summary>
    private async Task<string> PaidPurchaseAsync(string packId, long balanceBefore)
    {
        var session = Buyer.SessionIdOf((await StartPurchaseAsync(_admin.Browser, packId, mode: "test")).RedirectedTo!);
        await _stripe.PaidAsync(session);
        await _admin.BalanceEventuallyAsync(balanceBefore + 500);
        return session;
    }

    private static Task<TestBrowser.Page> StartPurchaseAsync(TestBrowser browser, string packId, string mode) =>
        browser.SubmitFormAsync(Url, new Dictionary<string, string> { ["packId"] = packId, ["mode"] = mode, ["checkoutKey"] = Guid.NewGuid().ToString() },
            postUrl: Url + "?handler=StartPurchase");

    private Task<TestBrowser.Page> SendSampleAsync(string mode, string type, string objectId) =>
        AdminPages.PostAndFollowAsync(_admin.Browser, Url, "SendEvent", new Dictionary<string, string> { ["mode"] = mode, ["type"] = type, ["objectId"] = objectId });

    private Task<TestBrowser.Page> ForceReconcileAsync(string session) =>
        AdminPages.PostAndFollowAsync(_admin.Browser, Url, "ForceReconcile", new Dictionary<string, string> { ["sessionId"] = session });

    private static string SentEventId(TestBrowser.Page page)
    {
        var toast = AdminPages.Toast(page.Html);
        toast.Should().NotBeNull(AdminPages.Problem(page.Html));
        return System.Text.RegularExpressions.Regex.Match(toast!, "evt_debug_[0-9a-f]{32}").Value;
    }
}
