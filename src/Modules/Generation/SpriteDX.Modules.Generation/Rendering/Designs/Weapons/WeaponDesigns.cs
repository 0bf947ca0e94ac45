namespace SpriteDX.Modules.Generation.Rendering.Designs.Weapons;

/// <summary>The weapons the generator draws.</summary>
internal static class WeaponDesigns
{
    public static IReadOnlyDictionary<string, Design> Subjects { get; } = new Dictionary<string, Design>
    {
    };
}
