namespace SpriteDX.Modules.Generation.Rendering.Designs.Creatures;

/// <summary>Parts many creatures share, so a prompt's "with wings", "horned", "glowing" or "three-eyed" looks the same whatever wears it.</summary>
internal static class CreatureParts
{
    public static readonly Hsv Amber = new(48, 0.85, 1);

    public static void Crown(PixelCanvas c, double baseY) =>
        c.FillCentred(
            new Polygon((-4, baseY + 1), (4, baseY + 1), (4, baseY - 3.5), (2, baseY - 1.5), (0, baseY - 4), (-2, baseY - 1.5), (-4, baseY - 3.5)),
            SpriteSketch.Gold,
            Shading.Bevel);

    /// <summary>A pair of horns rising from (±<paramref name="x"/>, <paramref name="y"/>) and leaning outwards.</summary>
    public static void Horns(PixelCanvas c, double x, double y, double length, Ramp? ramp = null) =>
        c.FillPair(new Polygon((-x - 1.6, y + 0.8), (-x + 1.4, y + 0.2), (-x - (length * 0.45), y - length)), ramp ?? SpriteSketch.Bone, Shading.Sphere);

    /// <summary>Bat wings spread either side from the shoulders at (±<paramref name="shoulderX"/>, <paramref name="shoulderY"/>).</summary>
    public static void BatWings(PixelCanvas c, double shoulderX, double shoulderY, double span, Ramp membrane, Ramp arm)
    {
        (double, double) At(double x, double y) => (-shoulderX - (x * span), shoulderY + y);
        c.FillPair(new Polygon(At(0, 2), At(3, -3), At(8, -5.5), At(10, -3), At(10, 4), At(8, 2.5), At(6.5, 5), At(4.5, 3), At(2.5, 5.5), At(0, 4)), membrane, Shading.Bevel);
        c.FillPair(new Union(new Capsule(-shoulderX, shoulderY + 0.5, At(3, -3).Item1, At(3, -3).Item2, 0.7), new Capsule(At(3, -3).Item1, At(3, -3).Item2, At(8.5, -5.5).Item1, At(8.5, -5.5).Item2, 0.6)), arm, Shading.Cylinder);
    }

    /// <summary>Feathered wings spread either side, layered rows of feathers ending in a ragged edge.</summary>
    public static void FeatherWings(PixelCanvas c, double shoulderX, double shoulderY, double span, Ramp feathers)
    {
        (double, double) At(double x, double y) => (-shoulderX - (x * span), shoulderY + y);
        c.FillPair(new Polygon(At(0, 3), At(2, -3), At(7, -6), At(11, -6.5), At(10, -3.5), At(11, -2), At(9.5, 0), At(10, 1.5), At(7.5, 2.5), At(7.5, 4.5), At(4.5, 4.5), At(2, 6)), feathers, Shading.Bevel);
        c.FillPair(new Polygon(At(0.5, 1), At(3, -2.5), At(7, -4.5), At(5, -1), At(2, 2)), feathers, Shading.Flat(Tone.Light));
    }

    /// <summary>A soft halo of the creature's light behind it, with a few seeded sparkles.</summary>
    public static void Glow(SpriteSketch s, IShape halo, Hsv colour)
    {
        var light = Ramp.From(colour.With(saturation: colour.Saturation * 0.5, value: 1));
        s.Canvas.FillCentred(halo, light, Shading.Flat(Tone.Light));
        for (var i = 0; i < 3; i++)
        {
            s.Canvas.Fill(Ellipse.Circle(s.Random.Range(-12, 12), s.Random.Range(3, 29), 0.6), light, Shading.Flat(Tone.Highlight));
        }
    }

    /// <summary>A flame standing on (<paramref name="x"/>, <paramref name="baseY"/>): three tongues and a bright core.</summary>
    public static void Flame(PixelCanvas c, double x, double baseY, double height, double halfWidth, Hsv colour)
    {
        var outer = Ramp.From(colour);
        var core = Ramp.From(colour.ShiftHueTowards(55, 30).With(saturation: colour.Saturation * 0.7, value: 1));
        var w = halfWidth;
        c.Fill(
            new Polygon((x - w, baseY - (height * 0.2)), (x - (w * 0.8), baseY - (height * 0.6)), (x - (w * 0.45), baseY - (height * 0.45)), (x, baseY - height), (x + (w * 0.45), baseY - (height * 0.5)), (x + (w * 0.85), baseY - (height * 0.7)), (x + w, baseY - (height * 0.2)), (x + (w * 0.5), baseY), (x - (w * 0.5), baseY)),
            outer,
            Shading.Flat(Tone.Base));
        c.Fill(new Polygon((x - (w * 0.5), baseY - (height * 0.15)), (x - (w * 0.1), baseY - (height * 0.6)), (x + (w * 0.5), baseY - (height * 0.2)), (x, baseY - 0.3)), core, Shading.Flat(Tone.Light));
    }

    /// <summary>
    /// <paramref name="count"/> eyes across a face centred at <paramref name="y"/>: pairs drawn as pairs, an odd one in the middle,
    /// more than four in two rows.
    /// </summary>
    public static void EyeRow(SpriteSketch s, int count, double y, double spacing, EyeStyle? style = null, Hsv? glow = null)
    {
        count = Math.Clamp(count, 1, 8);
        var rows = count > 4 ? 2 : 1;
        var perRow = (count + rows - 1) / rows;
        var remaining = count;
        for (var row = 0; row < rows; row++)
        {
            var inRow = Math.Min(perRow, remaining);
            remaining -= inRow;
            var rowY = y - ((rows - 1 - row) * spacing * 0.9);
            if (inRow % 2 == 1)
                s.Eye(0, rowY, style, glow);
            for (var pair = 1; pair <= inRow / 2; pair++)
            {
                var offset = inRow % 2 == 1 ? pair : pair - 0.5;
                s.Eyes(-offset * spacing, rowY, style, glow);
            }
        }
    }

    /// <summary>Picks the ramp for a part: the prompt's colour for it, else what the design gives.</summary>
    public static Ramp Part(SpriteSketch s, string part, Hsv fallback) => Ramp.From(s.PartColour(part, fallback));

    /// <summary>A bending limb, body or tail through the given points, its radius changing linearly from point to point.</summary>
    public static IShape Tube(params (double X, double Y, double R)[] points) => new TaperedTube(points);

    private sealed class TaperedTube((double X, double Y, double R)[] points) : IShape
    {
        public bool Contains(double x, double y)
        {
            for (var i = 1; i < points.Length; i++)
            {
                var (a, b) = (points[i - 1], points[i]);
                var (dx, dy) = (b.X - a.X, b.Y - a.Y);
                var lengthSquared = (dx * dx) + (dy * dy);
                var t = lengthSquared == 0 ? 0 : Math.Clamp((((x - a.X) * dx) + ((y - a.Y) * dy)) / lengthSquared, 0, 1);
                var (px, py) = (a.X + (t * dx) - x, a.Y + (t * dy) - y);
                var radius = a.R + (t * (b.R - a.R));
                if ((px * px) + (py * py) <= radius * radius)
                    return true;
            }
            return false;
        }
    }
}
