using SpriteDX.Modules.Generation.Interpretation;
using SpriteDX.Modules.Generation.Rendering;

namespace SpriteDX.UnitTests.Generation.Designs;

/// <summary>Draws plant, food and effect specs for their tests and contact sheets.</summary>
internal static class NatureDesignSketch
{
    public static readonly Hsv Blue = new(215, 0.7, 0.9);
    public static readonly Hsv Red = new(0, 0.8, 0.9);
    public static readonly Hsv White = new(0, 0, 1);

    public static RenderedSprite Draw(SpriteSpec spec, int seed = 1) =>
        ProceduralSpriteGenerator.Render(spec, seed, SpritePalette.Default, spec.Subject);

    public static SpriteSpec Spec(string subject, SubjectCategory category, int grid = 32) =>
        new() { Subject = subject, Category = category, GridSize = grid, SeedText = subject };

    public static SpritePixels Pixels(SpriteSpec spec, int seed = 1, int frame = 0) => SpritePixels.Of(Draw(spec, seed), frame);

    /// <summary>The share of the opaque, clearly coloured pixels whose hue lies within <paramref name="tolerance"/> of <paramref name="hue"/>.</summary>
    public static double ShareNearHue(SpritePixels pixels, double hue, double tolerance = 25)
    {
        var coloured = pixels.Cells()
            .Where(c => pixels.IsOpaque(c.X, c.Y))
            .Select(c =>
            {
                pixels[c.X, c.Y].ToHsv(out var h, out var saturation, out var value);
                return (Hue: h, Coloured: saturation >= 25 && value >= 30);
            })
            .Where(p => p.Coloured)
            .ToList();
        return coloured.Count == 0 ? 0 : coloured.Count(p => Math.Abs(((p.Hue - hue + 540) % 360) - 180) <= tolerance) / (double)coloured.Count;
    }

    /// <summary>The share of opaque pixels that are near white: snow, frosting, a fried egg's white.</summary>
    public static double ShareNearWhite(SpritePixels pixels)
    {
        var opaque = pixels.Cells().Where(c => pixels.IsOpaque(c.X, c.Y)).ToList();
        return opaque.Count(c =>
        {
            pixels[c.X, c.Y].ToHsv(out _, out var saturation, out var value);
            return saturation < 15 && value > 85;
        }) / (double)opaque.Count;
    }

    /// <summary>
    /// Contact sheets of a group for people to judge: every spec at 32 px with two seeds, with named colours, and at
    /// 16 and 64 px; loops also frame by frame. Written to artifacts/sprites/&lt;group&gt;*.png.
    /// </summary>
    public static void WriteSheets(string group, IReadOnlyList<(string Label, SpriteSpec Spec)> specs, IReadOnlyList<Hsv> colours, bool frames = false)
    {
        const int perSheet = 20;
        for (var part = 0; part * perSheet < specs.Count; part++)
        {
            var chunk = specs.Skip(part * perSheet).Take(perSheet).ToList();
            var suffix = specs.Count > perSheet ? $"-{(char)('a' + part)}" : "";
            Write($"{group}{suffix}.png", chunk.SelectMany(one => new[] { 1, 2 }.Select(seed => ($"{one.Label} #{seed}", Draw(one.Spec, seed)))));
            Write($"{group}{suffix}-colours.png", chunk.SelectMany(one => colours.Select(colour => ($"{one.Label} h{colour.Hue:0}", Draw(one.Spec with { Colours = [colour] }, 3)))));
            Write($"{group}{suffix}-sizes.png", chunk.SelectMany(one => new[] { 16, 64 }.Select(grid => ($"{one.Label} {grid}px", Draw(one.Spec with { GridSize = grid }, 1)))));
            if (frames)
            {
                Write($"{group}{suffix}-frames.png", chunk.SelectMany(one =>
                {
                    var sprite = Draw(one.Spec, 1);
                    return Enumerable.Range(0, sprite.FrameCount).Select(frame =>
                        ($"{one.Label} f{frame}", sprite with { SheetPng = SpriteSheets.Scale(sprite.SheetPng, sprite.GridSize, 1, frame), FrameDurations = [100] }));
                }));
            }
        }
    }

    private static void Write(string name, IEnumerable<(string, RenderedSprite)> sprites) =>
        DesignContactSheet.Write(DesignContactSheet.ArtifactPath(name), [.. sprites]);
}
