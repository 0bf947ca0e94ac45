using Microsoft.Extensions.Options;
using SpriteDX.Modules.Payments.Domain;
using SpriteDX.Modules.Payments.Stripe;

namespace SpriteDX.Modules.Payments.Features.Debug;

/// <summary>How one billing mode reaches Stripe. Keys appear only as their first characters, never whole.</summary>
internal sealed record ModeSetup(
    BillingMode Mode, bool Configured, string Target, string? ApiBase, string? SecretKeyPrefix, string? PublishableKeyPrefix, bool HasWebhookSecret);

/// <summary>The Stripe configuration as the debug page shows it.</summary>
internal sealed class StripeSetup(IOptions<StripeOptions> options, StripeClients stripe)
{
    /// <summary>"sk_test_", "pk_live_": enough to tell the mode and kind of a key, nothing of its secret part.</summary>
    public const int KeyPrefixLength = 8;

    public IReadOnlyList<ModeSetup> Describe(EmulatorStatus? emulator)
    {
        var apiBase = stripe.ApiBase();
        var target = (apiBase, emulator) switch
        {
            (null, _) => "Stripe",
            (_, not null) when options.Value.ApiBase?.StartsWith('/') == true => "Stripe emulator, in this process",
            (_, not null) => "Stripe emulator",
            _ => "A custom API base (not the emulator)",
        };
        return Enum.GetValues<BillingMode>().Select(mode =>
        {
            var account = options.Value.For(mode);
            return new ModeSetup(mode, stripe.IsConfigured(mode), target, apiBase, Prefix(account.SecretKey), Prefix(account.PublishableKey),
                !string.IsNullOrWhiteSpace(account.WebhookSecret));
        }).ToList();
    }

    /// <summary>A key too short to have a secret part beyond its prefix is only reported as set.</summary>
    private static string? Prefix(string? key) => key switch
    {
        null or "" => null,
        { Length: > KeyPrefixLength * 2 } => key[..KeyPrefixLength] + "…",
        _ => "set",
    };
}
