using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using System.Text;
using SpriteDX.Modules.Payments.Features.Webhooks.Receive;
using SpriteDX.Modules.Payments.Stripe;
using Stripe;

namespace SpriteDX.UnitTests.Payments;

public sealed class WebhookVerifierTests
{
    private const string TestSecret = "whsec_test_unit";
    private const string LiveSecret = "whsec_live_unit";
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private FakeTimeProvider _clock = null!;
    private WebhookVerifier _verifier = null!;

    [SetUp]
    public void CreateVerifier()
    {
        _clock = new FakeTimeProvider(Now);
        _verifier = new WebhookVerifier(Options.Create(new StripeOptions
        {
            Test = new StripeAccountOptions { WebhookSecret = TestSecret },
            Live = new StripeAccountOptions { WebhookSecret = LiveSecret },
        }), _clock);
    }

    [Test]
    public void A_correctly_signed_test_event_is_verified()
    {
        var json = Event(livemode: false);

        var result = Verify(json, Sign(json, TestSecret));

        var verified = result.Should().BeOfType<WebhookVerification.Verified>().Subject;
        verified.Event.Id.Should().Be("evt_unit_1");
        verified.Event.Type.Should().Be("checkout.session.completed");
    }

    [Test]
    public void A_live_event_is_verified_with_the_live_secret_only()
    {
        var json = Event(livemode: true);

        Verify(json, Sign(json, LiveSecret)).Should().BeOfType<WebhookVerification.Verified>();
        Verify(json, Sign(json, TestSecret)).Should().BeOfType<WebhookVerification.Refused>();
    }

    [Test]
    public void A_fake_v0_signature_is_ignored_and_any_matching_v1_is_enough()
    {
        var json = Event(livemode: false);
        var t = Now.ToUnixTimeSeconds();
        var good = EventUtility.ComputeSignature(TestSecret, t.ToString(System.Globalization.CultureInfo.InvariantCulture), json);

        Verify(json, $"t={t},v1={new string('0', 64)},v1={good},v0={new string('1', 64)}")
            .Should().BeOfType<WebhookVerification.Verified>();
    }

    [Test]
    public void A_missing_signature_is_refused() =>
        Refusal(Event(livemode: false), null).Should().Contain("Stripe-Signature");

    [Test]
    public void A_signature_made_with_another_secret_is_refused()
    {
        var json = Event(livemode: false);

        Refusal(json, Sign(json, "whsec_someone_else")).Should().Contain("signature");
    }

    [Test]
    public void A_body_changed_after_signing_is_refused()
    {
        var json = Event(livemode: false);

        Refusal(json.Replace("evt_unit_1", "evt_unit_2"), Sign(json, TestSecret)).Should().Contain("signature");
    }

    [TestCase(300, true)]
    [TestCase(-300, true)]
    [TestCase(301, false)]
    [TestCase(-301, false)]
    public void The_signature_time_may_be_off_by_five_minutes_at_most(int secondsOff, bool accepted)
    {
        var json = Event(livemode: false);

        var result = Verify(json, EventUtility.GenerateSignatureHeader(json, TestSecret, Now.AddSeconds(secondsOff).ToUnixTimeSeconds()));

        (result is WebhookVerification.Verified).Should().Be(accepted);
    }

    [TestCase("not json at all")]
    [TestCase("[1, 2, 3]")]
    [TestCase("""{"id": "evt_1", "type": "x", "livemode": false}""")]
    [TestCase("""{"id": "evt_1", "type": "x", "livemode": "false", "api_version": "2026-10-28.endive"}""")]
    [TestCase("""{"id": "evt_1", "type": "x", "livemode": false, "api_version": null, "data": {"object": {}}}""")]
    public void A_body_that_is_not_a_stripe_event_is_refused_without_throwing(string body) =>
        Refusal(body, Sign(body, TestSecret)).Should().Contain("not a Stripe event");

    [TestCase("t=not-a-number,v1=abc")]
    [TestCase("t=99999999999999999999,v1=abc")]
    [TestCase("garbage")]
    [TestCase("v1=abc")]
    public void A_malformed_signature_header_is_refused_without_throwing(string header) =>
        Verify(Event(livemode: false), header).Should().BeOfType<WebhookVerification.Refused>();

    [Test]
    public void An_event_of_a_mode_without_a_secret_is_refused()
    {
        var verifier = new WebhookVerifier(Options.Create(new StripeOptions { Test = new StripeAccountOptions { WebhookSecret = TestSecret } }), _clock);
        var json = Event(livemode: true);

        verifier.Verify(Encoding.UTF8.GetBytes(json), Sign(json, TestSecret)).Should().BeOfType<WebhookVerification.Refused>()
            .Which.Reason.Should().Contain("live mode");
    }

    [Test]
    public void An_event_of_another_api_version_is_still_read()
    {
        var json = Event(livemode: false).Replace(StripeConfiguration.ApiVersion, "2026-07-29.dahlia");

        Verify(json, Sign(json, TestSecret)).Should().BeOfType<WebhookVerification.Verified>();
    }

    [Test]
    public void A_correctly_signed_body_that_is_not_valid_utf8_is_refused_since_it_could_not_be_stored_as_signed()
    {
        var body = Encoding.UTF8.GetBytes(Event(livemode: false).Replace("cs_test_unit", "cs_test_unit\u00e9"));
        body[Array.IndexOf(body, (byte)0xC3) + 1] = (byte)'('; // the second byte of é replaced: not UTF-8 any more
        var t = Now.ToUnixTimeSeconds();

        _verifier.Verify(body, $"t={t},v1={Convert.ToHexStringLower(RecordedStripeEvents.V1(TestSecret, t, body))}")
            .Should().BeOfType<WebhookVerification.Refused>().Which.Reason.Should().Contain("not a Stripe event");
    }

    private WebhookVerification Verify(string json, string? header) => _verifier.Verify(Encoding.UTF8.GetBytes(json), header);

    private string Refusal(string json, string? header) =>
        Verify(json, header).Should().BeOfType<WebhookVerification.Refused>().Subject.Reason;

    private static string Sign(string json, string secret) => EventUtility.GenerateSignatureHeader(json, secret, Now.ToUnixTimeSeconds());

    private static string Event(bool livemode) => $$"""
        {
          "id": "evt_unit_1",
          "object": "event",
          "api_version": "{{StripeConfiguration.ApiVersion}}",
          "created": {{Now.ToUnixTimeSeconds()}},
          "data": { "object": { "id": "cs_test_unit", "object": "checkout.session", "livemode": {{(livemode ? "true" : "false")}}, "payment_status": "paid", "status": "complete" } },
          "livemode": {{(livemode ? "true" : "false")}},
          "pending_webhooks": 1,
          "request": { "id": null, "idempotency_key": null },
          "type": "checkout.session.completed"
        }

        """;
}
