using System.Text.Json;
using Microsoft.Extensions.Options;
using SpriteDX.Modules.Payments.Domain;
using SpriteDX.Modules.Payments.Stripe;
using Stripe;

namespace SpriteDX.Modules.Payments.Features.Webhooks;

internal abstract record WebhookVerification
{
    public sealed record Verified(Event Event) : WebhookVerification;

    public sealed record Refused(string Reason) : WebhookVerification;
}

/// <summary>
/// Checks a webhook body the way Stripe signs it: the secret is chosen by the payload's own `livemode`, so
/// a test-mode secret can never vouch for a live event. Bad input of any shape is refused, never thrown.
/// </summary>
internal sealed class WebhookVerifier(IOptions<StripeOptions> options, TimeProvider clock)
{
    public const long ToleranceSeconds = 300;

    public WebhookVerification Verify(string json, string? signatureHeader)
    {
        if (string.IsNullOrWhiteSpace(signatureHeader))
            return new WebhookVerification.Refused("The Stripe-Signature header is missing.");
        if (Livemode(json) is not { } livemode)
            return new WebhookVerification.Refused("The body is not a Stripe event in JSON.");
        if (options.Value.For(BillingModes.FromLivemode(livemode)).WebhookSecret is not { Length: > 0 } secret)
            return new WebhookVerification.Refused($"No webhook secret is configured for {(livemode ? "live" : "test")} mode.");

        try
        {
            // The API version may be older or newer than Stripe.net's own; only the fields used here matter.
            var verified = EventUtility.ConstructEvent(json, signatureHeader, secret, ToleranceSeconds, clock.GetUtcNow().ToUnixTimeSeconds(),
                throwOnApiVersionMismatch: false);
            return verified.Id is { Length: > 0 } && verified.Type is { Length: > 0 }
                ? new WebhookVerification.Verified(verified)
                : new WebhookVerification.Refused("The event has no id or type.");
        }
        catch (StripeException ex)
        {
            return new WebhookVerification.Refused(ex.Message);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or JsonException or ArgumentException)
        {
            // A timestamp that is not a number, or an event whose objects do not parse.
            return new WebhookVerification.Refused("The signature header or the event could not be read.");
        }
    }

    /// <summary>The event's mode, read before verification; null unless the body is an event with an `api_version`,
    /// without which Stripe.net throws NullReferenceException.</summary>
    private static bool? Livemode(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("livemode", out var livemode) || livemode.ValueKind is not (JsonValueKind.True or JsonValueKind.False)
                || !root.TryGetProperty("api_version", out var version) || version.ValueKind != JsonValueKind.String)
                return null;
            return livemode.GetBoolean();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
