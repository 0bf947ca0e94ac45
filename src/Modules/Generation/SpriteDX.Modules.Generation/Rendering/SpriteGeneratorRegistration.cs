using Microsoft.Extensions.DependencyInjection;

namespace SpriteDX.Modules.Generation.Rendering;

internal static class SpriteGeneratorRegistration
{
    /// <summary>Generators that `Generation:Generator` can name; a model-backed one is added here.</summary>
    private static readonly Dictionary<string, Action<IServiceCollection>> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Procedural"] = services => services.AddSingleton<ISpriteGenerator, ProceduralSpriteGenerator>(),
    };

    public static IServiceCollection AddSpriteGenerator(this IServiceCollection services, string name)
    {
        if (!Known.TryGetValue(name, out var register))
            throw new InvalidOperationException($"Generation:Generator '{name}' is unknown; known generators: {string.Join(", ", Known.Keys)}.");
        register(services);
        return services;
    }
}
