using Microsoft.Extensions.Options;
using SpriteDX.Modules.Payments.Domain;
using Stripe;

namespace SpriteDX.Modules.Payments.Stripe;

/// <summary>
/// One Stripe.net client per billing mode, each with its own key, so a Test Billing Account can never
/// reach the live account; the global StripeConfiguration.ApiKey is never set. Requests go through the
/// named HttpClient <see cref="HttpClientName"/>, so connections are pooled and recycled by the factory.
/// </summary>
internal sealed class StripeClients(IOptions<StripeOptions> options, OwnServerAddress own, IHttpClientFactory http)
{
    public const string HttpClientName = "SpriteDX.Payments.Stripe";

    public bool IsConfigured(BillingMode mode) => !string.IsNullOrWhiteSpace(options.Value.For(mode).SecretKey);

    /// <summary>The client of that mode; callers check <see cref="IsConfigured"/> first where a person can meet the gap.</summary>
    public StripeClient For(BillingMode mode) => IsConfigured(mode)
        ? new StripeClient(options.Value.For(mode).SecretKey!, apiBase: ApiBase(), httpClient: new SystemNetHttpClient(
            http.CreateClient(HttpClientName), StripeConfiguration.MaxNetworkRetries, enableTelemetry: StripeConfiguration.EnableTelemetry))
        : throw new InvalidOperationException($"Stripe:{mode}:SecretKey is not configured.");

    /// <summary>
    /// Where Stripe.net sends requests: null for Stripe's own API. Resolved at each use, because an in-process
    /// emulator lives at an address known only once the server listens.
    /// </summary>
    public string? ApiBase()
    {
        var configured = options.Value.ApiBase;
        if (string.IsNullOrWhiteSpace(configured))
            return null;
        return configured.StartsWith('/') ? own.Base() + configured.TrimEnd('/') : configured.TrimEnd('/');
    }
}
