using System.Globalization;
using System.Net.Mail;

namespace SpriteDX.Host.Composition;

/// <summary>
/// Checks every key of CONTRACT.md's configuration table before anything starts, so a typo stops
/// start-up with one message naming the key instead of failing later in the middle of a payment.
/// </summary>
internal static class ConfigurationValidation
{
    public static IReadOnlyList<string> Problems(IConfiguration configuration)
    {
        var problems = new List<string>();

        var provider = configuration["Database:Provider"];
        if (!string.IsNullOrEmpty(provider) && !provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase) && !provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
            problems.Add($"Database:Provider must be 'Sqlite' or 'Postgres' (got '{provider}').");
        if ("Postgres".Equals(provider, StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(configuration.GetConnectionString("Postgres")))
            problems.Add("ConnectionStrings:Postgres is required when Database:Provider is 'Postgres'.");

        CheckStripeMode(configuration, "Live", problems);
        CheckStripeMode(configuration, "Test", problems);
        var apiBase = configuration["Stripe:ApiBase"];
        if (!string.IsNullOrEmpty(apiBase) && !(Uri.TryCreate(apiBase, UriKind.Absolute, out var api) && api.Scheme is "http" or "https"))
            problems.Add($"Stripe:ApiBase must be an absolute http(s) URL (got '{apiBase}').");

        CheckBool(configuration, "Stripe:Emulator:Enabled", problems);
        CheckBool(configuration, "Billing:Enabled", problems);
        CheckInt(configuration, "Credits:SignupBonus", min: 0, problems);
        CheckInt(configuration, "Generation:CostCredits", min: 1, problems);
        CheckOpenAiImages(configuration, problems);

        foreach (var email in (configuration["Admin:BootstrapEmails"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!MailAddress.TryCreate(email, out _))
                problems.Add($"Admin:BootstrapEmails has '{email}', which is not an email address.");
        }

        return problems;
    }

    private static void CheckStripeMode(IConfiguration configuration, string mode, List<string> problems)
    {
        var prefix = mode.ToLowerInvariant();
        var other = mode == "Live" ? "test" : "live";
        var secret = configuration[$"Stripe:{mode}:SecretKey"];
        var publishable = configuration[$"Stripe:{mode}:PublishableKey"];
        var webhook = configuration[$"Stripe:{mode}:WebhookSecret"];

        if (!string.IsNullOrEmpty(secret))
        {
            if (secret.StartsWith($"sk_{other}_", StringComparison.Ordinal) || secret.StartsWith($"rk_{other}_", StringComparison.Ordinal))
                problems.Add($"Stripe:{mode}:SecretKey is a {other}-mode key (sk_{other}_…); the {mode} account needs sk_{prefix}_….");
            else if (!secret.StartsWith($"sk_{prefix}_", StringComparison.Ordinal) && !secret.StartsWith($"rk_{prefix}_", StringComparison.Ordinal))
                problems.Add($"Stripe:{mode}:SecretKey must start with sk_{prefix}_.");
            if (string.IsNullOrEmpty(webhook))
                problems.Add($"Stripe:{mode}:WebhookSecret is required when Stripe:{mode}:SecretKey is set (webhooks could not be verified).");
        }

        if (!string.IsNullOrEmpty(publishable) && !publishable.StartsWith($"pk_{prefix}_", StringComparison.Ordinal))
            problems.Add($"Stripe:{mode}:PublishableKey must start with pk_{prefix}_.");
        if (!string.IsNullOrEmpty(webhook) && !webhook.StartsWith("whsec_", StringComparison.Ordinal))
            problems.Add($"Stripe:{mode}:WebhookSecret must start with whsec_.");
    }

    private static void CheckOpenAiImages(IConfiguration configuration, List<string> problems)
    {
        if (!"OpenAiImages".Equals(configuration["Generation:Generator"], StringComparison.OrdinalIgnoreCase))
            return;
        if (string.IsNullOrWhiteSpace(configuration["Generation:OpenAi:ApiKey"]))
            problems.Add("Generation:OpenAi:ApiKey is required when Generation:Generator is 'OpenAiImages'.");
        var baseUrl = configuration["Generation:OpenAi:BaseUrl"];
        if (!string.IsNullOrEmpty(baseUrl) && !(Uri.TryCreate(baseUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"))
            problems.Add($"Generation:OpenAi:BaseUrl must be an absolute http(s) URL (got '{baseUrl}').");
        var timeout = configuration["Generation:OpenAi:Timeout"];
        if (!string.IsNullOrEmpty(timeout) && !(TimeSpan.TryParse(timeout, CultureInfo.InvariantCulture, out var span) && span > TimeSpan.Zero))
            problems.Add($"Generation:OpenAi:Timeout must be a positive time span such as 00:01:00 (got '{timeout}').");
    }

    private static void CheckBool(IConfiguration configuration, string key, List<string> problems)
    {
        var value = configuration[key];
        if (!string.IsNullOrEmpty(value) && !bool.TryParse(value, out _))
            problems.Add($"{key} must be true or false (got '{value}').");
    }

    private static void CheckInt(IConfiguration configuration, string key, int min, List<string> problems)
    {
        var value = configuration[key];
        if (!string.IsNullOrEmpty(value) && !(int.TryParse(value, out var number) && number >= min))
            problems.Add($"{key} must be a whole number of at least {min} (got '{value}').");
    }
}

internal static class ConfigurationValidationExtensions
{
    public static bool HasValidConfiguration(this WebApplicationBuilder builder)
    {
        var problems = ConfigurationValidation.Problems(builder.Configuration);
        if (problems.Count == 0)
            return true;
        Console.Error.WriteLine("SpriteDX cannot start, its configuration is invalid:");
        foreach (var problem in problems)
            Console.Error.WriteLine("  - " + problem);
        return false;
    }
}
