namespace SpriteDX.Modules.Generation.Rendering.Designs.Items;

/// <summary>Flat paper things (scrolls, maps, envelopes, books): parchment, lines of writing, seals and ribbons.</summary>
internal static class Paper
{
    private static readonly Ramp Parchment = Ramp.From(new Hsv(40, 0.28, 0.94));
    private static readonly Ramp Writing = Ramp.From(new Hsv(28, 0.35, 0.55));

    public static void Scroll(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var ribbon = ItemPaint.Defining(s, "ribbon", new Hsv(354, 0.75, 0.78), new Hsv(215, 0.6, 0.7), new Hsv(140, 0.55, 0.55));
        var half = r.Range(8, 9.5);
        c.FillCentred(new Box(-half, 6, half, 26), ItemPaint.Part(s, "paper", Parchment), Shading.Flat(Tone.Base));
        Lines(c, -half + 2.5, half - 2.5, 10, 22);
        foreach (var y in new[] { 5.0, 27.0 })
        {
            c.FillCentred(new Capsule(-half - 1.5, y, half + 1.5, y, 2.4), Parchment, Shading.Cylinder, separate: true);
            c.FillPair(new Ellipse(-half - 2.6, y, 1.3, 2.6), SpriteSketch.Wood, Shading.Sphere);
        }
        c.FillCentred(new Box(-1.3, 2.4, 1.3, 29.6), ribbon, Shading.Bevel, separate: true);
        c.Fill(Ellipse.Circle(0, 16, 2.6), ribbon, Shading.Sphere, separate: true);
    }

    public static void Map(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var paper = ItemPaint.Defining(s, "paper", Parchment);
        var sea = Ramp.From(new Hsv(200, 0.45, 0.85));
        var land = Ramp.From(new Hsv(105, 0.45, 0.65));
        var (left, middle, right) = (
            new Polygon((-13.5, 7), (-4.5, 4.5), (-4.5, 26), (-13.5, 28.5)),
            new Polygon((-4.5, 4.5), (4.5, 7), (4.5, 28.5), (-4.5, 26)),
            new Polygon((4.5, 7), (13.5, 4.5), (13.5, 26), (4.5, 28.5)));
        c.Fill(left, paper, Shading.Flat(Tone.Light));
        c.Fill(middle, paper, Shading.Flat(Tone.Base));
        c.Fill(right, paper, Shading.Flat(Tone.Light));
        var whole = new Union(left, middle, right);
        c.Fill(new Ellipse(r.Range(-3, 1), 16, 9, 6.5).Within(whole).Minus(new Box(-16, 0, 16, 8.5)), sea, Shading.Flat(Tone.Base));
        c.Fill(new Ellipse(r.Range(-4, -2), 16.5, 4.5, 3.5), land, Shading.Flat(Tone.Base));
        foreach (var (x, y) in new[] { (-10.0, 24.0), (-7.5, 22.0), (-5.0, 21.0) , (1.0, 21.5), (4.0, 20.0), (6.5, 17.5) })
            c.Fill(Ellipse.Circle(x, y, 0.6), Ramp.From(new Hsv(350, 0.75, 0.75)), Shading.Flat(Tone.Base));
        c.Fill(new Capsule(7.5, 11, 11, 14.5, 0.6).Or(new Capsule(11, 11, 7.5, 14.5, 0.6)), Ramp.From(new Hsv(350, 0.8, 0.85)), Shading.Flat(Tone.Base));
    }

    public static void Envelope(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var paper = ItemPaint.Defining(s, "paper", SpriteSketch.Cream.Colour, new Hsv(40, 0.3, 0.92), new Hsv(200, 0.1, 0.96));
        var seal = ItemPaint.Part(s, "seal", Ramp.From(new Hsv(354, 0.75, 0.75)));
        var top = r.Range(7.5, 9);
        c.FillCentred(new Box(-13.5, top, 13.5, 25.5), paper, Shading.Flat(Tone.Base));
        c.Fill(new Polygon((-13.5, 25.5), (0, 16), (13.5, 25.5)), paper, Shading.Flat(Tone.Light));
        c.FillCentred(new Polygon((-13.5, top), (13.5, top), (0, 19)), paper, Shading.Bevel, separate: true);
        c.FillCentred(Ellipse.Circle(0, 18.5, 3), seal, Shading.Sphere, separate: true);
        if (s.Spec.Has("heart") || s.Mood == SpriteMood.Cute)
            c.FillCentred(Ornaments.HeartShape(0, 19.5, 0.18), seal, Shading.Flat(Tone.Light));
    }

    public static void Book(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var cover = ItemPaint.Defining(s, "cover", new Hsv(355, 0.7, 0.62), new Hsv(218, 0.6, 0.6), new Hsv(140, 0.55, 0.5), new Hsv(280, 0.45, 0.55), new Hsv(24, 0.6, 0.5));
        var trim = ItemPaint.Part(s, "trim", SpriteSketch.Gold);
        var spell = s.Spec.Variant is "spell" or "spellbook" or "magic" || s.Spec.Has("glow");
        c.Fill(new Box(-8.5, 6, 11, 29), SpriteSketch.Cream, Shading.Flat(Tone.Base));
        foreach (var y in new[] { 8.0, 11, 14, 17, 20, 23, 26 })
            c.Fill(new Box(9.5, y, 11, y + 0.4), SpriteSketch.Cream, Shading.Flat(Tone.Shadow));
        c.Fill(new Box(-11, 3.5, 9.5, 27.5), cover, Shading.Bevel, separate: true);
        c.Fill(new Box(-11, 3.5, -8, 27.5), cover, Shading.Flat(Tone.Shadow));
        c.Fill(new Box(-8, 3.5, -7.4, 27.5), cover, Shading.Flat(Tone.Light));
        foreach (var y in new[] { 7.0, 23.5 })
            c.Fill(new Box(-11, y, -8, y + 1.2), trim, Shading.Flat(Tone.Base));
        if (spell)
        {
            var glyph = ItemPaint.Part(s, "glyph", Ramp.From(s.SecondColour(new Hsv(r.Pick([190.0, 50, 300]), 0.7, 1))));
            ItemPaint.GlowBehind(s, Ellipse.Circle(1, 15.5, 6.5), glyph);
            c.Fill(Ellipse.Circle(1, 15.5, 5).Minus(Ellipse.Circle(1, 15.5, 4.1)), glyph, Shading.Flat(Tone.Light));
            c.Fill(Ornaments.Star(1, 15.8, 3.6, 1.5), glyph, Shading.Flat(Tone.Light));
        }
        else
        {
            c.Fill(new Box(-4.5, 10, 6.5, 16), trim, Shading.Bevel, separate: true);
            c.Fill(new Box(-2.5, 12.5, 4.5, 13.3), cover, Shading.Flat(Tone.Shadow));
        }
        c.Fill(new Polygon((4, 27.5), (6, 27.5), (6, 31), (5, 30), (4, 31)), Ramp.From(new Hsv(354, 0.75, 0.8)), Shading.Flat(Tone.Base));
    }

    /// <summary>Lines of writing across a sheet, the last one short as a paragraph ends.</summary>
    private static void Lines(PixelCanvas c, double left, double right, double top, double bottom)
    {
        for (var y = top; y <= bottom; y += 3)
        {
            var end = y + 3 > bottom ? left + ((right - left) * 0.6) : right;
            c.Fill(new Box(left, y, end, y + 0.7), Writing, Shading.Flat(Tone.Base));
        }
    }
}
