using Microsoft.Extensions.Configuration;
using SpriteDX.BuildingBlocks.Modules;
using SpriteDX.Modules.Payments.Domain;

namespace SpriteDX.Modules.Payments.Stripe;

/// <summary>The `Stripe` configuration section (CONTRACT.md): one Stripe account per billing mode.</summary>
internal sealed class StripeOptions
{
    public const string Section = "Stripe";

    /// <summary>
    /// Stripe's own API when empty. An absolute URL points Stripe.net elsewhere; a path such as
    /// `/stripe-emulator` is resolved against this process's own address, for an emulator hosted in-process.
    /// </summary>
    public string? ApiBase { get; set; }

    public StripeAccountOptions Live { get; set; } = new();

    public StripeAccountOptions Test { get; set; } = new();

    public StripeAccountOptions For(BillingMode mode) => mode == BillingMode.Live ? Live : Test;

    /// <summary>A key of the wrong mode or without its webhook secret fails before start-up, not in the middle of a payment.</summary>
    public static IEnumerable<string?> Problems(IConfiguration configuration) =>
        [.. ModeProblems(configuration, "Live"), .. ModeProblems(configuration, "Test"), ConfigurationChecks.HttpUrl(configuration, $"{Section}:ApiBase")];

    private static IEnumerable<string> ModeProblems(IConfiguration configuration, string mode)
    {
        var prefix = mode.ToLowerInvariant();
        var other = mode == "Live" ? "test" : "live";
        var secret = configuration[$"{Section}:{mode}:SecretKey"];
        var publishable = configuration[$"{Section}:{mode}:PublishableKey"];
        var webhook = configuration[$"{Section}:{mode}:WebhookSecret"];

        if (!string.IsNullOrEmpty(secret))
        {
            if (secret.StartsWith($"sk_{other}_", StringComparison.Ordinal) || secret.StartsWith($"rk_{other}_", StringComparison.Ordinal))
                yield return $"Stripe:{mode}:SecretKey is a {other}-mode key (sk_{other}_…); the {mode} account needs sk_{prefix}_….";
            else if (!secret.StartsWith($"sk_{prefix}_", StringComparison.Ordinal) && !secret.StartsWith($"rk_{prefix}_", StringComparison.Ordinal))
                yield return $"Stripe:{mode}:SecretKey must start with sk_{prefix}_.";
            if (string.IsNullOrEmpty(webhook))
                yield return $"Stripe:{mode}:WebhookSecret is required when Stripe:{mode}:SecretKey is set (webhooks could not be verified).";
        }

        if (!string.IsNullOrEmpty(publishable) && !publishable.StartsWith($"pk_{prefix}_", StringComparison.Ordinal))
            yield return $"Stripe:{mode}:PublishableKey must start with pk_{prefix}_.";
        if (!string.IsNullOrEmpty(webhook) && !webhook.StartsWith("whsec_", StringComparison.Ordinal))
            yield return $"Stripe:{mode}:WebhookSecret must start with whsec_.";
    }
}

internal sealed class StripeAccountOptions
{
    public string? SecretKey { get; set; }

    public string? PublishableKey { get; set; }

    public string? WebhookSecret { get; set; }
}
