namespace SpriteDX.Modules.Generation.Rendering.Designs.Items;

/// <summary>Small shapes items and weapons share: stars, hearts, set gems, sparkles, and turned profiles for vessels.</summary>
internal static class Ornaments
{
    /// <summary>
    /// Unit directions of a five-pointed star, point up, alternating tips and notches. Written out rather than computed
    /// with Math.Sin and Math.Cos, whose last bits may differ between platforms and would break byte-identical output.
    /// </summary>
    private static readonly (double X, double Y)[] StarDirections =
    [
        (0, -1), (0.5877852523, -0.8090169944), (0.9510565163, -0.3090169944), (0.9510565163, 0.3090169944),
        (0.5877852523, 0.8090169944), (0, 1), (-0.5877852523, 0.8090169944), (-0.9510565163, 0.3090169944),
        (-0.9510565163, -0.3090169944), (-0.5877852523, -0.8090169944),
    ];

    public static readonly Ramp Ruby = Ramp.From(new Hsv(350, 0.78, 0.9));

    public static IShape Star(double x, double y, double outer, double inner) =>
        new Polygon([.. StarDirections.Select((direction, i) =>
        {
            var radius = i % 2 == 0 ? outer : inner;
            return (x + (radius * direction.X), y + (radius * direction.Y));
        })]);

    public static IShape HeartShape(double x, double y, double scale) => new Union(
        Ellipse.Circle(x - (5.3 * scale), y - (4.5 * scale), 6.3 * scale),
        Ellipse.Circle(x + (5.3 * scale), y - (4.5 * scale), 6.3 * scale),
        new Polygon((x - (11.4 * scale), y - (3 * scale)), (x + (11.4 * scale), y - (3 * scale)), (x, y + (11.5 * scale))));

    /// <summary>
    /// A body of revolution seen from the front, as a potter or a lathe makes it: (y, half width) pairs from top to
    /// bottom, mirrored about the vertical axis. Vessels, bells and candles are all one profile away from each other.
    /// </summary>
    public static IShape Lathe(params (double Y, double HalfWidth)[] profile) =>
        new Polygon([.. profile.Select(p => (-p.HalfWidth, p.Y)), .. profile.Reverse().Select(p => (p.HalfWidth, p.Y))]);

    /// <summary>A round cut gem with its highlight, set where a ring, crown or hilt carries one.</summary>
    public static void SetGem(PixelCanvas c, double x, double y, double radius, Ramp gem)
    {
        c.Fill(Ellipse.Circle(x, y, radius), gem, Shading.Sphere, separate: true);
        c.Fill(Ellipse.Circle(x - (radius * 0.35), y - (radius * 0.35), Math.Max(0.5, radius * 0.3)), gem, Shading.Flat(Tone.Highlight));
    }

    /// <summary>The gem an item carries: the prompt's "gem" colour, red for a ruby, else the design's pick.</summary>
    public static Ramp GemColour(SpriteSketch s, Hsv fallback) =>
        ItemPaint.Part(s, "gem", s.Spec.Has("ruby") ? Ruby : Ramp.From(fallback));

    public static void Sparkle(PixelCanvas c, int px, int py) =>
        c.Stamp(px - 1, py - 1, c.Size >= 32 ? [".o.", "ooo", ".o."] : ["o"], _ => new Rgba(255, 255, 255, 255), SpriteSketch.Ink);
}
