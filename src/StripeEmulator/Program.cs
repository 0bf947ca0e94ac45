// Standalone: dotnet run --project src/StripeEmulator -- --urls http://127.0.0.1:12111
// Settings as configuration keys, e.g. --Stripe:Emulator:WebhookUrl=http://127.0.0.1:5000/stripe/webhook
// or Stripe__Emulator__DatabasePath=stripe-emulator.db. A class in a namespace, not top-level statements:
// the Host references this project, and a second global Program type would clash with the Host's.
namespace SpriteDX.StripeEmulator;

internal static class Program
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls("http://127.0.0.1:12111");
        builder.Services.AddStripeEmulator();
        var app = builder.Build();
        app.MapStripeEmulator();
        app.Lifetime.ApplicationStarted.Register(() => PrintBanner(app));
        await app.RunAsync();
    }

    private static void PrintBanner(WebApplication app)
    {
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<StripeEmulatorOptions>>().Value;
        var url = app.Urls.FirstOrDefault() ?? "http://127.0.0.1:12111";
        Console.WriteLine($"""

            Stripe emulator (a local test stand-in for Stripe; no real payments)
              API base:          {url}
              Dashboard:         {url}/_emulator
              Test secret key:   {options.TestSecretKey}
              Live secret key:   {options.LiveSecretKey}
              Webhook secrets:   {options.TestWebhookSecret} (test), {options.LiveWebhookSecret} (live)
              Webhook endpoint:  {options.WebhookUrl ?? "none (set Stripe:Emulator:WebhookUrl)"}
              State:             {options.DatabasePath ?? "in memory (set Stripe:Emulator:DatabasePath to keep it)"}

            """);
    }
}
