namespace SpriteDX.Modules.Generation.Rendering.Designs.Items;

/// <summary>Things that hold things: barrels, buckets, cauldrons, bottles, bags and crates, mostly turned profiles.</summary>
internal static class Vessels
{
    private static readonly Ramp Iron = Ramp.From(new Hsv(225, 0.18, 0.36));

    public static void Barrel(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var wood = ItemPaint.Defining(s, "body", SpriteSketch.Wood);
        var hoops = ItemPaint.Part(s, "bands", Iron);
        var bulge = r.Range(11.5, 12.8);
        var barrel = Ornaments.Lathe((3.5, bulge - 3), (9, bulge - 0.5), (16, bulge), (23, bulge - 0.5), (29, bulge - 3));
        c.FillCentred(barrel, wood, Shading.Cylinder);
        foreach (var x in new[] { -6.0, 0, 6 })
            c.Fill(new Box(x - 0.25, 3, x + 0.25, 30).Within(barrel), wood, Shading.Flat(Tone.Shadow));
        foreach (var y in new[] { 6.5, 23.5 })
            c.FillCentred(new Box(-16, y, 16, y + 2).Within(barrel), hoops, Shading.Cylinder, separate: true);
        c.FillCentred(new Ellipse(0, 3.8, bulge - 3.5, 1.3), wood, Shading.Flat(Tone.Light));
    }

    public static void Bucket(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var body = ItemPaint.Defining(s, "body", r.Chance(0.5) ? SpriteSketch.Wood : SpriteSketch.Steel);
        var water = ItemPaint.Part(s, "liquid", Ramp.From(new Hsv(205, 0.65, 0.85)));
        c.FillCentred(new Ellipse(0, 13, 10.5, 11).Minus(new Ellipse(0, 13, 9.3, 9.8)).Within(new Box(-16, 0, 16, 13)), SpriteSketch.Steel, Shading.Sphere);
        c.FillCentred(Ornaments.Lathe((13, 10.5), (29, 7.5)), body, Shading.Cylinder);
        c.FillCentred(new Ellipse(0, 13, 10.5, 2.4), body, Shading.Flat(Tone.Shadow));
        c.FillCentred(new Ellipse(0, 13.6, 9, 1.7), water, Shading.Flat(Tone.Light));
        foreach (var y in new[] { 16.0, 25.5 })
            c.FillCentred(new Box(-16, y, 16, y + 1.6).Within(Ornaments.Lathe((13, 10.5), (29, 7.5))), Iron, Shading.Cylinder, separate: true);
        c.FillPair(Ellipse.Circle(-10, 14.5, 1.3), Iron, Shading.Sphere);
    }

    public static void Cauldron(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var pot = ItemPaint.Part(s, "body", s.MaterialOr(Ramp.From(new Hsv(235, 0.2, 0.3))));
        var brew = ItemPaint.Defining(s, "liquid", new Hsv(110, 0.75, 0.8), new Hsv(285, 0.6, 0.8), new Hsv(25, 0.85, 0.95));
        ItemPaint.GlowBehind(s, new Ellipse(0, 10, 14, 9), brew);
        c.FillPair(new Box(-10, 24, -7, 30), pot, Shading.Bevel);
        c.FillCentred(new Ellipse(0, 18, 13, 10.5).Within(new Box(-16, 11, 16, 32)), pot, Shading.Sphere);
        c.FillCentred(new Ellipse(0, 12, 12.5, 3), brew, Shading.Flat(Tone.Base));
        c.FillCentred(new Ellipse(0, 12, 12.5, 3).Minus(new Ellipse(0, 12.5, 10.5, 2.2)), pot, Shading.Flat(Tone.Light));
        foreach (var (x, y, radius) in new[] { (-4.0, r.Range(6.5, 8), 1.7), (2.5, r.Range(3, 5), 1.3), (5.5, r.Range(7, 9), 1.1) })
            c.Fill(Ellipse.Circle(x, y, radius), brew, Shading.Sphere);
        c.FillPair(new Ellipse(-13.3, 15, 1.4, 2.2), pot, Shading.Bevel);
    }

    public static void Bottle(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var glass = ItemPaint.Defining(s, "glass", new Hsv(135, 0.55, 0.62), new Hsv(28, 0.7, 0.6), new Hsv(205, 0.45, 0.75));
        var label = ItemPaint.Part(s, "label", SpriteSketch.Cream);
        var half = r.Range(5.8, 7);
        var bottle = Ornaments.Lathe((5, 2.2), (11, 2.2), (15, half), (29.5, half));
        c.FillCentred(bottle, glass, Shading.Cylinder);
        c.Fill(new Box(-half + 1.2, 16, -half + 2.2, 27), glass, Shading.Flat(Tone.Highlight));
        c.FillCentred(new Box(-3, 9, 3, 10.5), glass, Shading.Bevel, separate: true);
        c.FillCentred(new Box(-1.8, 2, 1.8, 5.5), SpriteSketch.Wood, Shading.Bevel, separate: true);
        c.FillCentred(new Box(-half, 18, half, 25), label, Shading.Flat(Tone.Base), separate: true);
        c.FillCentred(new Box(-half + 2, 20.5, half - 2, 21.2).Or(new Box(-half + 3, 22.5, half - 3, 23.2)), SpriteSketch.Leather, Shading.Flat(Tone.Base));
    }

    public static void Bag(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var sack = ItemPaint.Defining(s, "body", SpriteSketch.Leather.Colour, new Hsv(36, 0.4, 0.72), new Hsv(28, 0.55, 0.55));
        var tie = ItemPaint.Part(s, "ribbon", Ramp.From(s.SecondColour(new Hsv(2, 0.7, 0.75))));
        var width = r.Range(10.5, 12);
        c.FillCentred(new Polygon((-6, 4.5), (-2.5, 7), (0, 5), (2.5, 7), (6, 4.5), (4.5, 11), (-4.5, 11)), sack, Shading.Bevel);
        c.FillCentred(new Ellipse(0, 21, width, 9).Or(new Polygon((-3, 11), (3, 11), (width * 0.7, 15), (-width * 0.7, 15))), sack, Shading.Sphere, separate: true);
        c.FillCentred(new Box(-4, 10, 4, 12.4), tie, Shading.Bevel, separate: true);
        if (r.Chance(0.6))
        {
            c.FillCentred(Ellipse.Circle(0, 21.5, 3.6), SpriteSketch.Gold, Shading.Sphere);
            c.FillCentred(new Box(-0.5, 19.5, 0.5, 23.5), SpriteSketch.Gold, Shading.Flat(Tone.Shadow));
        }
    }

    public static void Crate(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var wood = ItemPaint.Defining(s, "body", Ramp.From(new Hsv(32, 0.55, r.Range(0.62, 0.72))));
        var outer = new Box(-12.5, 5, 12.5, 29);
        var inner = new Box(-9.5, 8, 9.5, 26);
        c.FillCentred(outer, wood, Shading.Bevel);
        c.FillCentred(inner, wood, Shading.Flat(Tone.Shadow));
        foreach (var y in new[] { 12.5, 17, 21.5 })
            c.FillCentred(new Box(-9.5, y, 9.5, y + 0.4), wood, Shading.Flat(Tone.Outline));
        c.Fill(new Polygon((-9.5, 23), (6.5, 8), (9.5, 8), (9.5, 11), (-6.5, 26), (-9.5, 26)), wood, Shading.Bevel, separate: true);
        c.FillCentred(new Box(-12.5, 5, 12.5, 8).Or(new Box(-12.5, 26, 12.5, 29)), wood, Shading.Bevel, separate: true);
        foreach (var (x, y) in new[] { (-11.0, 6.5), (11.0, 6.5), (-11.0, 27.5), (11.0, 27.5) })
            c.Fill(Ellipse.Circle(x, y, 0.7), Iron, Shading.Flat(Tone.Base));
    }
}
