using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.IntegrationTests.Payments;
using SpriteDX.Modules.Payments.Domain;
using Stripe;

namespace SpriteDX.IntegrationTests.Security;

/// <summary>
/// Forged, malformed and misdirected webhooks beyond <see cref="WebhookEndpointTests"/>: each gets a clear
/// 4xx (or the 2xx the contract asks for), none a 500, and no balance anywhere moves.
/// </summary>
[Parallelizable(ParallelScope.Self)] // each host has its own Hangfire storage and activator (BackgroundJobs)
public sealed class WebhookAttackTests
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

    public enum Forgery
    {
        Garbage,
        TimestampNotANumber,
        TimestampOnly,
        SignatureOnly,
        SixMinutesInTheFuture,
        V0Only,
        TestEventSignedWithTheLiveSecret,
        EmptyV1,
    }

    [TestCaseSource(nameof(Forgeries))]
    public async Task A_forged_or_malformed_signature_is_refused_with_400_and_nothing_is_stored(Forgery forgery)
    {
        var before = await MoneySnapshot.TakeAsync(_app);
        var id = "evt_forged_" + Guid.NewGuid().ToString("n");
        var body = PaidEventFor("cs_test_nobody_" + Guid.NewGuid().ToString("n"), id);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var validV1 = Hmac(now, body, SignedWebhooks.SecretFor(livemode: false));
        var signature = forgery switch
        {
            Forgery.Garbage => "definitely not a signature",
            Forgery.TimestampNotANumber => $"t=yesterday,v1={validV1}",
            Forgery.TimestampOnly => $"t={now}",
            Forgery.SignatureOnly => $"v1={validV1}",
            Forgery.SixMinutesInTheFuture => SignedWebhooks.Signature(body, SignedWebhooks.SecretFor(false), DateTimeOffset.UtcNow.AddMinutes(6)),
            Forgery.V0Only => $"t={now},v0={validV1}",
            Forgery.TestEventSignedWithTheLiveSecret => SignedWebhooks.Signature(body, SignedWebhooks.SecretFor(livemode: true)),
            Forgery.EmptyV1 => $"t={now},v1=",
            _ => throw new ArgumentOutOfRangeException(nameof(forgery)),
        };

        using var response = await SignedWebhooks.PostAsync(_app, body, signature);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await StoredWebhookEvents.FindAsync(_app, id)).Should().BeNull();
        await SecurityChecks.AssertNothingMovedAndHealthyAsync(_app, before);
    }

    private static IEnumerable<Forgery> Forgeries() => Enum.GetValues<Forgery>();

    [Test]
    public async Task Several_v1_signatures_of_which_one_is_valid_are_accepted_as_Stripe_does_during_secret_rotation()
    {
        var id = "evt_rotation_" + Guid.NewGuid().ToString("n");
        var body = PaidEventFor("cs_test_nobody_" + Guid.NewGuid().ToString("n"), id);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var signature = $"t={now},v1={Hmac(now, body, "whsec_the_old_secret")},v1={Hmac(now, body, SignedWebhooks.SecretFor(false))}";

        using var response = await SignedWebhooks.PostAsync(_app, body, signature);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await StoredWebhookEvents.ProcessedAsync(_app, id)).Outcome.Should().Be(WebhookOutcome.Rejected, "the session is unknown");
    }

    [TestCase("[]")]
    [TestCase("null")]
    [TestCase("\"event\"")]
    [TestCase("{\"object\": \"event\", \"livemode\": \"false\", \"api_version\": \"2026-10-28.endive\", \"type\": \"checkout.session.completed\"}")]
    [TestCase("{\"object\": \"event\", \"livemode\": false, \"api_version\": \"2026-10-28.endive\", \"type\": \"checkout.session.completed\", \"data\": {\"object\": {\"object\": \"checkout.session\"}}}")]
    [TestCase("{\"id\": \"evt_shape\", \"object\": \"event\", \"livemode\": false, \"api_version\": \"2026-10-28.endive\", \"type\": \"checkout.session.completed\", \"data\": {\"object\": \"cs_test_1\"}}")]
    [TestCase("{\"id\": \"evt_shape2\", \"object\": \"event\", \"livemode\": false, \"api_version\": 7, \"type\": \"checkout.session.completed\", \"data\": {}}")]
    public async Task A_signed_body_of_the_wrong_shape_is_refused_with_400_never_500(string body)
    {
        var before = await MoneySnapshot.TakeAsync(_app);

        using var response = await SignedWebhooks.PostAsync(_app, body, SignedWebhooks.Signature(body, SignedWebhooks.SecretFor(false)));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        await SecurityChecks.AssertNothingMovedAndHealthyAsync(_app, before);
    }

    [Test]
    public async Task A_deeply_nested_or_invalid_utf8_body_is_refused_with_400()
    {
        var before = await MoneySnapshot.TakeAsync(_app);
        var nested = new string('[', 100_000) + new string(']', 100_000);
        var invalidUtf8 = new byte[] { (byte)'{', 0xC3, 0x28, 0xFF, (byte)'}' };

        using var deep = await SignedWebhooks.PostAsync(_app, nested, SignedWebhooks.Signature(nested, SignedWebhooks.SecretFor(false)));
        using var http = new HttpClient { BaseAddress = _app.BaseAddress };
        using var garbled = await http.PostAsync("/stripe/webhook", new ByteArrayContent(invalidUtf8) { Headers = { { "Stripe-Signature", $"t={DateTimeOffset.UtcNow.ToUnixTimeSeconds()},v1=00" } } });

        deep.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        garbled.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        await SecurityChecks.AssertNothingMovedAndHealthyAsync(_app, before);
    }

    [Test]
    public async Task A_body_over_256_KB_sent_without_a_length_is_refused_with_413()
    {
        var before = await MoneySnapshot.TakeAsync(_app);
        var body = PaidEventFor("cs_test_big", padding: new string('x', 300 * 1024));
        using var http = new HttpClient { BaseAddress = _app.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/stripe/webhook") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TransferEncodingChunked = true; // no Content-Length: the endpoint must stop reading on its own
        request.Headers.TryAddWithoutValidation("Stripe-Signature", SignedWebhooks.Signature(body, SignedWebhooks.SecretFor(false)));

        using var response = await http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        await SecurityChecks.AssertNothingMovedAndHealthyAsync(_app, before);
    }

    [Test]
    public async Task A_signed_event_claiming_someone_elses_unpaid_session_is_paid_credits_nobody()
    {
        using var victim = await Buyer.SignUpAsync(_app);
        using var attacker = await Buyer.SignUpAsync(_app);
        var session = await victim.StartCheckoutAsync(); // live mode, not paid
        var id = "evt_claim_" + Guid.NewGuid().ToString("n");
        var body = SignedWebhooks.Event("checkout.session.completed", livemode: true, new JsonObject
        {
            ["id"] = session, ["object"] = "checkout.session", ["livemode"] = true, ["status"] = "complete", ["payment_status"] = "paid",
            ["amount_total"] = 1, ["client_reference_id"] = attacker.AccountId.ToString(),
            ["metadata"] = new JsonObject { ["account_id"] = attacker.AccountId.ToString(), ["pack_id"] = "pack-3000" },
        }, id);
        var before = await MoneySnapshot.TakeAsync(_app);

        using var response = await SignedWebhooks.PostAsync(_app, body, SignedWebhooks.Signature(body, SignedWebhooks.SecretFor(livemode: true)));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        await StoredWebhookEvents.ProcessedAsync(_app, id);
        await SecurityChecks.AssertNothingMovedAndHealthyAsync(_app, before); // the app asked Stripe: the session is still open
        (await victim.PurchasesAsync()).Should().Equal(("pending", "live"));

        await _stripe.PaidAsync(session); // the real payment still credits its real owner, once
        await victim.BalanceEventuallyAsync(Buyer.SignupBonus + 500);
        (await attacker.BalanceAsync()).Should().Be(Buyer.SignupBonus);
    }

    private static string PaidEventFor(string sessionId, string? id = null, string? padding = null)
    {
        var session = new JsonObject { ["id"] = sessionId, ["object"] = "checkout.session", ["livemode"] = false, ["status"] = "complete", ["payment_status"] = "paid" };
        if (padding is not null)
            session["padding"] = padding;
        return SignedWebhooks.Event("checkout.session.completed", false, session, id);
    }

    /// <summary>Stripe's v1 scheme: HMAC-SHA256 of "{timestamp}.{body}" with the endpoint secret, in hex.</summary>
    private static string Hmac(long timestamp, string body, string secret) =>
        EventUtility.GenerateSignatureHeader(body, secret, timestamp).Split(',').Single(part => part.StartsWith("v1=", StringComparison.Ordinal))[3..];
}
