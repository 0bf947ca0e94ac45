using System.Globalization;
using Microsoft.Extensions.Configuration;
using SpriteDX.BuildingBlocks.Modules;

namespace SpriteDX.Modules.Generation.Rendering.OpenAi;

/// <summary>The `Generation:OpenAi` configuration section, read when `Generation:Generator` is `OpenAiImages`.</summary>
internal sealed class OpenAiImagesOptions
{
    public const string Section = "OpenAi";

    /// <summary>Sent as the bearer token; never logged or shown.</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>Any server that speaks the OpenAI Images API (OpenAI itself, a proxy, a local fake in tests).</summary>
    public Uri BaseUrl { get; set; } = new("https://api.openai.com");

    public string Model { get; set; } = "gpt-image-1";

    /// <summary>How long one answer may take; the render job's own time limit still applies on top.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The image model needs its key and a web address; checked before start-up, not at the first sprite.</summary>
    public static IEnumerable<string?> Problems(IConfiguration configuration)
    {
        if (!"OpenAiImages".Equals(configuration["Generation:Generator"], StringComparison.OrdinalIgnoreCase))
            yield break;
        if (string.IsNullOrWhiteSpace(configuration["Generation:OpenAi:ApiKey"]))
            yield return "Generation:OpenAi:ApiKey is required when Generation:Generator is 'OpenAiImages'.";
        yield return ConfigurationChecks.HttpUrl(configuration, "Generation:OpenAi:BaseUrl");
        var timeout = configuration["Generation:OpenAi:Timeout"];
        if (!string.IsNullOrEmpty(timeout) && !(TimeSpan.TryParse(timeout, CultureInfo.InvariantCulture, out var span) && span > TimeSpan.Zero))
            yield return $"Generation:OpenAi:Timeout must be a positive time span such as 00:01:00 (got '{timeout}').";
    }
}
