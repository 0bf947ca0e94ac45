using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.Modules.Admin.Contracts;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;
using SpriteDX.StripeEmulator;
using Stripe;

namespace SpriteDX.IntegrationTests.Payments;

internal static class TestCards
{
    public const string Visa = "4242424242424242";
    public const string Declined = "4000000000000002";
    public const string ThreeDSecure = "4000002500003155";
}

/// <summary>A signed-up person buying credits through the app's own pages, as a browser would.</summary>
internal sealed partial class Buyer(SpriteDxApp app, TestBrowser browser, string email, Guid accountId) : IDisposable
{
    public const long SignupBonus = 100;

    public TestBrowser Browser => browser;

    public Guid AccountId => accountId;

    public string Email => email;

    public static async Task<Buyer> SignUpAsync(SpriteDxApp app)
    {
        var browser = app.NewBrowser();
        var email = Emails.Unique("buyer");
        (await browser.SignUpAsync(email)).Status.Should().Be(HttpStatusCode.Redirect);
        return new Buyer(app, browser, email, await app.AccountIdAsync(email));
    }

    /// <summary>The same person signing in again, for instance after a restart moved the app to another port.</summary>
    public async Task<Buyer> SignInAgainAsync()
    {
        var again = app.NewBrowser();
        (await again.LogInAsync(email)).Status.Should().Be(HttpStatusCode.Redirect);
        return new Buyer(app, again, email, accountId);
    }

    /// <summary>What an admin's Test Billing Account flag does (published by the Admin module).</summary>
    public Task BecomeTestBillingAccountAsync(bool isTest = true) =>
        app.PublishAsync(new BillingModeChanged(Guid.NewGuid(), DateTimeOffset.UtcNow, accountId, isTest, Guid.NewGuid(), SpriteDxApp.AdminEmail));

    public async Task<long> BalanceAsync() =>
        (await browser.Client.GetFromJsonAsync<BalanceBody>("/api/credits/balance"))!.Balance;

    public Task<long> BalanceEventuallyAsync(long expected) => EventuallyAsync(BalanceAsync, expected, "the balance");

    public Task<TestBrowser.Page> BuyPageAsync() => browser.GetAsync("/billing/buy");

    /// <summary>The fields of a freshly loaded buy page's form for that pack, as a browser would send them.</summary>
    public async Task<Dictionary<string, string>> PackFormAsync(string packId)
    {
        var page = await BuyPageAsync();
        var form = PackForm().Matches(page.Html).SingleOrDefault(m => m.Groups["pack"].Value == packId)
                   ?? throw new AssertionException($"The buy page has no form for {packId}.");
        return new Dictionary<string, string>
        {
            ["packId"] = packId, ["checkoutKey"] = form.Groups["key"].Value, ["__RequestVerificationToken"] = page.AntiforgeryToken(),
        };
    }

    /// <summary>Submits the buy page's form for a pack, exactly as rendered unless fields are overridden.</summary>
    public async Task<TestBrowser.Page> SubmitPackAsync(string packId, IDictionary<string, string>? overrides = null)
    {
        var fields = await PackFormAsync(packId);
        foreach (var (key, value) in overrides ?? new Dictionary<string, string>())
            fields[key] = value;
        return await browser.PostAsync("/billing/buy", fields);
    }

    /// <summary>Buy Credits → Stripe Checkout: the app answers 303 to the emulator's hosted page; returns the session id.</summary>
    public async Task<string> StartCheckoutAsync(string packId = "pack-500")
    {
        var answer = await SubmitPackAsync(packId);
        answer.Status.Should().Be(HttpStatusCode.SeeOther, answer.Html);
        return SessionIdOf(answer.RedirectedTo!);
    }

    public static string SessionIdOf(string checkoutUrl)
    {
        checkoutUrl.Should().Contain("/stripe-emulator/pay/cs_");
        return checkoutUrl[(checkoutUrl.LastIndexOf('/') + 1)..];
    }

    public Task<TestBrowser.Page> ReturnFromCheckoutAsync(string sessionId) =>
        browser.GetAsync("/billing/success?session_id=" + Uri.EscapeDataString(sessionId));

    /// <summary>The purchases section of Usage and Billing: (status, mode) per row, newest first.</summary>
    public async Task<IReadOnlyList<(string Status, string Mode)>> PurchasesAsync() =>
        PurchaseRow().Matches((await browser.GetAsync("/billing")).Html).Select(m => (m.Groups["status"].Value, m.Groups["mode"].Value)).ToList();

    public async Task<string> PurchaseStatusEventuallyAsync(string expected) =>
        (await EventuallyAsync(async () => (await PurchasesAsync()).FirstOrDefault().Status, expected, "the newest purchase's status"))!;

    public void Dispose() => browser.Dispose();

    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> probe, T expected, string what)
    {
        var value = await probe();
        await Polling.UntilAsync(async () => Equals(value = await probe(), expected), because: $"{what} to become {expected} (last seen {value})");
        return value;
    }

    private sealed record BalanceBody(long Balance);

    [GeneratedRegex("""<form method="post"[^>]*data-pack-id="(?<pack>[^"]+)"[^>]*>\s*<input type="hidden" name="packId" value="[^"]+" />\s*<input type="hidden" name="checkoutKey" value="(?<key>[^"]+)" />""")]
    private static partial Regex PackForm();

    [GeneratedRegex("""<tr data-purchase="[^"]+" data-purchase-status="(?<status>[a-z_]+)" data-purchase-mode="(?<mode>[a-z]+)">""")]
    private static partial Regex PurchaseRow();
}

/// <summary>
/// The Stripe emulator hosted inside the app, driven the way a customer, a bank or Stripe's dashboard
/// would: its control API for payments, refunds and webhook switches, Stripe.net for its objects.
/// </summary>
internal sealed class StripeEmulatorDriver(SpriteDxApp app) : IDisposable
{
    private readonly HttpClient _http = new();

    private string Base => $"{app.BaseAddress.ToString().TrimEnd('/')}{StripeEmulatorDefaults.InProcessPathPrefix}";

    public StripeClient Client(bool livemode) =>
        new(livemode ? StripeEmulatorDefaults.LiveSecretKey : StripeEmulatorDefaults.TestSecretKey, apiBase: Base);

    public Task<HttpResponseMessage> PayAsync(string sessionId, string card = TestCards.Visa, params (string Key, string Value)[] extra) =>
        PostAsync($"checkout/sessions/{sessionId}/pay", [("card", card), .. extra]);

    public async Task PaidAsync(string sessionId, string card = TestCards.Visa, params (string Key, string Value)[] extra)
    {
        using var response = await PayAsync(sessionId, card, extra);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public Task PayByBankDebitAsync(string sessionId) => ControlAsync($"checkout/sessions/{sessionId}/pay", ("payment_method", "us_bank_account"));

    public Task SettleBankDebitAsync(string sessionId, bool succeeded) =>
        ControlAsync($"checkout/sessions/{sessionId}/async_payment", ("result", succeeded ? "succeeded" : "failed"));

    /// <summary>Refunds the charge as Stripe's dashboard would; returns the new refund's id (the charge lists its refunds newest first).</summary>
    public async Task<string> RefundAsync(string chargeId, long? amount = null) =>
        (string)(await ControlAsync($"charges/{chargeId}/refund",
            amount is null ? [] : [("amount", amount.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))]))["refunds"]!["data"]![0]!["id"]!;

    /// <summary>The bank reports the refund failed (Stripe sends charge.refund.updated, refund.updated and refund.failed).</summary>
    public Task FailRefundAsync(string refundId) => ControlAsync($"refunds/{refundId}/fail");

    /// <summary>Opens a dispute on the charge; returns its id.</summary>
    public async Task<string> DisputeAsync(string chargeId) => (string)(await ControlAsync($"charges/{chargeId}/dispute"))["id"]!;

    public Task CloseDisputeAsync(string disputeId, bool won) => ControlAsync($"disputes/{disputeId}/close", ("status", won ? "won" : "lost"));

    public Task PauseWebhooksAsync() => ControlAsync("webhooks/pause");

    /// <summary>Whether the emulator holds its webhook deliveries (it keeps the switch across restarts).</summary>
    public async Task<bool> WebhooksPausedAsync() => (bool)JsonNode.Parse(await _http.GetStringAsync($"{Base}/_emulator/webhooks"))!["paused"]!;

    /// <summary>The emulator's events, newest first (`GET _emulator/events`).</summary>
    public async Task<JsonArray> EventsAsync(int limit = 1000) =>
        JsonNode.Parse(await _http.GetStringAsync($"{Base}/_emulator/events?limit={limit}"))!["data"]!.AsArray();

    /// <summary>The next API calls matching the fault fail or slow down (`POST _emulator/faults`).</summary>
    public Task ArmFaultAsync(params (string Key, string Value)[] form) => ControlAsync("faults", form);

    public async Task ClearFaultsAsync()
    {
        using var response = await _http.DeleteAsync($"{Base}/_emulator/faults");
        response.EnsureSuccessStatusCode();
    }

    public Task ResumeWebhooksAsync() => ControlAsync("webhooks/resume");

    /// <summary>Queues the event again; resends queued before the emulator picks them up merge into one delivery.</summary>
    public Task ResendAsync(string eventId) => ControlAsync($"events/{eventId}/resend");

    /// <summary>Resends the event and waits until the app has answered that delivery with 200, so each call is one more delivery.</summary>
    public async Task ResendAnsweredAsync(string eventId)
    {
        var answered = await SuccessfulDeliveriesAsync(eventId);
        await ResendAsync(eventId);
        await Polling.UntilAsync(async () => await SuccessfulDeliveriesAsync(eventId) > answered, because: $"the resent {eventId} to be answered");
    }

    public async Task<string> ChargeIdAsync(string sessionId)
    {
        var session = await Client(sessionId.StartsWith("cs_live_", StringComparison.Ordinal)).V1.Checkout.Sessions.GetAsync(
            sessionId, new Stripe.Checkout.SessionGetOptions { Expand = ["payment_intent"] });
        return session.PaymentIntent.LatestChargeId;
    }

    /// <summary>The event of that type about that object once the emulator has recorded it, and (by default) the app has answered 200.</summary>
    public async Task<string> EventIdAsync(string type, string objectId, bool delivered = true)
    {
        string? id = null;
        await Polling.UntilAsync(async () =>
        {
            var json = JsonNode.Parse(await _http.GetStringAsync($"{Base}/_emulator/events?type={type}&object_id={objectId}"))!;
            var found = json["data"]!.AsArray().FirstOrDefault();
            id = (string?)found?["id"];
            return found is not null && (!delivered || found["deliveries"]!.AsArray().Any(d => (int)d!["status"]! == 200));
        }, because: $"a {(delivered ? "delivered " : "")}{type} event about {objectId}");
        return id!;
    }

    /// <summary>The Idempotency-Key of each Checkout Session the app asked for, newest first.</summary>
    public async Task<IReadOnlyList<string?>> SessionIdempotencyKeysAsync()
    {
        var json = JsonNode.Parse(await _http.GetStringAsync($"{Base}/_emulator/requests?limit=200"))!;
        return json["data"]!.AsArray()
            .Where(r => (string?)r!["method"] == "POST" && ((string?)r["path"])?.EndsWith("/v1/checkout/sessions", StringComparison.Ordinal) == true)
            .Select(r => (string?)r!["idempotency_key"])
            .ToList();
    }

    public async Task<int> SuccessfulDeliveriesAsync(string eventId) => (await DeliveryStatusesAsync(eventId)).Count(status => status == 200);

    /// <summary>The HTTP status of each delivery attempt of that event; 0 when the app could not be reached or timed out.</summary>
    public async Task<IReadOnlyList<int>> DeliveryStatusesAsync(string eventId) =>
        (await SummaryAsync(eventId))["deliveries"]!.AsArray().Select(d => (int)d!["status"]!).ToList();

    /// <summary>True once the emulator has no delivery of that event left to make (resends included).</summary>
    public async Task<bool> DeliveredAsync(string eventId) => (string?)(await SummaryAsync(eventId))["delivery_state"] == "succeeded";

    private async Task<JsonNode> SummaryAsync(string eventId)
    {
        var json = JsonNode.Parse(await _http.GetStringAsync($"{Base}/_emulator/events?limit=1000"))!;
        return json["data"]!.AsArray().Single(e => (string?)e!["id"] == eventId)!;
    }

    /// <summary>
    /// Delivers a recorded event to the app at once, signed as Stripe signs it, while the emulator's own
    /// deliveries may still be paused: the way to make one event overtake another.
    /// </summary>
    public async Task DeliverAheadAsync(string eventId, bool livemode)
    {
        var stored = await Client(livemode).V1.Events.GetAsync(eventId);
        var body = stored.StripeResponse.Content;
        using var response = await SignedWebhooks.PostAsync(app, body, SignedWebhooks.Signature(body, SignedWebhooks.SecretFor(livemode)));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    public async Task<HttpResponseMessage> PostAsync(string path, (string Key, string Value)[] form) =>
        await _http.PostAsync($"{Base}/_emulator/{path}", new FormUrlEncodedContent(form.Select(f => KeyValuePair.Create(f.Key, f.Value))));

    private async Task<JsonNode> ControlAsync(string path, params (string Key, string Value)[] form)
    {
        using var response = await PostAsync(path, form);
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue($"POST _emulator/{path} answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>The Payments webhook inbox, read directly: what became of each received event.</summary>
internal static class StoredWebhookEvents
{
    public static Task<WebhookEvent?> FindAsync(SpriteDxApp app, string eventId) =>
        app.WithScopeAsync(services => services.GetRequiredService<PaymentsDbContext>().WebhookEvents.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId));

    public static async Task<WebhookEvent> ProcessedAsync(SpriteDxApp app, string eventId)
    {
        WebhookEvent? stored = null;
        await Polling.UntilAsync(async () => (stored = await FindAsync(app, eventId))?.ProcessedAt is not null, because: $"event {eventId} to be reconciled");
        return stored!;
    }

    /// <summary>The event once a reconciliation attempt has failed and left its error.</summary>
    public static async Task<WebhookEvent> FailedAsync(SpriteDxApp app, string eventId)
    {
        WebhookEvent? stored = null;
        await Polling.UntilAsync(async () => (stored = await FindAsync(app, eventId))?.Status == WebhookEventStatus.Failed, because: $"event {eventId} to fail");
        return stored!;
    }

    public static Task<int> CountAsync(SpriteDxApp app, string eventId) =>
        app.WithScopeAsync(services => services.GetRequiredService<PaymentsDbContext>().WebhookEvents.CountAsync(e => e.Id == eventId));
}

/// <summary>Webhook requests signed as Stripe signs them (or deliberately not), for the endpoint's own tests.</summary>
internal static class SignedWebhooks
{
    public static string Event(string type, bool livemode, JsonObject dataObject, string? id = null) => new JsonObject
    {
        ["id"] = id ?? "evt_test_" + Guid.NewGuid().ToString("n"),
        ["object"] = "event",
        ["api_version"] = StripeConfiguration.ApiVersion,
        ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["data"] = new JsonObject { ["object"] = dataObject },
        ["livemode"] = livemode,
        ["pending_webhooks"] = 1,
        ["request"] = new JsonObject { ["id"] = null, ["idempotency_key"] = null },
        ["type"] = type,
    }.ToJsonString();

    public static string SecretFor(bool livemode) => livemode ? StripeEmulatorDefaults.LiveWebhookSecret : StripeEmulatorDefaults.TestWebhookSecret;

    public static string Signature(string body, string secret, DateTimeOffset? at = null) =>
        EventUtility.GenerateSignatureHeader(body, secret, (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds());

    public static async Task<HttpResponseMessage> PostAsync(SpriteDxApp app, string body, string? signature)
    {
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/stripe/webhook") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null)
            request.Headers.TryAddWithoutValidation("Stripe-Signature", signature);
        return await http.SendAsync(request);
    }
}
