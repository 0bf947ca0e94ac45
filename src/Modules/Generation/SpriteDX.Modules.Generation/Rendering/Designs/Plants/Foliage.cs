namespace SpriteDX.Modules.Generation.Rendering.Designs.Plants;

/// <summary>Leaves, stems and the colours plants take from the spec, shared by plants, trees and the food that grows on them.</summary>
internal static class Foliage
{
    public static readonly Hsv LeafGreen = new(112, 0.62, 0.66);
    public static readonly Hsv StemGreen = new(100, 0.62, 0.56);

    /// <summary>A named part colour ("petals", "leaves"), else the main colour, else one of the design's defaults.</summary>
    public static Ramp PartOrMain(SpriteSketch s, string part, params Hsv[] defaults) =>
        Ramp.From(s.Spec.PartColours.ContainsKey(part) ? s.PartColour(part, defaults[0]) : s.MainColour(defaults));

    /// <summary>A named part colour, else the given colour; never the main colour, which belongs to another part.</summary>
    public static Ramp Part(SpriteSketch s, string part, Hsv fallback) =>
        s.Spec.PartColours.ContainsKey(part) ? Ramp.From(s.PartColour(part, fallback)) : Ramp.From(fallback);

    /// <summary>
    /// What the prompt says a natural thing is made of ("golden tree", "icy rock"); wood is what plants already are,
    /// so "wooden" keeps the design's own look.
    /// </summary>
    public static Ramp? Material(SpriteSketch s) =>
        s.Spec.Material is { } material and not "wooden" && SpriteSketch.Materials.TryGetValue(material, out var ramp) ? ramp : null;

    /// <summary>A pointed leaf from its stalk end (x1, y1) to its tip (x2, y2).</summary>
    public static IShape Leaf(double x1, double y1, double x2, double y2, double halfWidth)
    {
        var (dx, dy) = (x2 - x1, y2 - y1);
        var length = Math.Sqrt((dx * dx) + (dy * dy));
        var (nx, ny) = (-dy / length * halfWidth, dx / length * halfWidth);
        (double, double) At(double along, double across) => (x1 + (dx * along) + (nx * across), y1 + (dy * along) + (ny * across));
        return new Polygon(At(0, 0), At(0.18, 0.7), At(0.45, 1), At(0.75, 0.7), At(1, 0), At(0.75, -0.7), At(0.45, -1), At(0.18, -0.7));
    }

    /// <summary>Fills a leaf lit on the half that faces the top left, so its midrib shows as the line between two tones.</summary>
    public static void FillLeaf(PixelCanvas c, double x1, double y1, double x2, double y2, double halfWidth, Ramp ramp)
    {
        var (dx, dy) = (x2 - x1, y2 - y1);
        var (nx, ny) = (-dy, dx);
        if (nx + ny > 0)
            (nx, ny) = (-nx, -ny);
        c.Fill(Leaf(x1, y1, x2, y2, halfWidth), ramp, Shading.Split(x1, y1, nx, ny));
    }

    /// <summary>A stem through the given points, as round-ended segments.</summary>
    public static IShape Stem(double radius, params (double X, double Y)[] points) =>
        new Union([.. points.Zip(points.Skip(1), (a, b) => (IShape)new Capsule(a.X, a.Y, b.X, b.Y, radius))]);

    /// <summary>
    /// A mass of foliage lit as one ball, then tufts inside it each lit on their own, top first, so the canopy reads
    /// as bunches of leaves rather than a smooth ball.
    /// </summary>
    public static void Clumps(PixelCanvas c, Ramp leaves, IShape mass, IReadOnlyList<Ellipse> tufts)
    {
        c.Fill(mass, leaves, Shading.Sphere);
        foreach (var tuft in tufts.OrderBy(tuft => tuft.Y))
            c.Fill(tuft.Within(mass), leaves, Shading.Sphere);
    }

    /// <summary>Single pixels in a pattern, e.g. seeds on a strawberry or spines on a cactus, at their design positions.</summary>
    public static void Dots(PixelCanvas c, IEnumerable<(double X, double Y)> points, Rgba colour, Ramp outlineRamp)
    {
        foreach (var (x, y) in points)
            c.Stamp(c.PixelX(x), c.PixelY(y), ["o"], _ => colour, outlineRamp);
    }
}
