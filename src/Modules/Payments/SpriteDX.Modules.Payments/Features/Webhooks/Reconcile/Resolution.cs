using SpriteDX.Modules.Payments.Domain;

namespace SpriteDX.Modules.Payments.Features.Webhooks.Reconcile;

/// <summary>What processing a webhook event came to, kept beside the event for people to read.</summary>
internal sealed record Resolution(WebhookOutcome Outcome, string Detail)
{
    public static Resolution Applied(string detail) => new(WebhookOutcome.Applied, detail);

    public static Resolution Ignored(string detail) => new(WebhookOutcome.Ignored, detail);

    public static Resolution Rejected(string detail) => new(WebhookOutcome.Rejected, detail);

    public static Resolution WrongMode(bool eventLivemode, BillingMode purchaseMode) =>
        new(WebhookOutcome.WrongMode, $"a {(eventLivemode ? "live" : "test")}-mode event for a {purchaseMode.ToString().ToLowerInvariant()}-mode purchase; never credited");
}
