using SpriteDX.Modules.Generation.Rendering.Designs.Weapons;

namespace SpriteDX.Modules.Generation.Rendering.Designs.Items;

/// <summary>Everyday and magical odds and ends, each with the one feature that names it (a fuse, a needle, pips, a keyhole).</summary>
internal static class Curios
{
    private static readonly Ramp Brass = Ramp.From(new Hsv(40, 0.62, 0.8));

    public static void Bomb(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var shell = ItemPaint.Defining(s, "body", new Hsv(232, 0.3, 0.32), new Hsv(0, 0, 0.25));
        var radius = r.Range(9.5, 10.5);
        c.FillCentred(Ellipse.Circle(0, 31 - radius, radius), shell, Shading.Sphere);
        c.Fill(new Ellipse(-radius * 0.45, 31 - (radius * 1.45), 2.2, 1.4), shell, Shading.Flat(Tone.Highlight));
        c.FillCentred(new Box(-3, 31 - (radius * 2) - 2, 3, 31 - (radius * 2) + 1.5), SpriteSketch.Steel, Shading.Bevel, separate: true);
        var top = 31 - (radius * 2) - 2;
        c.Fill(new Capsule(0, top, 2.5, top - 3, 0.6).Or(new Capsule(2.5, top - 3, 5.5, top - 3.5, 0.6)), SpriteSketch.Cream, Shading.Flat(Tone.Shadow));
        c.Fill(Ornaments.Star(6.5, top - 4, 3, 1.2), SpriteSketch.Flame, Shading.Flat(Tone.Light));
        if (s.Mood != SpriteMood.Neutral)
            s.Face(-3.5, 31 - radius, 31 - radius + 3);
    }

    public static void Hourglass(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var wood = ItemPaint.Part(s, "frame", s.MaterialOr(SpriteSketch.Wood));
        var sand = ItemPaint.Defining(s, "sand", new Hsv(42, 0.6, 0.95), new Hsv(200, 0.5, 0.95), new Hsv(330, 0.4, 0.95));
        var fill = r.Range(0.3, 0.6);
        var glass = Ornaments.Lathe((5, 7.5), (11, 6.5), (15.5, 1.2), (16.5, 1.2), (21, 6.5), (27, 7.5));
        c.FillCentred(glass, SpriteSketch.Glass, Shading.Flat(Tone.Light));
        c.FillCentred(Ornaments.Lathe((5 + (6 * fill), 7), (11, 6.3), (15.5, 1)).Within(glass), sand, Shading.Flat(Tone.Base));
        c.FillCentred(new Polygon((-7, 27), (7, 27), (0, 27 - (9 * (1 - fill)))), sand, Shading.Flat(Tone.Base));
        c.FillCentred(new Box(-0.5, 16, 0.5, 27), sand, Shading.Flat(Tone.Light));
        c.FillPair(new Box(-9.5, 5, -8, 27), wood, Shading.Cylinder, separate: true);
        c.FillCentred(new Box(-11, 2.5, 11, 5.5).Or(new Box(-11, 26.5, 11, 29.5)), wood, Shading.Bevel, separate: true);
    }

    public static void Star(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var colour = ItemPaint.Defining(s, "body", new Hsv(48, 0.8, 1), new Hsv(44, 0.7, 0.95));
        var outer = r.Range(14, 15.5);
        ItemPaint.GlowBehind(s, Ellipse.Circle(0, 17, 15.5), colour);
        c.FillCentred(Ornaments.Star(0, 17.5, outer, outer * 0.45), colour, Shading.Sphere);
        c.Fill(Ornaments.Star(0, 17.5, outer * 0.5, outer * 0.22), colour, Shading.Flat(Tone.Light));
        if (s.Mood != SpriteMood.Neutral)
            s.Face(-3, 17, 20.5);
    }

    public static void Orb(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var orb = ItemPaint.Defining(s, "orb", SpriteSketch.Crystal);
        var stand = ItemPaint.Part(s, "stand", r.Chance(0.5) ? SpriteSketch.Gold : SpriteSketch.Wood);
        ItemPaint.GlowBehind(s, Ellipse.Circle(0, 13, 13.5), orb);
        c.FillCentred(new Polygon((-6, 21), (6, 21), (9.5, 28), (-9.5, 28)), stand, Shading.Bevel);
        c.FillCentred(new Box(-10.5, 27, 10.5, 29.5), stand, Shading.Bevel, separate: true);
        c.FillCentred(Ellipse.Circle(0, 12.5, 10), orb, Shading.Sphere, separate: true);
        c.Fill(new Capsule(-3, 9, 2, 14, 1).Or(new Capsule(2, 14, -1, 17, 1)), orb, Shading.Flat(Tone.Light));
        c.Fill(new Ellipse(-4.5, 8, 2.2, 1.4), orb, Shading.Flat(Tone.Highlight));
    }

    public static void Bell(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var metal = ItemPaint.Defining(s, "metal", SpriteSketch.Gold);
        var flare = r.Range(11, 12.5);
        c.FillCentred(new Ellipse(0, 4, 2.8, 2.6).Minus(new Ellipse(0, 4, 1.4, 1.2)), metal, Shading.Bevel);
        c.FillCentred(Ellipse.Circle(0, 27, 2.6), Ramp.From(new Hsv(30, 0.5, 0.45)), Shading.Sphere);
        c.FillCentred(Ornaments.Lathe((6, 3), (7.5, 6), (11, 7.2), (19, 8), (23, flare - 1.5), (25.5, flare)), metal, Shading.Sphere, separate: true);
        c.FillCentred(new Box(-16, 21.5, 16, 23).Within(Ornaments.Lathe((6, 3), (7.5, 6), (11, 7.2), (19, 8), (23, flare - 1.5), (25.5, flare))), metal, Shading.Flat(Tone.Shadow));
    }

    public static void Compass(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var casing = ItemPaint.Defining(s, "case", Brass);
        var needle = ItemPaint.Part(s, "needle", Ramp.From(new Hsv(355, 0.8, 0.85)));
        var turn = r.Range(-1.5, 1.5);
        c.FillCentred(new Ellipse(0, 4.5, 2.8, 2.6).Minus(new Ellipse(0, 4.5, 1.4, 1.2)).Or(new Box(-1.8, 6, 1.8, 8)), casing, Shading.Bevel);
        c.FillCentred(Ellipse.Circle(0, 18, 12), casing, Shading.Sphere);
        c.FillCentred(Ellipse.Circle(0, 18, 9.5), SpriteSketch.Cream, Shading.Flat(Tone.Base), separate: true);
        foreach (var (x, y) in new[] { (0.0, 10.0), (0.0, 26.0), (-8.0, 18.0), (8.0, 18.0) })
            c.Fill(Ellipse.Circle(x, y, 0.7), SpriteSketch.Ink, Shading.Flat(Tone.Base));
        c.Fill(new Polygon((turn, 10.5), (2.3, 18), (-2.3, 18)), needle, Shading.Flat(Tone.Base));
        c.Fill(new Polygon((-turn, 25.5), (2.3, 18), (-2.3, 18)), SpriteSketch.Steel, Shading.Flat(Tone.Shadow));
        c.Fill(Ellipse.Circle(0, 18, 1), SpriteSketch.Ink, Shading.Flat(Tone.Base));
    }

    public static void Feather(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var vane = ItemPaint.Defining(s, "feather", new Hsv(40, 0.08, 0.97), new Hsv(355, 0.7, 0.85), new Hsv(200, 0.6, 0.85), new Hsv(140, 0.55, 0.7));
        var width = r.Range(4.5, 5.5);
        var shape = new Ellipse(0.5, -3, width, 17).Minus(new Polygon((-6, 3), (-2.5, 3.5), (-6, 5.5))).Minus(new Polygon((6, -9), (2.5, -8), (6, -6.5)));
        c.Fill(Hafted.On(shape), vane, Shading.Sphere);
        c.Fill(Hafted.On(new Capsule(0, 20, 0, -17, 0.5)), SpriteSketch.Cream, Shading.Flat(Tone.Light));
        c.Fill(Hafted.On(new Capsule(0, 20, 0, 13, 0.6)), SpriteSketch.Cream, Shading.Flat(Tone.Shadow));
    }

    public static void Bone(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var bone = ItemPaint.Defining(s, "bone", SpriteSketch.Bone);
        var half = r.Range(10, 12);
        var shape = new Capsule(0, -half, 0, half, 2.3)
            .Or(Ellipse.Circle(-2.4, -half - 1, 3.3), Ellipse.Circle(2.4, -half - 1, 3.3), Ellipse.Circle(-2.4, half + 1, 3.3), Ellipse.Circle(2.4, half + 1, 3.3));
        c.Fill(Hafted.On(shape), bone, Shading.Sphere);
        c.Fill(Hafted.On(new Capsule(-1, -half + 2, -1, half - 2, 0.5)), bone, Shading.Flat(Tone.Light));
    }

    public static void Skull(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var bone = ItemPaint.Defining(s, "bone", SpriteSketch.Bone);
        var jaw = r.Range(6, 7);
        c.FillCentred(new Ellipse(0, 13, 11.5, 10.5).Or(new Box(-jaw, 18, jaw, 27), new Ellipse(0, 27, jaw, 1.5)), bone, Shading.Sphere);
        var socket = s.Mood == SpriteMood.Evil ? Ramp.From(new Hsv(5, 0.85, 1)) : SpriteSketch.Ink;
        c.FillPair(new Ellipse(-4.8, 15.5, 3.2, 3.4), SpriteSketch.Ink, Shading.Flat(Tone.Base));
        if (s.Mood == SpriteMood.Evil || s.Spec.Has("glow"))
            c.FillPair(Ellipse.Circle(-4.8, 16, 1.1), socket, Shading.Flat(Tone.Light));
        c.FillCentred(new Polygon((0, 18.5), (1.6, 21.5), (-1.6, 21.5)), SpriteSketch.Ink, Shading.Flat(Tone.Base));
        c.FillCentred(new Box(-jaw + 1, 24, jaw - 1, 24.6), bone, Shading.Flat(Tone.Outline));
        foreach (var x in new[] { -3.0, 0, 3 })
            c.Fill(new Box(x - 0.3, 23, x + 0.3, 26.5), bone, Shading.Flat(Tone.Outline));
    }

    public static void Flag(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var cloth = ItemPaint.Defining(s, "cloth", new Hsv(355, 0.75, 0.85), new Hsv(215, 0.7, 0.8), new Hsv(130, 0.6, 0.6), new Hsv(48, 0.8, 0.95));
        var emblem = Ramp.From(s.SecondColour(new Hsv(45, 0.1, 0.98)));
        var wave = r.Range(1, 2.2);
        var flag = new Polygon((-9.5, 5), (-3, 5 - wave), (4, 5 + wave), (13.5, 4), (13.5, 18), (4, 19 + wave), (-3, 19 - wave), (-9.5, 19));
        c.Fill(new Capsule(-10.5, 4, -10.5, 30, 1), SpriteSketch.Wood, Shading.Cylinder);
        c.Fill(flag, cloth, Shading.Flat(Tone.Base));
        c.Fill(new Polygon((-3, 5 - wave), (4, 5 + wave), (4, 19 + wave), (-3, 19 - wave)), cloth, Shading.Flat(Tone.Light));
        c.Fill(new Polygon((4, 5 + wave), (13.5, 4), (13.5, 18), (4, 19 + wave)), cloth, Shading.Flat(Tone.Shadow));
        c.Fill(Ornaments.Star(1, 12, 4, 1.7), emblem, Shading.Flat(Tone.Base));
        c.Fill(Ellipse.Circle(-10.5, 3, 1.8), SpriteSketch.Gold, Shading.Sphere, separate: true);
    }

    public static void Clock(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var body = ItemPaint.Defining(s, "body", new Hsv(355, 0.72, 0.82), new Hsv(205, 0.6, 0.75), new Hsv(140, 0.5, 0.6));
        var hour = r.Range(-5, 5);
        c.FillPair(new Capsule(-6, 25, -8, 29.5, 1.2), SpriteSketch.Steel, Shading.Bevel);
        c.FillPair(new Ellipse(-8, 6.5, 4.3, 3.8).Within(new Box(-16, 0, 16, 8.5)), SpriteSketch.Gold, Shading.Sphere);
        c.FillCentred(new Capsule(0, 4.5, 0, 7, 1), SpriteSketch.Gold, Shading.Bevel);
        c.FillCentred(Ellipse.Circle(0, 18, 11), body, Shading.Sphere, separate: true);
        c.FillCentred(Ellipse.Circle(0, 18, 8.3), SpriteSketch.Cream, Shading.Flat(Tone.Base), separate: true);
        foreach (var (x, y) in new[] { (0.0, 11.3), (0.0, 24.7), (-6.7, 18.0), (6.7, 18.0) })
            c.Fill(Ellipse.Circle(x, y, 0.6), SpriteSketch.Ink, Shading.Flat(Tone.Base));
        c.Fill(new Capsule(0, 18, 0, 12.5, 0.5).Or(new Capsule(0, 18, 4.5, 18 + (hour * 0.3), 0.5)), SpriteSketch.Ink, Shading.Flat(Tone.Base));
    }

    public static void Dice(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var body = ItemPaint.Defining(s, "body", new Hsv(40, 0.05, 0.97), new Hsv(355, 0.7, 0.85));
        var pip = body.Colour.Value < 0.9 || body.Colour.Saturation > 0.3 ? Ramp.From(new Hsv(0, 0, 1)) : SpriteSketch.Ink;
        var lean = r.Range(-1, 1);
        c.Fill(new Polygon((0, 4 + lean), (12.5, 10), (0, 16 + lean), (-12.5, 10)), body, Shading.Flat(Tone.Highlight));
        c.Fill(new Polygon((-12.5, 10), (0, 16 + lean), (0, 29.5), (-12.5, 23.5)), body, Shading.Flat(Tone.Light));
        c.Fill(new Polygon((0, 16 + lean), (12.5, 10), (12.5, 23.5), (0, 29.5)), body, Shading.Flat(Tone.Base));
        c.Fill(new Ellipse(0, 10 + (lean / 2), 2.2, 1.3), Ramp.From(new Hsv(355, 0.8, 0.8)), Shading.Flat(Tone.Base));
        foreach (var (x, y) in new[] { (-8.5, 15.0), (-3.5, 23.5) })
            c.Fill(new Ellipse(x, y, 1.3, 1.6), pip, Shading.Flat(Tone.Outline));
        foreach (var (x, y) in new[] { (3.0, 17.5), (6.2, 19.8), (9.4, 22.1) })
            c.Fill(new Ellipse(x, y, 1.2, 1.5), pip, Shading.Flat(Tone.Outline));
    }

    public static void Lock(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var body = ItemPaint.Defining(s, "body", SpriteSketch.Gold);
        var shackle = ItemPaint.Part(s, "shackle", SpriteSketch.Steel);
        var width = r.Range(6.2, 7.2);
        c.FillCentred(new Ellipse(0, 12, width, 8.5).Minus(new Ellipse(0, 12, width - 2.4, 6.1)).Within(new Box(-16, 0, 16, 16)).Or(new Box(-width, 12, -width + 2.4, 16)), shackle, Shading.Sphere);
        c.Fill(new Box(width - 2.4, 12, width, 16), shackle, Shading.Sphere);
        c.FillCentred(new Box(-10.5, 15, 10.5, 29).Minus(new Box(-10.5, 15, -9.5, 16).Or(new Box(9.5, 15, 10.5, 16))), body, Shading.Sphere, separate: true);
        c.FillCentred(Ellipse.Circle(0, 20.5, 2).Or(new Polygon((-1.1, 21), (1.1, 21), (1.6, 25.5), (-1.6, 25.5))), SpriteSketch.Ink, Shading.Flat(Tone.Base));
    }
}
