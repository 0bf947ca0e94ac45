namespace SpriteDX.Modules.Generation.Rendering.Designs.Food;

/// <summary>The food the generator draws.</summary>
internal static class FoodDesigns
{
    public static IReadOnlyDictionary<string, Design> Subjects { get; } = new Dictionary<string, Design>
    {
    };
}
