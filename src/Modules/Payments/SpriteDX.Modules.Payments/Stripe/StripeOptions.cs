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
}

internal sealed class StripeAccountOptions
{
    public string? SecretKey { get; set; }

    public string? PublishableKey { get; set; }

    public string? WebhookSecret { get; set; }
}
