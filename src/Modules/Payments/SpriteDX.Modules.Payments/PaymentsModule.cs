using Hangfire;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SpriteDX.BuildingBlocks.Data;
using SpriteDX.BuildingBlocks.Events;
using SpriteDX.BuildingBlocks.Mail;
using SpriteDX.BuildingBlocks.Modules;
using SpriteDX.BuildingBlocks.PersonalData;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Payments.Components;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;
using SpriteDX.Modules.Payments.Features.Adjustments;
using SpriteDX.Modules.Payments.Features.Refunds;
using SpriteDX.Modules.Payments.Features.SavedCards;
using SpriteDX.Modules.Payments.Features.TopUps;
using SpriteDX.Modules.Payments.Features.Checkout;
using SpriteDX.Modules.Payments.Features.Customers;
using SpriteDX.Modules.Payments.Features.Debug;
using SpriteDX.Modules.Payments.Features.Fulfilment;
using SpriteDX.Modules.Payments.Features.Integrity;
using SpriteDX.Modules.Payments.Features.Notices;
using SpriteDX.Modules.Payments.Features.PersonalData;
using SpriteDX.Modules.Payments.Features.Webhooks.Admin;
using SpriteDX.Modules.Payments.Features.Webhooks.Receive;
using SpriteDX.Modules.Payments.Features.Webhooks.Reconcile;
using SpriteDX.Modules.Payments.Stripe;
using Stripe;

namespace SpriteDX.Modules.Payments;

/// <summary>Credit packs sold through Stripe Checkout, and the webhooks that confirm them.</summary>
public sealed class PaymentsModule : IModule
{
    /// <summary>Names the module's SQLite file and PostgreSQL schema, so the migrations hold it: never change it.</summary>
    public const string ModuleName = "payments";

    public string Name => ModuleName;

    public IReadOnlyList<string> ConfigurationSections { get; } = [PaymentsOptions.Section, StripeOptions.Section, BillingOptions.Section];

    public IEnumerable<string> ConfigurationProblems(IConfiguration configuration) =>
        StripeOptions.Problems(configuration)
            .Append(ConfigurationChecks.TrueOrFalse(configuration, $"{BillingOptions.Section}:Enabled"))
            .Append(ConfigurationChecks.WholeNumber(configuration, $"{PaymentsOptions.Section}:SelfServeRefundDays", min: 0))
            .OfType<string>();

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
        services.AddScoped<StripeCustomers>();
        services.AddScoped<CustomerCards>();
        services.AddScoped<AutoTopUpSettings>();
        services.AddScoped<TopUpStarter>();
        services.AddScoped<TopUpCharge>();
        services.AddScoped<TopUpNotices>();
        services.AddScoped<CheckoutStarter>();
        services.AddScoped<PurchaseFulfilment>();
        services.AddSingleton<Features.Metrics.PaymentsMetrics>();
        services.AddScoped<PurchaseAdjustments>();
        services.AddScoped<SelfServeRefunds>();
        services.AddPersonalDataSource<PaymentsPersonalData>();

        // Receipts and refund and dispute notices, queued in Payments' own database (ADR 9).
        services.AddMailQueue<PaymentsDbContext>();
        services.AddScoped<PurchaseNotices>();

        // Webhooks: received (verified, stored, acknowledged), reconciled in the background, shown to admins.
        services.AddSingleton<WebhookVerifier>();
        services.AddSingleton<WebhookReceiptWriter>();
        services.AddSingleton<WebhookReconciliationQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookReconciliationQueue>());
        services.AddScoped<StripeEventProcessor>();
        services.AddScoped<WebhookReconciliation>();
        services.AddScoped<WebhookEventLog>();
        services.AddScoped<WebhookReplay>();

        // The purchase debug page: emulator control, signed sample events to the app's own webhook.
        services.AddSingleton<EmulatorControl>();
        services.AddSingleton<StripeSetup>();
        services.AddScoped<PurchaseDebugOverview>();
        services.AddHttpClient(EmulatorControl.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<StripeObjectLookup>();
        services.AddSingleton<SampleWebhooks>();
        services.AddHttpClient(SampleWebhooks.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<IUserMenuContributor, BuyCreditsMenu>();
        services.AddSingleton(new AdminNavigation(
            new NavigationLink("Webhooks", "/admin/webhooks", 30),
            new NavigationLink("Purchase debug", "/debug/purchase", 60)));
        services.AddPageSection<AutoTopUpViewComponent>(PageSlots.Billing, order: 4);
        services.AddPageSection<SavedCardViewComponent>(PageSlots.Billing, order: 5);
        services.AddPageSection<PurchaseHistoryViewComponent>(PageSlots.Billing, order: 10);
        services.AddPageSection<AccountBillingAdminViewComponent>(PageSlots.AdminAccount, order: 20);
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
        // Top-ups whose charge job a restart lost, at the webhook sweep's pace.
        services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<TopUpCharge>(
            TopUpCharge.SweepJobId, job => job.SweepAsync(CancellationToken.None), options.WebhookSweepCron);
        // Jobs queued before a restart are gone with in-memory storage; the inbox still has their events.
        services.GetRequiredService<IBackgroundJobClient>().Enqueue<WebhookReconciliation>(job => job.SweepAsync(CancellationToken.None));
    }
}
