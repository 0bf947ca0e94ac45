using Microsoft.Extensions.Configuration;
using SpriteDX.Host.Composition;

namespace SpriteDX.UnitTests.Host;

public sealed class ConfigurationValidationTests
{
    [Test]
    public void The_defaults_are_valid() => Problems().Should().BeEmpty();

    [Test]
    public void Real_keys_with_their_webhook_secrets_are_valid() =>
        Problems(
            ("Stripe:Live:SecretKey", "sk_live_abc"), ("Stripe:Live:WebhookSecret", "whsec_1"), ("Stripe:Live:PublishableKey", "pk_live_abc"),
            ("Stripe:Test:SecretKey", "sk_test_abc"), ("Stripe:Test:WebhookSecret", "whsec_2"), ("Stripe:Test:PublishableKey", "pk_test_abc"))
            .Should().BeEmpty();

    [TestCase("Stripe:Live:SecretKey", "sk_test_abc", "Stripe:Live:SecretKey is a test-mode key")]
    [TestCase("Stripe:Test:SecretKey", "sk_live_abc", "Stripe:Test:SecretKey is a live-mode key")]
    [TestCase("Stripe:Live:SecretKey", "pk_live_abc", "Stripe:Live:SecretKey must start with sk_live_")]
    [TestCase("Stripe:Test:PublishableKey", "pk_live_abc", "Stripe:Test:PublishableKey must start with pk_test_")]
    [TestCase("Stripe:Live:WebhookSecret", "secret", "Stripe:Live:WebhookSecret must start with whsec_")]
    [TestCase("Stripe:ApiBase", "not a url", "Stripe:ApiBase must be an absolute http(s) URL")]
    [TestCase("Database:Provider", "Oracle", "Database:Provider must be 'Sqlite' or 'Postgres'")]
    [TestCase("Database:Provider", "Postgres", "ConnectionStrings:Postgres is required")]
    [TestCase("Billing:Enabled", "yes", "Billing:Enabled must be true or false")]
    [TestCase("Credits:SignupBonus", "-5", "Credits:SignupBonus must be a whole number of at least 0")]
    [TestCase("Generation:CostCredits", "0", "Generation:CostCredits must be a whole number of at least 1")]
    [TestCase("Admin:BootstrapEmails", "boss@spritedx.test, nobody", "Admin:BootstrapEmails has 'nobody'")]
    [TestCase("Generation:ImageStore", "S3", "Generation:ImageStore must be 'Files' or 'Database' (got 'S3')")]
    [TestCase("Metrics:Prometheus", "on", "Metrics:Prometheus must be true or false")]
    [TestCase("Metrics:AllowedNetworks", "10.0.0.0/8, intranet", "Metrics:AllowedNetworks must list networks like 10.0.0.0/8 or ::1/128 (got 'intranet')")]
    [TestCase("Admin:RequireTwoFactor", "sometimes", "Admin:RequireTwoFactor must be true or false (got 'sometimes').")]
    public void A_bad_key_is_named_in_one_clear_message(string key, string value, string message)
    {
        var extra = key.EndsWith("SecretKey", StringComparison.Ordinal) ? new[] { (key.Replace("SecretKey", "WebhookSecret"), (string?)"whsec_x") } : [];

        Problems([(key, value), .. extra]).Should().ContainSingle().Which.Should().StartWith(message);
    }

    [Test]
    public void A_secret_key_without_its_webhook_secret_is_refused() =>
        Problems(("Stripe:Test:SecretKey", "sk_test_abc")).Should().ContainSingle()
            .Which.Should().Be("Stripe:Test:WebhookSecret is required when Stripe:Test:SecretKey is set (webhooks could not be verified).");

    [Test]
    public void The_image_model_generator_with_its_key_is_valid() =>
        Problems(("Generation:Generator", "OpenAiImages"), ("Generation:OpenAi:ApiKey", "sk-proj-abc"), ("Generation:OpenAi:BaseUrl", "http://127.0.0.1:8080"))
            .Should().BeEmpty();

    [TestCase(null, null, null, "Generation:OpenAi:ApiKey is required when Generation:Generator is 'OpenAiImages'.")]
    [TestCase("sk-proj-abc", "api.openai.com", null, "Generation:OpenAi:BaseUrl must be an absolute http(s) URL (got 'api.openai.com').")]
    [TestCase("sk-proj-abc", "ftp://images.example", null, "Generation:OpenAi:BaseUrl must be an absolute http(s) URL")]
    [TestCase("sk-proj-abc", null, "soon", "Generation:OpenAi:Timeout must be a positive time span")]
    public void The_image_model_generator_needs_its_key_and_a_web_address(string? apiKey, string? baseUrl, string? timeout, string message) =>
        Problems(("Generation:Generator", "openaiimages"), ("Generation:OpenAi:ApiKey", apiKey), ("Generation:OpenAi:BaseUrl", baseUrl), ("Generation:OpenAi:Timeout", timeout))
            .Should().ContainSingle().Which.Should().StartWith(message);

    [Test]
    public void Allowed_networks_may_be_a_list_of_addresses_and_networks_of_both_families() =>
        Problems(("Metrics:Prometheus", "true"), ("Metrics:AllowedNetworks:0", "10.1.0.0/16"), ("Metrics:AllowedNetworks:1", "fd00::/8")).Should().BeEmpty();

    private static IReadOnlyList<string> Problems(params (string Key, string? Value)[] settings) =>
        ConfigurationValidation.Problems(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build());
}
