namespace SpriteDX.Modules.Generation.Rendering.Designs.Beasts;

/// <summary>
/// Small animals in profile, facing right, drawn big on the grid: at 32 px a rabbit or a mouse the size of a horse still
/// has to show its ears, tail and snout, so each critter has the parts that name it exaggerated.
/// </summary>
internal static class Critters
{
    /// <summary>Directions over the top half of a circle, left to right every 15 degrees, fixed for determinism.</summary>
    private static readonly (double X, double Y)[] TopArc =
    [
        (-1, 0), (-0.966, -0.259), (-0.866, -0.5), (-0.707, -0.707), (-0.5, -0.866), (-0.259, -0.966), (0, -1),
        (0.259, -0.966), (0.5, -0.866), (0.707, -0.707), (0.866, -0.5), (0.966, -0.259), (1, 0),
    ];

    public static void Rabbit(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var fur = BeastPaint.Colour(s, new Hsv(30, 0.3, 0.78), new Hsv(40, 0.04, 0.97), new Hsv(220, 0.06, 0.66), new Hsv(26, 0.5, 0.55));
        var paint = BeastPaint.For(s, fur, new Hsv(40, 0.05, 0.98), fur);
        var earLength = 8.5 + r.Range(-1, 1);
        var lop = s.Spec.Variant == "lop";
        var headY = s.Mood == SpriteMood.Cute ? 15 : 14.5;
        if (!lop)
            c.Fill(new Capsule(3.2, headY - 3, 2.4, headY - 3 - earLength, 1.2), paint.Far, Shading.Sphere);
        c.Fill(Ellipse.Circle(-8.4, 22.5, 2.2), paint.Light, Shading.Sphere);
        c.Fill(new Ellipse(-2.5, 23, 6.6, 6.2), paint.Fur, Shading.Sphere, separate: true);
        c.Fill(new Ellipse(0.5, 24, 3, 4.2), paint.Light, Shading.Sphere);
        c.Fill(new Ellipse(-4.2, 25, 4, 4.2), paint.Fur, Shading.Sphere, separate: true);
        c.Fill(new Ellipse(-1.5, 29, 4.4, 1.2), paint.Fur, Shading.Sphere, separate: true);
        c.Fill(new Capsule(3.4, 23.5, 3.8, 28.8, 1.1), paint.Fur, Shading.Cylinder, separate: true);
        c.Fill(new Ellipse(4.2, headY, 4.4, 3.8), paint.Fur, Shading.Sphere, separate: true);
        c.Fill(new Ellipse(5.8, headY + 1.8, 2.4, 1.6), paint.Light, Shading.Sphere);
        if (lop)
        {
            c.Fill(new Capsule(2.6, headY - 2.5, 1, headY + 4, 1.4), paint.Far, Shading.Sphere, separate: true);
        }
        else
        {
            c.Fill(new Capsule(1.8, headY - 2.5, 0.2, headY - 2.5 - earLength, 1.3), paint.Fur, Shading.Sphere, separate: true);
            c.Fill(new Capsule(1.6, headY - 4, 0.4, headY - 1.5 - earLength, 0.5), BeastPaint.Pink, Shading.Flat(Tone.Base));
        }
        c.Fill(Ellipse.Circle(8.4, headY + 0.8, 0.8), BeastPaint.Pink, Shading.Flat(Tone.Base));
        var (style, glow) = BeastPaint.Eyes(s);
        s.Eye(5.6, headY - 0.6, style, glow);
    }

    public static void Mouse(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var fur = BeastPaint.Colour(s, new Hsv(220, 0.06, 0.66), new Hsv(30, 0.35, 0.6), new Hsv(40, 0.04, 0.96));
        var paint = BeastPaint.For(s, fur, new Hsv(40, 0.05, 0.98), fur);
        var earR = 3 + r.Range(-0.3, 0.4);
        c.Fill(new Union(new Capsule(-8, 25.5, -12, 27.5, 0.5), new Capsule(-12, 27.5, -14.5, 23.5, 0.5), new Capsule(-14.5, 23.5, -13.5, 20, 0.5)), BeastPaint.Pink, Shading.Cylinder);
        c.Fill(Ellipse.Circle(5.8, 17.8, earR * 0.85), paint.Far, Shading.Sphere);
        c.FillPair(new Ellipse(-4.5, 29, 1.6, 0.9), BeastPaint.Pink, Shading.Flat(Tone.Base));
        c.Fill(new Ellipse(4.5, 29, 1.6, 0.9), BeastPaint.Pink, Shading.Flat(Tone.Base));
        c.Fill(new Union(new Ellipse(-2.5, 23.8, 7, 5), new Ellipse(3, 24.8, 4, 3.8)), paint.Fur, Shading.Sphere, separate: true);
        c.Fill(new Ellipse(-1, 27, 5, 1.6), paint.Light, Shading.Flat(Tone.Base));
        c.Fill(new Union(new Ellipse(5.5, 22.8, 3.6, 3), new Capsule(5.5, 23.2, 10, 24.2, 1.3)), paint.Fur, Shading.Sphere, separate: true);
        c.Fill(Ellipse.Circle(3.4, 18.5, earR), paint.Fur, Shading.Sphere, separate: true);
        c.Fill(Ellipse.Circle(3.4, 18.7, earR * 0.6), BeastPaint.Pink, Shading.Flat(Tone.Base));
        c.Fill(Ellipse.Circle(10.8, 23.8, 0.8), BeastPaint.Pink, Shading.Flat(Tone.Shadow));
        var (style, glow) = BeastPaint.Eyes(s);
        s.Eye(7, 22.2, style, glow);
    }

    public static void Squirrel(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var fur = BeastPaint.Colour(s, new Hsv(22, 0.72, 0.72), new Hsv(28, 0.6, 0.55), new Hsv(220, 0.08, 0.6));
        var paint = BeastPaint.For(s, fur, new Hsv(38, 0.2, 0.97), fur);
        var curl = r.Range(-1, 1);
        var tail = new Union(
            new Capsule(-2, 27.5, -7.5, 21, 2.8),
            new Capsule(-7.5, 21, -8, 11, 3.4),
            new Capsule(-8, 11, -5.5 + curl, 5.5, 3),
            Ellipse.Circle(-2.6 + curl, 5.5, 2.4));
        c.Fill(tail, paint.Fur, Shading.Sphere);
        c.Fill(new Capsule(-7.8, 20, -7, 10, 1.2), BeastPaint.Shaded(paint.Fur), Shading.Flat(Tone.Light));
        c.Fill(new Ellipse(1.2, 21.5, 4.6, 6.6), paint.Fur, Shading.Sphere, separate: true);
        c.Fill(new Ellipse(3.4, 22.5, 2.3, 4.6), paint.Light, Shading.Sphere);
        c.Fill(new Ellipse(-0.5, 26, 3.6, 3.2), paint.Fur, Shading.Sphere, separate: true);
        c.Fill(new Ellipse(1.6, 29, 3.2, 1), paint.Fur, Shading.Sphere, separate: true);
        c.Fill(new Polygon((1.4, 10.5), (3.6, 10), (1.6, 6)), paint.Fur, Shading.Sphere);
        c.Fill(new Union(new Ellipse(4, 12.6, 3.6, 3.2), new Capsule(4.5, 13.2, 7.8, 14, 1.6)), paint.Fur, Shading.Sphere, separate: true);
        c.Fill(new Ellipse(6, 15, 2.2, 1.2), paint.Light, Shading.Flat(Tone.Base));
        Dot(c, 9, 13.4);
        if (r.Chance(0.6) && !s.Spec.Has("glow"))
        {
            c.Fill(new Ellipse(7.4, 19.2, 1.7, 2), SpriteSketch.Wood, Shading.Sphere);
            c.Fill(new Ellipse(7.4, 17.6, 1.9, 0.9), SpriteSketch.Leather, Shading.Flat(Tone.Base));
        }
        c.Fill(new Capsule(4.2, 18, 6.4, 19.2, 0.9), paint.Fur, Shading.Cylinder, separate: true);
        var (style, glow) = BeastPaint.Eyes(s);
        s.Eye(5.2, 12, style, glow);
    }

    public static void Hedgehog(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var spines = Ramp.From(BeastPaint.Colour(s, new Hsv(26, 0.45, 0.45), new Hsv(30, 0.3, 0.38)));
        var face = Ramp.From(s.SecondColour(new Hsv(34, 0.3, 0.9)));
        var (cx, cy, rx, ry) = (-1.5, 25.5, 9.5 + r.Range(-0.4, 0.4), 9);
        var points = new List<(double, double)>();
        for (var i = 0; i < TopArc.Length; i++)
        {
            var (dx, dy) = TopArc[i];
            var spike = i % 2 == 1 ? 2.2 : 0;
            points.Add((cx + (dx * (rx + spike)), cy + (dy * (ry + spike))));
        }
        points.Add((cx + rx, cy + 2.5));
        points.Add((cx - rx, cy + 2.5));
        c.FillPair(new Ellipse(-4, 29, 1.5, 1), BeastPaint.Hoof, Shading.Flat(Tone.Base));
        c.Fill(new Ellipse(4.5, 29, 1.5, 1), BeastPaint.Hoof, Shading.Flat(Tone.Base));
        c.Fill(new Polygon([.. points]), spines, Shading.Sphere, separate: true);
        for (var i = 1; i < TopArc.Length - 1; i += 2)
        {
            var (dx, dy) = TopArc[i];
            c.Fill(new Capsule(cx + (dx * (rx - 4)), cy + (dy * (ry - 4)), cx + (dx * (rx + 1)), cy + (dy * (ry + 1)), 0.35), spines, Shading.Flat(Tone.Light));
        }
        c.Fill(new Union(new Ellipse(4.5, 25.5, 4.6, 3.6), new Capsule(5, 26, 10, 27.3, 1.3)), face, Shading.Sphere, separate: true);
        c.Fill(new Ellipse(-1, 28.2, 6, 1.3), face, Shading.Flat(Tone.Shadow));
        c.Fill(Ellipse.Circle(2.8, 21.8, 1.3), face, Shading.Sphere);
        c.Fill(Ellipse.Circle(10.6, 26.8, 0.9), BeastPaint.Nose, Shading.Flat(Tone.Base));
        var (style, glow) = BeastPaint.Eyes(s);
        s.Eye(6, 24.6, style, glow);
    }

    private static void Dot(PixelCanvas c, double x, double y) =>
        c.Stamp(c.PixelX(x), c.PixelY(y), ["#"], _ => SpriteSketch.Ink[Tone.Base], SpriteSketch.Ink);
}
