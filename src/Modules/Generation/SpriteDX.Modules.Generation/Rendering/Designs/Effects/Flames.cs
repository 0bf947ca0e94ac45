namespace SpriteDX.Modules.Generation.Rendering.Designs.Effects;

/// <summary>The three bands of a flame, darkest outside: red, orange, yellow by default.</summary>
internal sealed record FlamePalette(Ramp Outer, Ramp Middle, Ramp Core)
{
    private static readonly Hsv Orange = new(12, 0.88, 0.96);
    private static readonly Hsv IcyBlue = new(205, 0.8, 0.95);

    /// <summary>The flame's colour: a named "flame" part, else the main colour, else blue for icy fire, else orange.</summary>
    public static FlamePalette For(SpriteSketch s)
    {
        var colour = s.Spec.PartColours.ContainsKey("flame")
            ? s.PartColour("flame", Orange)
            : s.NamedColour ?? (s.Spec.Material == "icy" ? IcyBlue : Orange);
        return Of(colour);
    }

    public static FlamePalette Of(Hsv colour) => new(
        Ramp.From(colour),
        Ramp.From(colour.ShiftHueTowards(55, 22).With(saturation: colour.Saturation * 0.92, value: colour.Value + 0.08)),
        Ramp.From(colour.ShiftHueTowards(55, 42).With(saturation: colour.Saturation * 0.5, value: 1)));
}

/// <summary>Flames that sway and stretch frame by frame, for fire, campfires, fireballs and burning things.</summary>
internal static class Flames
{
    /// <summary>How far a tongue's tip leans and how tall it stands in each of the four loop frames.</summary>
    private static readonly double[] Sway = [0, 1.2, 0, -1.2];
    private static readonly double[] Stretch = [1, 0.9, 1.06, 0.94];

    /// <summary>A teardrop: a round base at (x, baseY) rising to a tip <paramref name="height"/> above it.</summary>
    public static IShape Tongue(double x, double baseY, double halfWidth, double height, double lean)
    {
        var centreY = baseY - halfWidth;
        return new Union(
            Ellipse.Circle(x, centreY, halfWidth),
            new Polygon(
                (x - halfWidth, centreY),
                (x - (halfWidth * 0.55) + (lean * 0.4), baseY - (height * 0.62)),
                (x + lean, baseY - height),
                (x + (halfWidth * 0.75) + (lean * 0.55), baseY - (height * 0.5)),
                (x + halfWidth, centreY)));
    }

    /// <summary>One flame in three nested bands; <paramref name="phase"/> offsets its sway so neighbours move apart.</summary>
    public static void Burn(PixelCanvas c, FlamePalette palette, double x, double baseY, double halfWidth, double height, int frame, int phase)
    {
        var step = (frame + phase) & 3;
        var (lean, tall) = (Sway[step] * height / 10, height * Stretch[step]);
        c.Fill(Tongue(x, baseY, halfWidth, tall, lean), palette.Outer, Shading.Flat(Tone.Base));
        c.Fill(Tongue(x + (halfWidth * 0.1), baseY - (halfWidth * 0.15), halfWidth * 0.68, tall * 0.72, lean * 0.8), palette.Middle, Shading.Flat(Tone.Base));
        c.Fill(Tongue(x + (halfWidth * 0.15), baseY - (halfWidth * 0.25), halfWidth * 0.38, tall * 0.42, lean * 0.5), palette.Core, Shading.Flat(Tone.Light));
    }

    /// <summary>A fire of a tall middle tongue and two lower side tongues, as a bonfire, a torch or a burning tree carries.</summary>
    public static void Fire(PixelCanvas c, FlamePalette palette, double x, double baseY, double halfWidth, double height, int frame)
    {
        Burn(c, palette, x - (halfWidth * 0.62), baseY, halfWidth * 0.58, height * 0.62, frame, 1);
        Burn(c, palette, x + (halfWidth * 0.62), baseY, halfWidth * 0.55, height * 0.7, frame, 3);
        Burn(c, palette, x, baseY, halfWidth * 0.78, height, frame, 0);
    }

    /// <summary>Sparks that climb a little each frame and start again at the bottom: the loop reads as rising heat.</summary>
    public static void Embers(PixelCanvas c, SpriteRandom layout, FlamePalette palette, double x, double baseY, double spread, double rise, int frame, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var ex = x + layout.Range(-spread, spread);
            var climb = (((frame + (i * 2)) % 4) + layout.NextDouble()) / 4;
            var size = c.Size >= 32 ? 0.55 : 0.9;
            c.Fill(new Box(ex - size, baseY - (rise * climb) - size, ex + size, baseY - (rise * climb) + size), climb > 0.6 ? palette.Outer : palette.Middle, Shading.Flat(Tone.Light));
        }
    }
}
