namespace SpriteDX.Modules.Generation.Rendering.Designs.Items;

/// <summary>Worn and won treasures: golden by default, the prompt's colour or material on the metal, "gem"/"ruby" on the stones.</summary>
internal static class Treasures
{
    private static readonly Hsv[] GemHues = [new(350, 0.78, 0.9), new(215, 0.75, 0.92), new(140, 0.7, 0.75), new(285, 0.55, 0.85)];

    public static void Crown(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var gold = ItemPaint.Defining(s, "metal", SpriteSketch.Gold);
        var peak = r.Range(4, 6);
        if (r.Chance(0.5))
            c.FillCentred(new Ellipse(0, 15, 9.5, 6.5), Ramp.From(new Hsv(350, 0.7, 0.62)), Shading.Sphere);
        c.FillCentred(new Polygon((-12.5, 24), (-12.5, 9), (-6.5, 15), (0, peak + 1), (6.5, 15), (12.5, 9), (12.5, 24)), gold, Shading.Sphere);
        c.FillCentred(new Box(-12.5, 19, 12.5, 25.5), gold, Shading.Bevel, separate: true);
        c.FillPair(Ellipse.Circle(-12.5, 8, 1.8), gold, Shading.Sphere);
        c.FillCentred(Ellipse.Circle(0, peak, 1.8), gold, Shading.Sphere);
        Ornaments.SetGem(c, 0, 22.2, 2.2, Ornaments.GemColour(s, GemHues[0]));
        var side = Ramp.From(r.Pick(GemHues[1..]));
        Ornaments.SetGem(c, -7, 22.2, 1.4, side);
        Ornaments.SetGem(c, 7, 22.2, 1.4, side);
    }

    public static void Ring(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var band = ItemPaint.Part(s, "metal", s.MaterialOr(r.Chance(0.6) ? SpriteSketch.Gold : SpriteSketch.Silver));
        var gem = Ornaments.GemColour(s, s.MainColour(GemHues));
        var width = r.Range(8.5, 10);
        c.FillCentred(new Ellipse(0, 20, width, 9).Minus(new Ellipse(0, 20.5, width - 2.6, 6.6)), band, Shading.Sphere);
        c.FillCentred(new Polygon((-5, 12.5), (5, 12.5), (3, 9), (-3, 9)), band, Shading.Bevel, separate: true);
        ItemPaint.GlowBehind(s, Ellipse.Circle(0, 7, 7), gem);
        c.FillCentred(new Polygon((0, 1.5), (4.5, 5.5), (3, 10), (-3, 10), (-4.5, 5.5)), gem, Shading.Sphere, separate: true);
        c.Fill(new Polygon((-1, 3), (-3.2, 5.5), (-1, 5.5)), gem, Shading.Flat(Tone.Highlight));
    }

    public static void Amulet(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var gold = ItemPaint.Part(s, "metal", s.MaterialOr(SpriteSketch.Gold));
        var gem = Ornaments.GemColour(s, s.MainColour(GemHues));
        var drop = r.Range(19, 21);
        c.FillCentred(new Ellipse(0, 9, 10, 9.5).Minus(new Ellipse(0, 9, 8.9, 8.4)).Within(new Box(-16, 0, 16, 15)), gold, Shading.Flat(Tone.Base));
        c.FillCentred(new Capsule(-9.5, 12, -3, drop - 5.5, 0.55), gold, Shading.Flat(Tone.Base));
        ItemPaint.GlowBehind(s, Ellipse.Circle(0, drop, 9.5), gem);
        c.FillCentred(new Ellipse(0, drop - 6.5, 2, 1.6).Minus(new Ellipse(0, drop - 6.5, 0.9, 0.6)), gold, Shading.Bevel);
        if (r.Chance(0.5))
        {
            c.FillCentred(new Polygon((0, drop - 5.5), (6.5, drop), (0, drop + 8.5), (-6.5, drop)), gold, Shading.Bevel, separate: true);
            c.FillCentred(new Polygon((0, drop - 3.3), (4.3, drop), (0, drop + 6), (-4.3, drop)), gem, Shading.Sphere);
        }
        else
        {
            c.FillCentred(Ellipse.Circle(0, drop + 1, 6.2), gold, Shading.Sphere, separate: true);
            Ornaments.SetGem(c, 0, drop + 1, 4, gem);
        }
    }

    public static void Medal(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var metal = ItemPaint.Defining(s, "metal", SpriteSketch.Gold);
        var ribbon = ItemPaint.Part(s, "ribbon", Ramp.From(s.SecondColour(r.Pick([new Hsv(354, 0.75, 0.82), new Hsv(215, 0.7, 0.78), new Hsv(140, 0.6, 0.6)]))));
        c.Fill(new Polygon((-9, 2), (-3, 2), (3.5, 15), (-2, 15)), ribbon, Shading.Bevel);
        c.Fill(new Polygon((9, 2), (3, 2), (-3.5, 15), (2, 15)), ribbon, Shading.Bevel, separate: true);
        c.Fill(new Box(4.5, 2, 6, 7), ribbon, Shading.Flat(Tone.Light));
        c.FillCentred(Ellipse.Circle(0, 21.5, 8.2), metal, Shading.Sphere, separate: true);
        c.FillCentred(Ellipse.Circle(0, 21.5, 6), metal, Shading.Flat(Tone.Base));
        c.Fill(Ornaments.Star(0.6, 22.1, 4.4, 1.9), metal, Shading.Flat(Tone.Shadow));
        c.Fill(Ornaments.Star(0, 21.5, 4.4, 1.9), metal, Shading.Flat(Tone.Light));
    }

    public static void Trophy(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var gold = ItemPaint.Defining(s, "metal", SpriteSketch.Gold);
        var width = r.Range(8, 9.5);
        c.FillPair(new Ellipse(-width, 10.5, 4.2, 4.8).Minus(new Ellipse(-width, 10.5, 2.4, 3)), gold, Shading.Sphere);
        c.FillCentred(Ornaments.Lathe((4, width + 1), (5.5, width), (11, width - 0.6), (15.5, width * 0.5), (17.5, 1.8), (21.5, 1.8), (22, 4.5)), gold, Shading.Sphere, separate: true);
        c.FillCentred(new Ellipse(0, 4.6, width - 0.4, 1.2), gold, Shading.Flat(Tone.Shadow));
        c.FillCentred(new Box(-8, 22.5, 8, 29.5), Ramp.From(new Hsv(24, 0.5, 0.35)), Shading.Bevel, separate: true);
        c.FillCentred(new Box(-4, 24.5, 4, 27.5), gold, Shading.Bevel);
        c.Fill(Ornaments.Star(0, 10.5, 3.6, 1.5), gold, Shading.Flat(Tone.Highlight));
    }

    public static void Goblet(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var metal = ItemPaint.Defining(s, "metal", r.Chance(0.6) ? SpriteSketch.Gold : SpriteSketch.Silver);
        var wine = ItemPaint.Part(s, "liquid", Ramp.From(new Hsv(345, 0.75, 0.6)));
        var width = r.Range(7, 8.5);
        c.FillCentred(Ornaments.Lathe((5, width), (10, width - 0.3), (14.5, width * 0.55), (16.5, 1.3), (25.5, 1.3), (27, 5.5), (29, 7)), metal, Shading.Sphere);
        c.FillCentred(new Ellipse(0, 20.5, 2.4, 1.4), metal, Shading.Sphere, separate: true);
        c.FillCentred(new Ellipse(0, 5.2, width - 0.8, 1.4), wine, Shading.Flat(Tone.Base));
        Ornaments.SetGem(c, 0, 10.5, 1.7, Ornaments.GemColour(s, GemHues[1]));
    }
}
