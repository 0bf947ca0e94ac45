using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using SpriteDX.Modules.Generation.Rendering.OpenAi;

namespace SpriteDX.Modules.Generation.Rendering;

internal static class SpriteGeneratorRegistration
{
    /// <summary>Generators that `Generation:Generator` can name, each given the `Generation` section for its own settings.</summary>
    private static readonly Dictionary<string, Action<IServiceCollection, IConfigurationSection>> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Procedural"] = (services, _) => services.AddSingleton<ISpriteGenerator, ProceduralSpriteGenerator>(),
        ["OpenAiImages"] = AddOpenAiImages,
    };

    public static IServiceCollection AddSpriteGenerator(this IServiceCollection services, string name, IConfigurationSection generation)
    {
        if (!Known.TryGetValue(name, out var register))
            throw new InvalidOperationException($"Generation:Generator '{name}' is unknown; known generators: {string.Join(", ", Known.Keys)}.");
        register(services, generation);
        return services;
    }

    private static void AddOpenAiImages(IServiceCollection services, IConfigurationSection generation)
    {
        services.AddOptions<OpenAiImagesOptions>().Bind(generation.GetSection(OpenAiImagesOptions.Section));
        services.AddHttpClient<ISpriteGenerator, OpenAiImagesGenerator>(client =>
            {
                // The generator times each answer itself, so its own message can say the model was too slow.
                client.Timeout = Timeout.InfiniteTimeSpan;
                // A 1024×1024 PNG in base64 is a few MB; anything far larger is not an answer worth reading.
                client.MaxResponseContentBufferSize = 64L * 1024 * 1024;
            })
            .RedactLoggedHeaders([HeaderNames.Authorization]);
    }
}
