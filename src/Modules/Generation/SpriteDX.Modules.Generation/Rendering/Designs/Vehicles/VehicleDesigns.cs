namespace SpriteDX.Modules.Generation.Rendering.Designs.Vehicles;

/// <summary>The vehicles the generator draws.</summary>
internal static class VehicleDesigns
{
    public static IReadOnlyDictionary<string, Design> Subjects { get; } = new Dictionary<string, Design>
    {
    };
}
