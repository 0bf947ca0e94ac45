namespace SpriteDX.Modules.Generation.Rendering.Designs.Items;

/// <summary>Gear shown on its own, as inventory icons show it: helmets, hats, boots, gloves and armour.</summary>
internal static class Wearables
{
    private static readonly string[] HatKinds = ["wizard", "cowboy", "top hat"];

    public static void Helmet(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var metal = ItemPaint.Defining(s, "helmet", SpriteSketch.Steel);
        var horned = s.Spec.Has("horns") || s.Spec.Variant == "viking";
        if (horned)
        {
            c.FillPair(new Polygon((-8, 14), (-13.5, 10), (-14.5, 2.5), (-11.5, 7.5), (-7, 10)), SpriteSketch.Bone, Shading.Sphere);
        }
        else if (r.Chance(0.6))
        {
            c.FillCentred(new Ellipse(0, 5, 2.2, 4.5).Or(new Capsule(0, 2.5, 5, 6, 2)), ItemPaint.Part(s, "plume", Ramp.From(s.SecondColour(new Hsv(355, 0.75, 0.8)))), Shading.Sphere);
        }
        var dome = new Ellipse(0, 15, 10, 10).Within(new Box(-16, 0, 16, 15)).Or(new Box(-10, 15, 10, 27.5));
        c.FillCentred(dome, metal, Shading.Sphere, separate: true);
        c.FillCentred(new Box(-0.8, 5.5, 0.8, 27.5), metal, Shading.Flat(Tone.Light));
        c.FillCentred(new Box(-7.5, 15, 7.5, 17.2).Minus(new Box(-0.8, 15, 0.8, 17.2)), SpriteSketch.Ink, Shading.Flat(Tone.Base));
        foreach (var y in new[] { 20.5, 23.5 })
            c.FillPair(new Box(-6, y, -4.8, y + 1), SpriteSketch.Ink, Shading.Flat(Tone.Base));
        c.FillCentred(new Box(-10, 26, 10, 28.5), metal, Shading.Bevel, separate: true);
    }

    public static void Hat(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var kind = s.Spec.Variant is { } variant && HatKinds.Contains(variant) ? variant : r.Pick(HatKinds);
        var band = ItemPaint.Part(s, "band", Ramp.From(s.SecondColour(new Hsv(46, 0.75, 0.95))));
        switch (kind)
        {
            case "wizard":
            {
                var felt = ItemPaint.Defining(s, "hat", new Hsv(240, 0.55, 0.6), new Hsv(280, 0.5, 0.55), new Hsv(210, 0.6, 0.55));
                var tip = r.Range(-4, 4);
                c.FillCentred(new Ellipse(0, 25, 14, 3.6), felt, Shading.Sphere);
                c.Fill(new Polygon((-8, 25), (8, 25), (3, 12), (tip + 5, 4), (tip, 2.5), (-2, 10)), felt, Shading.Sphere, separate: true);
                c.Fill(new Polygon((-7.2, 22), (7.2, 22), (7.8, 24.5), (-7.8, 24.5)), band, Shading.Bevel);
                c.Fill(Ornaments.Star(-1, 15.5, 2.6, 1.1), band, Shading.Flat(Tone.Light));
                break;
            }
            case "cowboy":
            {
                var felt = ItemPaint.Defining(s, "hat", new Hsv(26, 0.6, 0.45), new Hsv(30, 0.3, 0.25), new Hsv(20, 0.5, 0.6));
                c.FillCentred(new Polygon((-15, 12.5), (-12, 19.5), (0, 21.5), (12, 19.5), (15, 12.5), (11, 16.5), (0, 18), (-11, 16.5)), felt, Shading.Bevel);
                c.FillCentred(new Polygon((-7.5, 18.5), (-8, 9.5), (-4, 6), (0, 9), (4, 6), (8, 9.5), (7.5, 18.5)), felt, Shading.Sphere, separate: true);
                c.FillCentred(new Box(-7.8, 15.5, 7.8, 18), band, Shading.Bevel);
                break;
            }
            default:
            {
                var felt = ItemPaint.Defining(s, "hat", new Hsv(240, 0.25, 0.22), new Hsv(0, 0.6, 0.45), new Hsv(30, 0.4, 0.35));
                c.FillCentred(new Ellipse(0, 25, 13.5, 3), felt, Shading.Sphere);
                c.FillCentred(new Box(-8, 5, 8, 25), felt, Shading.Cylinder, separate: true);
                c.FillCentred(new Ellipse(0, 5, 8, 1.5), felt, Shading.Flat(Tone.Light));
                c.FillCentred(new Box(-8, 19, 8, 22.5), band, Shading.Bevel);
                break;
            }
        }
    }

    public static void Boots(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var leather = ItemPaint.Defining(s, "boots", SpriteSketch.Leather);
        var sole = Ramp.From(new Hsv(20, 0.4, 0.25));
        var toe = r.Range(8.5, 10);
        IShape Boot(double dx, double dy) => new Polygon((-5, 5), (2, 5), (2, 19), (toe - 1, 21), (toe, 26), (-5, 26)).Offset(dx, dy);
        foreach (var (dx, dy, tone) in new[] { (4.5, -1.5, Tone.Shadow), (-4.5, 1.5, Tone.Base) })
        {
            c.Fill(Boot(dx, dy), leather, tone == Tone.Shadow ? Shading.Flat(Tone.Shadow) : Shading.Bevel, separate: true);
            c.Fill(new Box(-5.5, 4.5, 2.5, 8).Offset(dx, dy), leather, Shading.Flat(Tone.Light), separate: true);
            c.Fill(new Box(-5, 26, toe, 28).Offset(dx, dy), sole, Shading.Flat(Tone.Base));
        }
    }

    public static void Gloves(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var glove = ItemPaint.Defining(s, "gloves", SpriteSketch.Leather.Colour, new Hsv(4, 0.6, 0.7), new Hsv(215, 0.2, 0.8));
        var spread = r.Range(0, 0.8);
        c.Fill(new Capsule(-6.5, 18, -11.5, 12.5, 2.3), glove, Shading.Sphere);
        c.Fill(new Box(-6.5, 12, 7, 24).Or(Ellipse.Circle(0.2, 21, 6.8)), glove, Shading.Sphere, separate: true);
        foreach (var (x, top) in new[] { (-4.6, 5.5), (-1.4, 3.5), (1.8, 4), (5, 6.5) })
            c.Fill(new Capsule(x - (spread * Math.Sign(x)), top, x, 13, 1.55), glove, Shading.Cylinder, separate: true);
        c.Fill(new Polygon((-7, 24), (7.5, 24), (9, 30), (-8.5, 30)), ItemPaint.Part(s, "cuff", glove), Shading.Bevel, separate: true);
        c.Fill(new Box(-7.5, 26, 8, 27), glove, Shading.Flat(Tone.Shadow));
    }

    public static void Armour(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var metal = ItemPaint.Defining(s, "armour", SpriteSketch.Steel);
        var trim = ItemPaint.Part(s, "trim", r.Chance(0.5) ? SpriteSketch.Gold : Ramp.From(new Hsv(355, 0.65, 0.65)));
        c.FillCentred(new Polygon((-9, 5), (-4, 4), (0, 8), (4, 4), (9, 5), (10, 14), (8.5, 22), (9, 28), (-9, 28), (-8.5, 22), (-10, 14)), metal, Shading.Sphere);
        c.FillPair(new Ellipse(-11, 8.5, 5, 4.5), metal, Shading.Sphere, separate: true);
        c.FillPair(new Ellipse(-11, 8.5, 5, 4.5).Minus(new Ellipse(-11, 9.5, 5, 4.3)), trim, Shading.Flat(Tone.Base));
        c.FillCentred(new Box(-0.6, 9, 0.6, 21), metal, Shading.Flat(Tone.Light));
        c.FillCentred(new Box(-9, 21, 9, 23.5), trim, Shading.Bevel, separate: true);
        c.FillCentred(new Box(-1.8, 21, 1.8, 23.5), SpriteSketch.Gold, Shading.Bevel, separate: true);
        c.FillCentred(new Polygon((-4, 4), (0, 8), (4, 4), (2.5, 3.5), (0, 6), (-2.5, 3.5)), trim, Shading.Flat(Tone.Base));
    }
}
