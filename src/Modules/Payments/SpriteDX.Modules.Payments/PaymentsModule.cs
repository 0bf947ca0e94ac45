using Hangfire;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SpriteDX.BuildingBlocks.Data;
using SpriteDX.BuildingBlocks.Events;
using SpriteDX.BuildingBlocks.Modules;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Payments.Components;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;
using SpriteDX.Modules.Payments.Features.Adjustments;
using SpriteDX.Modules.Payments.Features.Checkout;
using SpriteDX.Modules.Payments.Features.Debug;
using SpriteDX.Modules.Payments.Features.Fulfilment;
using SpriteDX.Modules.Payments.Features.Integrity;
using SpriteDX.Modules.Payments.Features.Webhooks;
using SpriteDX.Modules.Payments.Stripe;
using Stripe;

namespace SpriteDX.Modules.Payments;

/// <summary>Credit packs sold through Stripe Checkout, and the webhooks that confirm them.</summary>
public sealed class PaymentsModule : IModule
{
    public string Name => PaymentsDbContext.SchemaName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PaymentsOptions>().Bind(configuration.GetSection(PaymentsOptions.Section))
            .PostConfigure(o =>
            {
                if (o.Packs.Count == 0)
                    o.Packs.AddRange(PaymentsOptions.DefaultPacks);
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<PaymentsOptions>, PaymentsOptionsValidation>();
        services.AddOptions<StripeOptions>().Bind(configuration.GetSection(StripeOptions.Section));
        services.AddOptions<BillingOptions>().Bind(configuration.GetSection(BillingOptions.Section));

        services.AddModuleDbContext<PaymentsDbContext>(Name);
        services.AddScoped<IIntegrityCheck, FulfilmentIntegrityCheck>();
        services.AddNotificationHandlersFrom(typeof(PaymentsModule).Assembly);

        services.AddSingleton<OwnServerAddress>();
        services.AddSingleton<StripeClients>();
        services.AddHttpClient(StripeClients.HttpClientName, client => client.Timeout = SystemNetHttpClient.DefaultHttpTimeout);
        services.AddSingleton<CreditPackCatalog>();
        services.AddSingleton<BillingAvailability>();
        services.AddSingleton<WebhookVerifier>();
        services.AddSingleton<WebhookInbox>();
        services.AddScoped<CheckoutStarter>();
        services.AddScoped<PurchaseFulfilment>();
        services.AddScoped<PurchaseAdjustments>();
        services.AddScoped<StripeEventProcessor>();
        services.AddScoped<WebhookReconciliation>();
        services.AddScoped<WebhookEventLog>();
        services.AddScoped<WebhookReplay>();

        // The purchase debug page: emulator control, signed sample events to the app's own webhook.
        services.AddPurchaseDebugPolicy();
        services.AddSingleton<EmulatorControl>();
        services.AddSingleton<StripeSetup>();
        services.AddHttpClient(EmulatorControl.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<SampleWebhooks>();
        services.AddHttpClient(SampleWebhooks.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<IUserMenuContributor, BuyCreditsMenu>();
        services.AddPerClientRateLimit(StripeWebhookEndpoint.RateLimitPolicy,
            configuration.GetValue($"{PaymentsOptions.Section}:WebhooksPerMinute", PaymentsOptions.DefaultWebhooksPerMinute));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapStripeWebhook();

    public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.MigrateModuleAsync<PaymentsDbContext>(cancellationToken);
        var options = services.GetRequiredService<IOptions<PaymentsOptions>>().Value;
        services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<WebhookReconciliation>(
            WebhookReconciliation.SweepJobId, job => job.SweepAsync(CancellationToken.None), options.WebhookSweepCron);
        // Jobs queued before a restart are gone with in-memory storage; the inbox still has their events.
        services.GetRequiredService<IBackgroundJobClient>().Enqueue<WebhookReconciliation>(job => job.SweepAsync(CancellationToken.None));
    }
}
