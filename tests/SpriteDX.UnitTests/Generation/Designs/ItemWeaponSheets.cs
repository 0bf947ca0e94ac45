using SpriteDX.Modules.Generation.Interpretation;
using SpriteDX.Modules.Generation.Rendering;

namespace SpriteDX.UnitTests.Generation.Designs;

/// <summary>Draws specs for the item and weapon design tests and their contact sheets.</summary>
internal static class ItemWeaponSheets
{
    public static RenderedSprite Draw(SpriteSpec spec, int seed = 1) =>
        ProceduralSpriteGenerator.Render(spec, seed, SpritePalette.Default, spec.Subject);

    public static SpriteSpec Spec(string subject, SubjectCategory category, int grid = 32) =>
        new() { Subject = subject, Category = category, GridSize = grid, SeedText = subject };

    public static SpritePixels Pixels(SpriteSpec spec, int seed = 1) => SpritePixels.Of(Draw(spec, seed));

    /// <summary>Degrees between two hues the short way round the colour circle.</summary>
    public static double HueDistance(double one, double other) => Math.Abs(((one - other + 540) % 360) - 180);

    /// <summary>
    /// Four sheets a person can take in at once: every subject at 32 px with two seeds; with a colour and with a
    /// material; at 16 and at 64 px; and the group's variants and details.
    /// </summary>
    public static void Write(string group, IEnumerable<string> subjects, SubjectCategory category, Hsv colour, string material, IEnumerable<(string Label, SpriteSpec Spec)> variants)
    {
        var list = subjects.ToList();
        List<(string, RenderedSprite)> Sprites(IEnumerable<(string Label, SpriteSpec Spec, int Seed)> cells) =>
            [.. cells.Select(cell => (cell.Label, Draw(cell.Spec, cell.Seed)))];

        DesignContactSheet.Write(DesignContactSheet.ArtifactPath($"{group}.png"), Sprites(
            new[] { 1, 2 }.SelectMany(seed => list.Select(subject => ($"{subject} #{seed}", Spec(subject, category), seed)))));
        DesignContactSheet.Write(DesignContactSheet.ArtifactPath($"{group}-styled.png"), Sprites(
            list.Select(subject => ($"coloured {subject}", Spec(subject, category) with { Colours = [colour] }, 3))
                .Concat(list.Select(subject => ($"{material} {subject}", Spec(subject, category) with { Material = material }, 4)))));
        DesignContactSheet.Write(DesignContactSheet.ArtifactPath($"{group}-sizes.png"), Sprites(
            new[] { 16, 64 }.SelectMany(grid => list.Select(subject => ($"{subject} {grid}px", Spec(subject, category, grid), 1)))));
        DesignContactSheet.Write(DesignContactSheet.ArtifactPath($"{group}-variants.png"), Sprites(
            variants.SelectMany(variant => new[] { 1, 2 }.Select(seed => ($"{variant.Label} #{seed}", variant.Spec, seed)))));
    }
}
