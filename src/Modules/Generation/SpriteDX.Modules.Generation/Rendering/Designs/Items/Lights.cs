namespace SpriteDX.Modules.Generation.Rendering.Designs.Items;

/// <summary>Lanterns, torches and candles: one flame, carried three ways; "flame" colours the fire.</summary>
internal static class Lights
{
    private static readonly Ramp Core = Ramp.From(new Hsv(50, 0.55, 1));

    public static void Lantern(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var frame = ItemPaint.Defining(s, "frame", Ramp.From(new Hsv(225, 0.2, 0.35)).Colour, SpriteSketch.Gold.Colour, new Hsv(20, 0.55, 0.5));
        var flame = ItemPaint.Part(s, "flame", SpriteSketch.Flame);
        var half = r.Range(6, 7);
        ItemPaint.GlowBehind(s, Ellipse.Circle(0, 17, 14), flame);
        c.FillCentred(new Ellipse(0, 4.5, 3.2, 3).Minus(new Ellipse(0, 4.5, 1.8, 1.7)), frame, Shading.Sphere);
        c.FillCentred(new Box(-half, 10, half, 24), Ramp.From(new Hsv(42, 0.55, 1)), Shading.Flat(Tone.Base));
        Flame(c, 0, 20, 3.2, 7, flame);
        c.FillCentred(new Polygon((-half - 1.5, 11), (half + 1.5, 11), (3, 6.5), (-3, 6.5)), frame, Shading.Bevel, separate: true);
        c.FillCentred(new Box(-half - 1.5, 23.5, half + 1.5, 27.5), frame, Shading.Bevel, separate: true);
        c.FillPair(new Box(-half - 0.6, 10, -half + 0.8, 24), frame, Shading.Cylinder, separate: true);
        c.FillCentred(new Box(-0.5, 10, 0.5, 13), frame, Shading.Flat(Tone.Base));
    }

    public static void Torch(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var wood = ItemPaint.Defining(s, "handle", SpriteSketch.Wood);
        var flame = ItemPaint.Part(s, "flame", SpriteSketch.Flame);
        var height = r.Range(10, 12);
        ItemPaint.GlowBehind(s, Ellipse.Circle(0, 10, 10), flame);
        c.FillCentred(new Polygon((-2.6, 13), (2.6, 13), (1.4, 30), (-1.4, 30)), wood, Shading.Cylinder);
        Flame(c, 0, 12.5, 6, height, flame);
        c.FillCentred(new Box(-3.4, 12, 3.4, 17.5), Ramp.From(new Hsv(36, 0.35, 0.6)), Shading.Bevel, separate: true);
        c.FillCentred(new Box(-3.4, 14.3, 3.4, 15), Ramp.From(new Hsv(36, 0.35, 0.6)), Shading.Flat(Tone.Shadow));
    }

    public static void Candle(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var wax = ItemPaint.Defining(s, "wax", SpriteSketch.Cream.Colour, new Hsv(0, 0.55, 0.85), new Hsv(210, 0.3, 0.95));
        var holder = ItemPaint.Part(s, "holder", s.MaterialOr(SpriteSketch.Gold));
        var flame = ItemPaint.Part(s, "flame", SpriteSketch.Flame);
        var top = r.Range(12, 15);
        ItemPaint.GlowBehind(s, Ellipse.Circle(0, top - 4, 7), flame);
        c.FillPair(new Ellipse(-10.5, 24.5, 2.6, 2.6).Minus(Ellipse.Circle(-10.5, 24.5, 1.2)), holder, Shading.Bevel);
        c.FillCentred(new Ellipse(0, 27, 10.5, 2.8), holder, Shading.Sphere);
        c.FillCentred(new Box(-4, top, 4, 26).Or(new Ellipse(0, top, 4, 1.3)), wax, Shading.Cylinder, separate: true);
        c.Fill(new Capsule(-2.5, top, -2.5, top + 4, 0.8).Or(new Capsule(2, top, 2, top + 2.5, 0.8)), wax, Shading.Flat(Tone.Light));
        c.FillCentred(new Box(-0.4, top - 2, 0.4, top), SpriteSketch.Ink, Shading.Flat(Tone.Base));
        Flame(c, 0, top - 1.5, 2.3, 6, flame);
    }

    /// <summary>A teardrop of fire standing on (<paramref name="x"/>, <paramref name="bottom"/>), a bright core inside.</summary>
    public static void Flame(PixelCanvas c, double x, double bottom, double halfWidth, double height, Ramp flame)
    {
        var outer = new Ellipse(x, bottom - halfWidth, halfWidth, halfWidth).Or(new Polygon((x - halfWidth, bottom - halfWidth), (x, bottom - height), (x + halfWidth, bottom - halfWidth)));
        c.Fill(outer, flame, Shading.Sphere);
        var inner = halfWidth * 0.55;
        c.Fill(new Ellipse(x, bottom - inner - 0.4, inner, inner).Or(new Polygon((x - inner, bottom - inner - 0.4), (x, bottom - (height * 0.62)), (x + inner, bottom - inner - 0.4))), Core, Shading.Flat(Tone.Light));
    }
}
