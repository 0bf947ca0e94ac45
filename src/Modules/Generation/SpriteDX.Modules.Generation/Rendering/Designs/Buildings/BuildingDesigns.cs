namespace SpriteDX.Modules.Generation.Rendering.Designs.Buildings;

/// <summary>The buildings the generator draws.</summary>
internal static class BuildingDesigns
{
    public static IReadOnlyDictionary<string, Design> Subjects { get; } = new Dictionary<string, Design>
    {
    };
}
