namespace SpriteDX.Modules.Generation.Rendering.Designs.Effects;

/// <summary>The effects the generator draws.</summary>
internal static class EffectDesigns
{
    public static IReadOnlyDictionary<string, Design> Subjects { get; } = new Dictionary<string, Design>
    {
    };
}
