using SpriteDX.Modules.Payments.Contracts;
using SpriteDX.StripeEmulator;

namespace SpriteDX.Host.Composition;

/// <summary>
/// The embedded default: with no Stripe secret key configured (or `Stripe:Emulator:Enabled=true`), the Stripe
/// emulator runs inside this process at /stripe-emulator and both billing modes point at it, so a fresh
/// machine can buy credits end to end. Payments never knows: it only reads the `Stripe` keys set here.
/// </summary>
internal static class StripeComposition
{
    /// <summary>The Host's own key under `Stripe`: whether it hosts the emulator (Payments never reads it).</summary>
    public const string EmulatorEnabledKey = "Stripe:Emulator:Enabled";

    public static void AddStripeEmulatorWhenNoKeys(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var noKeys = string.IsNullOrEmpty(configuration["Stripe:Live:SecretKey"]) && string.IsNullOrEmpty(configuration["Stripe:Test:SecretKey"]);
        if (!configuration.GetValue(EmulatorEnabledKey, noKeys))
            return;

        // The emulator's built-in keys for both modes; configured webhook secrets are kept, and the emulator signs with them.
        configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Stripe:ApiBase"] = StripeEmulatorDefaults.InProcessPathPrefix,
            ["Stripe:Live:SecretKey"] = StripeEmulatorDefaults.LiveSecretKey,
            ["Stripe:Live:PublishableKey"] = StripeEmulatorDefaults.LivePublishableKey,
            ["Stripe:Live:WebhookSecret"] = configuration["Stripe:Live:WebhookSecret"] ?? StripeEmulatorDefaults.LiveWebhookSecret,
            ["Stripe:Test:SecretKey"] = StripeEmulatorDefaults.TestSecretKey,
            ["Stripe:Test:PublishableKey"] = StripeEmulatorDefaults.TestPublishableKey,
            ["Stripe:Test:WebhookSecret"] = configuration["Stripe:Test:WebhookSecret"] ?? StripeEmulatorDefaults.TestWebhookSecret,
        });

        var dataDirectory = PlatformComposition.DataDirectory(configuration, builder.Environment);
        builder.Services.AddStripeEmulator(emulator =>
        {
            emulator.WebhookUrl ??= PaymentsLinks.StripeWebhook;
            // Beside the app's own data, so an open checkout survives a restart of the app.
            emulator.DatabasePath ??= Path.Combine(dataDirectory, "stripe-emulator.db");
        });
        builder.Services.AddSingleton<EmulatorHostedInProcess>();
    }

    public static void MapStripeEmulatorWhenHosted(this WebApplication app)
    {
        if (app.Services.GetService<EmulatorHostedInProcess>() is null)
            return;
        app.MapStripeEmulator(StripeEmulatorDefaults.InProcessPathPrefix);
        app.Logger.LogWarning(
            "No Stripe keys are configured: the Stripe emulator answers at {Path} and no real payment is possible. Set Stripe__Live__SecretKey and Stripe__Test__SecretKey (or Stripe__Emulator__Enabled=false) for real billing.",
            StripeEmulatorDefaults.InProcessPathPrefix);
    }

    /// <summary>Marks that the emulator was registered, so the mapping step knows to mount it.</summary>
    private sealed class EmulatorHostedInProcess;
}
