namespace SpriteDX.Modules.Generation.Rendering.Designs.Plants;

/// <summary>The plants and terrain the generator draws.</summary>
internal static class PlantDesigns
{
    public static IReadOnlyDictionary<string, Design> Subjects { get; } = new Dictionary<string, Design>
    {
    };
}
