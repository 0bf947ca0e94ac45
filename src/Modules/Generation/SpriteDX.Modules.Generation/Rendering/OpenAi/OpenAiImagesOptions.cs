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
}
