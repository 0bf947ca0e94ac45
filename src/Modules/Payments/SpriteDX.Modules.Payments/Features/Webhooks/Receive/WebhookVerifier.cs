using System.Text;
using System.Text.Unicode;
using Microsoft.Extensions.Options;
using SpriteDX.Modules.Payments.Domain;
using SpriteDX.Modules.Payments.Stripe;

namespace SpriteDX.Modules.Payments.Features.Webhooks.Receive;

internal abstract record WebhookVerification
{
    public sealed record Verified(WebhookEnvelope Event) : WebhookVerification;

    public sealed record Refused(string Reason) : WebhookVerification;
}

/// <summary>
/// Checks a webhook body the way Stripe signs it: the secret is chosen by the payload's own `livemode`, so
/// a test-mode secret can never vouch for a live event. Bad input of any shape is refused, never thrown.
/// </summary>
internal sealed class WebhookVerifier(IOptions<StripeOptions> options, TimeProvider clock)
{
    public const long ToleranceSeconds = 300;

    public WebhookVerification Verify(ReadOnlySpan<byte> body, string? signatureHeader)
    {
        if (string.IsNullOrWhiteSpace(signatureHeader))
            return new WebhookVerification.Refused("The Stripe-Signature header is missing.");
        // Valid UTF-8 up front, so the payload stored as text is exactly the bytes that were signed.
        if (!Utf8.IsValid(body) || WebhookEnvelope.Read(body) is not { } envelope)
            return new WebhookVerification.Refused("The body is not a Stripe event in JSON.");
        var mode = envelope.Livemode ? "live" : "test";
        if (options.Value.For(BillingModes.FromLivemode(envelope.Livemode)).WebhookSecret is not { Length: > 0 } secret)
            return new WebhookVerification.Refused($"No webhook secret is configured for {mode} mode.");

        return StripeSignature.Check(body, signatureHeader, Encoding.UTF8.GetBytes(secret), clock.GetUtcNow().ToUnixTimeSeconds(), ToleranceSeconds) switch
        {
            SignatureCheck.Valid => new WebhookVerification.Verified(envelope),
            SignatureCheck.NoMatch => new WebhookVerification.Refused($"No signature in the Stripe-Signature header matches the body signed with the {mode}-mode secret."),
            SignatureCheck.OutsideTolerance => new WebhookVerification.Refused(
                $"The signature's timestamp is outside the allowed tolerance of {ToleranceSeconds} s: a stale or replayed delivery."),
            _ => new WebhookVerification.Refused("The Stripe-Signature header could not be read."),
        };
    }
}
