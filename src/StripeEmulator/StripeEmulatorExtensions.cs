using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SpriteDX.StripeEmulator.Api;
using SpriteDX.StripeEmulator.Checkout;
using SpriteDX.StripeEmulator.Data;
using SpriteDX.StripeEmulator.Pages;
using SpriteDX.StripeEmulator.SavedCards;
using SpriteDX.StripeEmulator.Webhooks;

namespace SpriteDX.StripeEmulator;

/// <summary>Hosts the Stripe emulator in an ASP.NET Core application, in-process or standalone.</summary>
public static class StripeEmulatorExtensions
{
    /// <summary>
    /// Registers the emulator. Options come, in order, from the built-in defaults, the app's own Stripe webhook
    /// secrets (<c>Stripe:Test:WebhookSecret</c>, <c>Stripe:Live:WebhookSecret</c>) where set, the
    /// <c>Stripe:Emulator</c> section, and finally <paramref name="configure"/>.
    /// </summary>
    public static IServiceCollection AddStripeEmulator(this IServiceCollection services, Action<StripeEmulatorOptions>? configure = null)
    {
        var options = services.AddOptions<StripeEmulatorOptions>()
            .Configure<IServiceProvider>((o, provider) =>
            {
                if (provider.GetService<IConfiguration>() is not { } configuration) return;
                // The emulator signs with the secrets the app verifies with, so the app needs no emulator-only setting.
                if (configuration["Stripe:Test:WebhookSecret"] is { Length: > 0 } test) o.TestWebhookSecret = test;
                if (configuration["Stripe:Live:WebhookSecret"] is { Length: > 0 } live) o.LiveWebhookSecret = live;
                configuration.GetSection(StripeEmulatorOptions.SectionName).Bind(o);
            });
        if (configure is not null) options.Configure(configure);
        options.Validate(o => o.TestSecretKey.StartsWith("sk_test_", StringComparison.Ordinal), "Stripe:Emulator:TestSecretKey must start with sk_test_.")
            .Validate(o => o.LiveSecretKey.StartsWith("sk_live_", StringComparison.Ordinal), "Stripe:Emulator:LiveSecretKey must start with sk_live_.")
            .Validate(o => o.TestWebhookSecret.Length > 0 && o.LiveWebhookSecret.Length > 0, "The Stripe emulator needs a webhook secret for each mode.")
            .Validate(o => o.MaxDeliveryAttempts >= 1, "Stripe:Emulator:MaxDeliveryAttempts must be at least 1.")
            .Validate(o => o.FirstRetryDelay >= TimeSpan.Zero && o.MaxRetryDelay >= o.FirstRetryDelay, "Stripe:Emulator retry delays must satisfy 0 <= FirstRetryDelay <= MaxRetryDelay.")
            .Validate(o => o.DeliveryTimeout > TimeSpan.Zero, "Stripe:Emulator:DeliveryTimeout must be positive.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(StripeEmulatorDefaults.WebhookHttpClientName);
        services.TryAddSingleton<EmulatorStore>();
        services.TryAddSingleton<ApiFaults>();
        services.TryAddSingleton<DeliverySignal>();
        services.TryAddSingleton<WebhookEndpoint>();
        services.TryAddSingleton<EventRecorder>();
        services.TryAddSingleton<WebhookDeliveries>();
        services.TryAddSingleton<CheckoutSessions>();
        services.TryAddSingleton<CheckoutPayments>();
        services.TryAddSingleton<CustomerCards>();
        services.TryAddSingleton<OffSessionPayments>();
        services.TryAddSingleton<ChargeAdjustments>();
        services.TryAddSingleton<ApiRequestLog>();
        services.TryAddSingleton<StripeApiPipeline>();
        services.AddHostedService<WebhookDispatcher>();
        return services;
    }

    /// <summary>
    /// Maps the emulator under <paramref name="pathPrefix"/> ("/stripe-emulator" in-process, "" standalone):
    /// the Stripe API at <c>{prefix}/v1/…</c>, the hosted checkout page at <c>{prefix}/pay/{id}</c>, receipts at
    /// <c>{prefix}/receipts/{id}</c>, the control API and page at <c>{prefix}/_emulator</c>.
    /// </summary>
    public static IEndpointConventionBuilder MapStripeEmulator(this IEndpointRouteBuilder app, string pathPrefix = "")
    {
        ArgumentNullException.ThrowIfNull(app);
        var prefix = pathPrefix.TrimEnd('/');
        if (prefix.Length > 0 && !prefix.StartsWith('/')) prefix = "/" + prefix;

        // Fails at mapping time, not at the first request, when AddStripeEmulator was forgotten.
        _ = app.ServiceProvider.GetRequiredService<IOptions<StripeEmulatorOptions>>().Value;

        var group = app.MapGroup(prefix);
        // Stripe's callers carry a secret key or nothing: no cookie auth, no antiforgery, whatever the host's defaults.
        group.AllowAnonymous().DisableAntiforgery().WithGroupName("stripe-emulator").ExcludeFromDescription();
        StripeRestEndpoints.Map(group, prefix);
        ControlEndpoints.Map(group);
        HostedCheckoutPage.Map(group);
        ReceiptPage.Map(group);
        DashboardPage.Map(group, prefix);
        return group;
    }
}
