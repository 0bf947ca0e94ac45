namespace SpriteDX.StripeEmulator;

/// <summary>Settings of the Stripe emulator, bound from the configuration section <c>Stripe:Emulator</c>.</summary>
public sealed class StripeEmulatorOptions
{
    public const string SectionName = "Stripe:Emulator";

    public string TestSecretKey { get; set; } = StripeEmulatorDefaults.TestSecretKey;
    public string LiveSecretKey { get; set; } = StripeEmulatorDefaults.LiveSecretKey;
    public string TestWebhookSecret { get; set; } = StripeEmulatorDefaults.TestWebhookSecret;
    public string LiveWebhookSecret { get; set; } = StripeEmulatorDefaults.LiveWebhookSecret;

    /// <summary>Where events are POSTed. An absolute URL, or a path such as <c>/stripe/webhook</c> resolved
    /// against this process's own server address. Null: events are stored but not delivered.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Used when <see cref="WebhookUrl"/> is null; asked at every delivery attempt.</summary>
    public Func<string?>? WebhookUrlResolver { get; set; }

    /// <summary>SQLite file holding the emulator's state; null keeps everything in memory.</summary>
    public string? DatabasePath { get; set; }

    /// <summary>Delay before the first retry of a failed delivery; each further retry doubles it.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound of the doubling retry delay.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    public int MaxDeliveryAttempts { get; set; } = 8;

    /// <summary>How long one delivery attempt may take before it counts as failed.</summary>
    public TimeSpan DeliveryTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Base of the hosted checkout page URL put in <c>session.url</c>; null derives it from the
    /// request that created the session (scheme, host, path base and the emulator's path prefix).</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Business name shown on the hosted checkout page and receipts.</summary>
    public string BusinessName { get; set; } = "SpriteDX";

    internal string SecretKeyFor(bool livemode) => livemode ? LiveSecretKey : TestSecretKey;

    internal string WebhookSecretFor(bool livemode) => livemode ? LiveWebhookSecret : TestWebhookSecret;
}

/// <summary>Built-in credentials of the emulator. They only work against the emulator.</summary>
public static class StripeEmulatorDefaults
{
    public const string TestSecretKey = "sk_test_emulator_spritedx_local_only";
    public const string LiveSecretKey = "sk_live_emulator_spritedx_local_only";
    public const string TestPublishableKey = "pk_test_emulator_spritedx_local_only";
    public const string LivePublishableKey = "pk_live_emulator_spritedx_local_only";
    public const string TestWebhookSecret = "whsec_test_emulator_spritedx_local_only";
    public const string LiveWebhookSecret = "whsec_live_emulator_spritedx_local_only";

    /// <summary>Name of the <see cref="System.Net.Http.IHttpClientFactory"/> client that delivers webhooks;
    /// a test host can give it another primary handler (for example a TestServer's).</summary>
    public const string WebhookHttpClientName = "SpriteDX.StripeEmulator.Webhooks";

    /// <summary>Path prefix the Host mounts the emulator under.</summary>
    public const string InProcessPathPrefix = "/stripe-emulator";
}
