using System.Globalization;
using System.Text;
using SpriteDX.Modules.Payments.Features.Webhooks.Receive;

namespace SpriteDX.UnitTests.Payments;

/// <summary>Stripe's signature scheme over the raw bytes, checked against Stripe's own recorded signatures.</summary>
public sealed class StripeSignatureTests
{
    private const long Tolerance = 300;

    private static IEnumerable<string> Events() => RecordedStripeEvents.Names();

    [TestCaseSource(nameof(Events))]
    public void A_recorded_event_with_its_recorded_signature_is_valid(string name)
    {
        var (header, t) = RecordedStripeEvents.Signature(name, "header");

        Check(name, header, RecordedStripeEvents.Secret, now: t).Should().Be(SignatureCheck.Valid);
    }

    [TestCaseSource(nameof(Events))]
    public void A_v0_signature_beside_the_v1_is_ignored(string name)
    {
        var (header, t) = RecordedStripeEvents.Signature(name, "header_test_mode_with_v0");

        Check(name, header, RecordedStripeEvents.Secret, now: t).Should().Be(SignatureCheck.Valid);
    }

    [TestCaseSource(nameof(Events))]
    public void While_a_secret_is_rolled_either_of_two_v1_signatures_is_enough(string name)
    {
        var (header, t) = RecordedStripeEvents.Signature(name, "header_rolling_two_v1");

        Check(name, header, RecordedStripeEvents.Secret, now: t).Should().Be(SignatureCheck.Valid);
        Check(name, header, RecordedStripeEvents.PreviousSecret, now: t).Should().Be(SignatureCheck.Valid);
    }

    [TestCaseSource(nameof(Events))]
    public void A_tampered_signature_matches_nothing(string name)
    {
        var (header, t) = RecordedStripeEvents.Signature(name, "header_tampered_v1");

        Check(name, header, RecordedStripeEvents.Secret, now: t).Should().Be(SignatureCheck.NoMatch);
    }

    [Test]
    public void Another_secret_matches_nothing()
    {
        var (header, t) = RecordedStripeEvents.Signature(Paid, "header");

        Check(Paid, header, "whsec_someone_else", now: t).Should().Be(SignatureCheck.NoMatch);
    }

    [Test]
    public void A_body_changed_by_one_byte_matches_nothing()
    {
        var (header, t) = RecordedStripeEvents.Signature(Paid, "header");
        var body = RecordedStripeEvents.Body(Paid);
        body[^2] ^= 1;

        StripeSignature.Check(body, header, Key(RecordedStripeEvents.Secret), t, Tolerance).Should().Be(SignatureCheck.NoMatch);
    }

    [TestCase(0, true)]
    [TestCase(300, true)]
    [TestCase(-300, true)]
    [TestCase(301, false)]
    [TestCase(-301, false)]
    [TestCase(86_400, false)]
    public void A_signature_is_valid_only_within_five_minutes_of_its_timestamp_so_a_captured_one_cannot_be_replayed_later(int secondsLater, bool valid)
    {
        var (header, t) = RecordedStripeEvents.Signature(Paid, "header");

        Check(Paid, header, RecordedStripeEvents.Secret, now: t + secondsLater).Should().Be(valid ? SignatureCheck.Valid : SignatureCheck.OutsideTolerance);
    }

    [Test]
    public void A_wrong_signature_is_refused_as_no_match_even_when_its_time_is_also_stale()
    {
        var (header, t) = RecordedStripeEvents.Signature(Paid, "header_tampered_v1");

        Check(Paid, header, RecordedStripeEvents.Secret, now: t + 3600).Should().Be(SignatureCheck.NoMatch);
    }

    [TestCase("")]
    [TestCase("garbage")]
    [TestCase("v1=abc")]
    [TestCase("t=,v1=abc")]
    [TestCase("t=yesterday,v1=abc")]
    [TestCase("t=-5,v1=abc")]
    [TestCase("t=99999999999999999999,v1=abc")]
    [TestCase("t=00000000000000000000001795600097,v1=abc")]
    public void A_header_without_a_readable_timestamp_is_malformed(string header) =>
        Check(Paid, header, RecordedStripeEvents.Secret, now: 1795600097).Should().Be(SignatureCheck.Malformed);

    [TestCase("t={0}")]
    [TestCase("t={0},v1=")]
    [TestCase("t={0},v1=zz")]
    [TestCase("t={0},v1={1}0")]
    [TestCase("t={0},v0={1}")]
    [TestCase("t={0},v2={1}")]
    public void A_header_without_a_well_formed_matching_v1_matches_nothing(string format)
    {
        const long t = 1795600097;
        var good = Convert.ToHexStringLower(RecordedStripeEvents.V1(RecordedStripeEvents.Secret, t, RecordedStripeEvents.Body(Paid)));

        Check(Paid, string.Format(CultureInfo.InvariantCulture, format, t, good), RecordedStripeEvents.Secret, now: t).Should().Be(SignatureCheck.NoMatch);
    }

    [Test]
    public void The_timestamp_is_signed_as_written_and_uppercase_hex_is_accepted()
    {
        const long t = 1795600097;
        var mac = RecordedStripeEvents.V1(RecordedStripeEvents.Secret, t, RecordedStripeEvents.Body(Paid));

        Check(Paid, $" t={t} , v1={Convert.ToHexString(mac)}", RecordedStripeEvents.Secret, now: t).Should().Be(SignatureCheck.Valid);
    }

    private const string Paid = "events/checkout.session.completed.paid.json";

    private static SignatureCheck Check(string name, string header, string secret, long now) =>
        StripeSignature.Check(RecordedStripeEvents.Body(name), header, Key(secret), now, Tolerance);

    private static byte[] Key(string secret) => Encoding.UTF8.GetBytes(secret);
}
