using System.Net;
using System.Text.Json.Nodes;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.Modules.Payments.Domain;

namespace SpriteDX.IntegrationTests.Payments;

/// <summary>`/admin/webhooks`: what Stripe sent and what became of it, for admins only, with a replay that never credits twice.</summary>
[NonParallelizable] // Hangfire keeps its storage and job activator in statics; another app starting at the same moment could take them
public sealed class WebhookAdminTests
{
    private readonly StripeOutage _outage = new();
    private SpriteDxApp _app = null!;
    private StripeEmulatorDriver _stripe = null!;
    private Buyer _admin = null!;

    [OneTimeSetUp]
    public async Task StartApp()
    {
        // The sweep would retry a failed event by itself within a minute; here only the job's own retries and replays run.
        _app = SpriteDxApp.Start(_outage.AddTo, ("Billing:Enabled", "true"), ("Payments:WebhookSweepCron", "0 0 1 1 *"));
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
    public async Task Only_admins_see_the_webhook_events()
    {
        using var anonymous = _app.NewBrowser();
        using var player = await Buyer.SignUpAsync(_app);

        await AdminPages.ShouldBeDeniedToAsync(anonymous, player.Browser, "/admin/webhooks");
        var page = await _admin.Browser.GetAsync("/admin/webhooks");

        page.Status.Should().Be(HttpStatusCode.OK);
        page.Html.Should().Contain("<h1>Webhook events</h1>");
    }

    [Test]
    public async Task A_non_admin_cannot_replay_an_event()
    {
        using var player = await Buyer.SignUpAsync(_app);
        var home = await player.Browser.GetAsync("/");

        var replay = await player.Browser.PostAsync("/admin/webhooks?handler=Replay", new Dictionary<string, string>
        {
            ["eventId"] = "evt_anything", ["__RequestVerificationToken"] = home.AntiforgeryToken(),
        });

        replay.Status.Should().Be(HttpStatusCode.Redirect);
        replay.RedirectedTo.Should().Contain("/Identity/Account/AccessDenied");
    }

    [Test]
    public async Task A_payment_whose_reconciliation_failed_is_credited_exactly_once_by_a_replay_and_a_second_replay_changes_nothing()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var session = await buyer.StartCheckoutAsync("pack-500");
        string eventId;
        _outage.IsDown = true;
        try
        {
            await _stripe.PaidAsync(session);
            eventId = await _stripe.EventIdAsync("checkout.session.completed", session);
            var failed = await StoredWebhookEvents.FailedAsync(_app, eventId);
            failed.LastError.Should().Contain(StripeOutage.Message);
            AdminPages.WebhookRows((await _admin.Browser.GetAsync("/admin/webhooks?status=failed")).Html).Should().Contain((eventId, "failed"));
            (await buyer.BalanceAsync()).Should().Be(Buyer.SignupBonus);
        }
        finally
        {
            _outage.IsDown = false;
        }

        var replayed = await ReplayAsync(eventId);

        ReplayToastShouldSayProcessedOrQueued(replayed, eventId);
        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus + 500);
        (await StoredWebhookEvents.ProcessedAsync(_app, eventId)).Outcome.Should().Be(WebhookOutcome.Applied);

        var again = await ReplayAsync(eventId);

        ReplayToastShouldSayProcessedOrQueued(again, eventId);
        (await StoredWebhookEvents.ProcessedAsync(_app, eventId)).Outcome.Should().Be(WebhookOutcome.Applied);
        (await buyer.BalanceAsync()).Should().Be(Buyer.SignupBonus + 500);
        (await buyer.PurchasesAsync()).Should().Equal(("paid", "live"));
        await Polling.UntilAsync(
            async () => System.Text.RegularExpressions.Regex.Matches((await _admin.Browser.GetAsync("/admin/audit")).Html, $"Replayed live checkout.session.completed {eventId}").Count == 2,
            because: "each replay is in the admin audit log");
    }

    [Test]
    public async Task Replaying_an_event_that_was_never_received_says_so()
    {
        var page = await ReplayAsync("evt_never_received");

        AdminPages.Toast(page.Html).Should().Be("No webhook event evt_never_received was received; nothing was replayed.");
    }

    [Test]
    public async Task Events_are_filtered_by_status_and_type_and_paged_newest_first_without_repeats()
    {
        var type = "customer.debug_" + Guid.NewGuid().ToString("n")[..8];
        var sent = new List<string>();
        for (var i = 0; i < WebhookPageSize + 2; i++)
            sent.Add(await SendAsync(type, new JsonObject { ["id"] = $"cus_{i}", ["object"] = "customer" }));
        var duplicate = sent[^1];
        await SendAsync(type, new JsonObject { ["id"] = $"cus_{WebhookPageSize + 1}", ["object"] = "customer" }, duplicate);
        var rejected = await SendAsync("checkout.session.completed", new JsonObject { ["id"] = "cs_test_nobody_" + Guid.NewGuid().ToString("n"), ["object"] = "checkout.session" });
        foreach (var id in sent.Append(rejected))
            await StoredWebhookEvents.ProcessedAsync(_app, id);

        var first = await _admin.Browser.GetAsync($"/admin/webhooks?type={type}");
        var firstRows = AdminPages.WebhookRows(first.Html);
        var older = System.Text.RegularExpressions.Regex.Match(first.Html, """href="(?<url>[^"]+)" rel="next">Older events""").Groups["url"].Value;
        var second = AdminPages.WebhookRows((await _admin.Browser.GetAsync(WebUtility.HtmlDecode(older))).Html);

        firstRows.Should().HaveCount(WebhookPageSize).And.OnlyContain(r => r.Status == "ignored");
        second.Should().HaveCount(2);
        firstRows.Concat(second).Select(r => r.Id).Should().BeEquivalentTo(sent, o => o.WithoutStrictOrdering()).And.OnlyHaveUniqueItems();
        firstRows[0].Id.Should().Be(sent[^1], "the newest event comes first");
        second[^1].Id.Should().Be(sent[0]);

        var duplicates = await _admin.Browser.GetAsync($"/admin/webhooks?status=duplicate&type={type}");
        AdminPages.WebhookRows(duplicates.Html).Should().Equal((duplicate, "ignored"));
        duplicates.Html.Should().Contain("Delivered 2×");

        var rejections = AdminPages.WebhookRows((await _admin.Browser.GetAsync("/admin/webhooks?status=rejected")).Html);
        rejections.Should().Contain((rejected, "rejected")).And.OnlyContain(r => r.Status == "rejected");

        var none = await _admin.Browser.GetAsync("/admin/webhooks?type=no.such.type");
        none.Html.Should().Contain("data-webhooks-empty").And.Contain("No webhook events match this filter.");
    }

    /// <summary>The page waits a few seconds for the job; on a busy machine it may answer before the job has run.</summary>
    private static void ReplayToastShouldSayProcessedOrQueued(TestBrowser.Page page, string eventId) =>
        AdminPages.Toast(page.Html).Should().Match(toast => toast.StartsWith($"Replayed {eventId}: processed", StringComparison.Ordinal)
                                                            || toast.StartsWith($"Replay of {eventId} is queued", StringComparison.Ordinal));

    private const int WebhookPageSize = Modules.Payments.Pages.Admin.WebhooksModel.PageSize;

    private Task<TestBrowser.Page> ReplayAsync(string eventId) =>
        AdminPages.PostAndFollowAsync(_admin.Browser, "/admin/webhooks", "Replay", new Dictionary<string, string> { ["eventId"] = eventId });

    private async Task<string> SendAsync(string type, JsonObject dataObject, string? id = null)
    {
        id ??= "evt_test_" + Guid.NewGuid().ToString("n");
        var body = SignedWebhooks.Event(type, livemode: false, dataObject, id);
        using var response = await SignedWebhooks.PostAsync(_app, body, SignedWebhooks.Signature(body, SignedWebhooks.SecretFor(false)));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return id;
    }
}
