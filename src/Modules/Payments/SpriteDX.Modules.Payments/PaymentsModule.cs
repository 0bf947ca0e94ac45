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
using SpriteDX.Modules.Payments.Features.Fulfilment;
using SpriteDX.Modules.Payments.Features.Integrity;
using SpriteDX.Modules.Payments.Features.Webhooks;
using SpriteDX.Modules.Payments.Stripe;

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

        services.AddSingleton<StripeClients>();
        services.AddSingleton<CreditPackCatalog>();
        services.AddSingleton<BillingAvailability>();
        services.AddSingleton<WebhookVerifier>();
        services.AddScoped<CheckoutStarter>();
        services.AddScoped<PurchaseFulfilment>();
        services.AddScoped<PurchaseAdjustments>();
        services.AddScoped<StripeEventProcessor>();
        services.AddScoped<WebhookReconciliation>();
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
