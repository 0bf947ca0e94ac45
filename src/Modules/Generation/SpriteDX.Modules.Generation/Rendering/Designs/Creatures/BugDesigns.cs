using static SpriteDX.Modules.Generation.Rendering.Designs.Creatures.CreatureParts;

namespace SpriteDX.Modules.Generation.Rendering.Designs.Creatures;

/// <summary>
/// Insects and arachnids. Spiders, beetles and butterflies are seen from above, symmetric, as they are usually pictured;
/// the bee, the ant and the scorpion in profile facing right, where the striped abdomen, the thin waist and the raised sting show.
/// </summary>
internal static class BugDesigns
{
    public static IReadOnlyDictionary<string, Design> Subjects { get; } = new Dictionary<string, Design>
    {
        ["spider"] = new(Spider, Animation.Idle),
        ["bee"] = new(Bee, Animation.Idle),
        ["butterfly"] = new(Butterfly, Animation.Idle),
        ["ant"] = new(Ant, Animation.Idle),
        ["beetle"] = new(Beetle, Animation.Idle),
        ["scorpion"] = new(Scorpion, Animation.Idle),
    };

    private static readonly Ramp DarkLegs = Ramp.From(new Hsv(250, 0.3, 0.22));

    public static void Spider(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var colour = s.PartColour("body", s.MainColour(new Hsv(262, 0.3, 0.3), new Hsv(24, 0.5, 0.42), new Hsv(280, 0.45, 0.45)));
        var body = Ramp.From(colour);
        var legs = Ramp.From(colour.With(value: colour.Value * 0.85));
        var mark = Ramp.From(s.SecondColour(new Hsv(2, 0.85, 0.9)));
        var spread = r.Range(-0.5, 0.5);

        for (var i = 0; i < 4; i++)
        {
            var rootY = 13 + (i * 2.2);
            var knee = (X: -11.5 - (i is 1 or 2 ? 1 : 0), Y: 7 + (i * 3.6) + spread);
            var foot = (X: -14.8 + (i * 1.1), Y: 15 + (i * 4.4));
            c.FillPair(Tube((-4, rootY, 1), (knee.X, knee.Y, 0.9), (foot.X, foot.Y, 0.6)), legs, Shading.Cylinder, separate: true);
        }
        c.FillCentred(new Ellipse(0, 21.5, 7.2, 7), body, Shading.Sphere, separate: true);
        if (r.Chance(0.6))
        {
            c.FillCentred(new Polygon((-1.8, 21), (1.8, 21), (0, 23.5)).Or(new Polygon((-1.8, 26), (1.8, 26), (0, 23.5))), mark, Shading.Flat(Tone.Base));
        }
        c.FillCentred(new Ellipse(0, 12.5, 6.2, 5.5), body, Shading.Sphere, separate: true);
        c.FillPair(new Capsule(-1.5, 17, -2, 19, 0.6), SpriteSketch.Bone, Shading.Flat(Tone.Base));
        var eyes = s.Spec.EyeCount ?? (r.Chance(0.5) ? 2 : 6);
        EyeRow(s, eyes, 12.5, 3.4, s.Mood == SpriteMood.Neutral ? (eyes > 2 ? EyeStyle.Round : EyeStyle.Cute) : null);
    }

    public static void Bee(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var colour = s.PartColour("body", s.MainColour(new Hsv(46, 0.85, 1), new Hsv(40, 0.85, 0.98)));
        var fuzz = Ramp.From(colour);
        var stripes = Ramp.From(s.SecondColour(new Hsv(250, 0.3, 0.2)));
        var wings = Ramp.From(s.PartColour("wings", new Hsv(195, 0.18, 0.97)));
        var plump = r.Range(5.2, 6.2);

        c.Fill(new Polygon((-11.5, 18.5), (-15, 20.5), (-11, 20.5)), DarkLegs, Shading.Flat(Tone.Base));
        foreach (var x in new[] { -1.5, 1.5, 4.0 })
        {
            c.Fill(Tube((x, 20, 0.6), (x - 1, 24.5, 0.5), (x + 0.5, 26.5, 0.45)), DarkLegs, Shading.Flat(Tone.Base));
        }
        c.Fill(new Ellipse(-2.5, 8.5, 3.8, 6).Or(new Ellipse(-6, 10, 3.5, 5)), wings, Shading.Flat(Tone.Light));
        var abdomen = new Ellipse(-5, 18.5, 7, plump);
        c.Fill(abdomen, fuzz, Shading.Sphere, separate: true);
        foreach (var x in new[] { -8.5, -4.5, -0.5 })
        {
            c.Fill(new Box(x, 0, x + 1.8, 32).Within(abdomen), stripes, Shading.Cylinder);
        }
        c.Fill(Ellipse.Circle(2.5, 16.5, 4), fuzz, Shading.Sphere, separate: true);
        c.Fill(Ellipse.Circle(7.5, 14.5, 4), stripes, Shading.Sphere, separate: true);
        c.Fill(new Union(new Capsule(8, 11, 9.5, 6.5, 0.45), new Capsule(9.5, 6.5, 12, 5.5, 0.45)), stripes, Shading.Flat(Tone.Base));
        c.Fill(new Ellipse(1, 8, 3, 5.2), wings, Shading.Bevel, separate: true);
        c.Fill(new Capsule(0, 5, 1.5, 9, 0.4), wings, Shading.Flat(Tone.Highlight));
        s.Eye(8.5, 13.8, s.Mood == SpriteMood.Neutral ? EyeStyle.Glow : null, new Hsv(220, 0.05, 1));
        if (s.Spec.Has("crown"))
        {
            c.Fill(new Polygon((5, 11), (10, 11), (10, 8), (8.8, 9.4), (7.5, 7.5), (6.2, 9.4), (5, 8)), SpriteSketch.Gold, Shading.Bevel);
        }
    }

    public static void Butterfly(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var colour = s.PartColour("wings", s.MainColour(new Hsv(28, 0.85, 0.98), new Hsv(205, 0.75, 0.95), new Hsv(290, 0.5, 0.9), new Hsv(50, 0.8, 1), new Hsv(330, 0.55, 0.97)));
        var wing = Ramp.From(colour);
        var edge = Ramp.From(colour.ShiftHueTowards(250, 40).With(saturation: Math.Min(colour.Saturation, 0.5), value: colour.Value * 0.35));
        var spot = Ramp.From(s.SecondColour(new Hsv(45, 0.08, 1)));
        var body = Ramp.From(s.PartColour("body", new Hsv(250, 0.3, 0.28)));
        var upper = r.Range(7, 8);

        var upperWing = new Ellipse(-7.5, 11, upper, 7.5);
        var lowerWing = new Ellipse(-5.5, 21.5, 5.2, 6);
        c.FillPair(upperWing.Or(lowerWing), edge, Shading.Flat(Tone.Base));
        c.FillPair(new Ellipse(-7.2, 11.3, upper - 1.8, 5.8).Or(new Ellipse(-5.3, 21.3, 3.8, 4.5)), wing, Shading.Sphere);
        c.FillPair(new Union(Ellipse.Circle(-11.5, 8, 1.2), Ellipse.Circle(-9, 5.5, 0.9), Ellipse.Circle(-6.5, 23.5, 1.2)), spot, Shading.Flat(Tone.Light));
        c.FillCentred(new Capsule(0, 9, 0, 25, 1.3), body, Shading.Cylinder, separate: true);
        c.FillPair(new Union(new Capsule(-1, 6, -3.8, 1.8, 0.4), Ellipse.Circle(-4, 1.8, 0.8)), body, Shading.Flat(Tone.Base));
        c.FillCentred(Ellipse.Circle(0, 7.5, 2.8), body, Shading.Sphere, separate: true);
        s.Eyes(-1.2, 7.3, EyeStyle.Glow, new Hsv(220, 0.05, 1));
    }

    public static void Ant(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var colour = s.PartColour("body", s.MainColour(new Hsv(6, 0.72, 0.62), new Hsv(250, 0.22, 0.26), new Hsv(20, 0.6, 0.45)));
        var shell = Ramp.From(colour);
        var legs = Ramp.From(colour.With(value: colour.Value * 0.7));
        var gaster = r.Range(5.5, 6.5);

        foreach (var (rootX, kneeX, footX) in new[] { (-0.5, -4.5, -7.5), (1.5, 1.0, -0.5), (3.0, 6.5, 8.0) })
        {
            c.Fill(Tube((rootX, 18.5, 0.7), (kneeX, 21.5, 0.6), (footX, 28, 0.5)), legs, Shading.Flat(Tone.Base));
        }
        c.Fill(new Ellipse(-8, 17, 6.5, gaster), shell, Shading.Sphere, separate: true);
        c.Fill(new Capsule(-2, 17.5, 0.5, 17.5, 1), shell, Shading.Sphere, separate: true);
        c.Fill(new Ellipse(2.5, 16.8, 3, 2.4), shell, Shading.Sphere, separate: true);
        c.Fill(new Union(new Capsule(9.5, 11, 10, 6.5, 0.45), new Capsule(10, 6.5, 14, 4, 0.45)), legs, Shading.Flat(Tone.Base));
        c.Fill(new Ellipse(8.5, 14.5, 4, 3.8), shell, Shading.Sphere, separate: true);
        c.Fill(new Polygon((11.5, 16), (14.5, 17.5), (11.5, 18.5)), legs, Shading.Flat(Tone.Base));
        s.Eye(9.5, 13.5, s.Mood == SpriteMood.Neutral ? EyeStyle.Round : null);
    }

    public static void Beetle(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var ladybug = s.Spec.Variant is "ladybug" or "ladybird";
        Hsv[] palette = ladybug ? [new(2, 0.85, 0.9)] : [new(150, 0.65, 0.6), new(215, 0.65, 0.7), new(280, 0.45, 0.55), new(30, 0.55, 0.5)];
        var colour = s.PartColour("shell", s.MainColour(palette));
        var shell = Ramp.From(colour);
        var dark = Ramp.From(s.PartColour("body", new Hsv(250, 0.3, 0.22)));
        var horned = s.Spec.Has("horns") || (!ladybug && r.Chance(0.4));

        for (var i = 0; i < 3; i++)
        {
            var rootY = 13 + (i * 4);
            c.FillPair(Tube((-5, rootY, 0.8), (-10.5, rootY - 1.5 + (i * 1.5), 0.7), (-12.5, rootY + 3 + (i * 1.5), 0.5)), dark, Shading.Flat(Tone.Base));
        }
        c.FillPair(new Union(new Capsule(-1.5, 4.5, -3.5, 1.5, 0.4), new Capsule(-3.5, 1.5, -5.5, 2, 0.4)), dark, Shading.Flat(Tone.Base));
        if (horned)
        {
            c.FillCentred(new Polygon((-1.2, 6), (1.2, 6), (0.8, 1.5), (0, 0.8), (-0.8, 1.5)), dark, Shading.Bevel);
        }
        c.FillCentred(new Ellipse(0, 6.5, 3.5, 2.6), dark, Shading.Sphere, separate: true);
        c.FillCentred(new Ellipse(0, 10.5, 6, 3.2), dark, Shading.Sphere, separate: true);
        var elytra = new Ellipse(0, 20, r.Range(8, 8.8), 9.5).Within(new Box(-16, 12, 16, 32));
        c.FillCentred(elytra, shell, Shading.Sphere, separate: true);
        c.FillCentred(new Box(-0.3, 12, 0.3, 30).Within(elytra), shell, Shading.Flat(Tone.Outline));
        if (ladybug)
        {
            c.FillPair(new Union(Ellipse.Circle(-4, 16, 1.5), Ellipse.Circle(-5.5, 22, 1.5), Ellipse.Circle(-3, 26, 1.2)), dark, Shading.Flat(Tone.Base));
        }
        else
        {
            c.FillPair(new Capsule(-4, 15, -5, 23, 0.6), shell, Shading.Flat(Tone.Highlight));
        }
        s.Eyes(-2, 6.3, EyeStyle.Glow, new Hsv(220, 0.05, 1));
    }

    public static void Scorpion(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var colour = s.PartColour("body", s.MainColour(new Hsv(34, 0.72, 0.78), new Hsv(250, 0.25, 0.28), new Hsv(4, 0.65, 0.62)));
        var shell = Ramp.From(colour);
        var legs = Ramp.From(colour.With(value: colour.Value * 0.75));
        var arch = r.Range(-0.6, 0.6);

        foreach (var x in new[] { -6.0, -3.0, 0.0, 3.0 })
        {
            c.Fill(Tube((x, 22, 0.6), (x - 1.5, 25, 0.5), (x - 2.5, 28.5, 0.45)), legs, Shading.Flat(Tone.Base));
        }
        (double X, double Y, double R)[] tail = [(-9, 21.5, 2.4), (-12.5, 17.5, 2.2), (-13.5, 12.5 + arch, 2), (-11.5, 7.5 + arch, 1.8), (-7, 5 + arch, 1.6), (-3, 6 + arch, 1.5)];
        for (var i = 1; i < tail.Length; i++)
        {
            c.Fill(Ellipse.Circle(tail[i].X, tail[i].Y, tail[i].R), shell, Shading.Sphere, separate: true);
        }
        c.Fill(new Polygon((-3.8, 5.5), (-0.5, 6.5), (0.5, 10.5), (-2.2, 7.5)), legs, Shading.Bevel, separate: true);
        c.Fill(new Ellipse(-3, 21.5, 7.5, 3.4), shell, Shading.Sphere, separate: true);
        c.Fill(new Capsule(6, 21, 9.5, 17.5, 1.3), shell, Shading.Cylinder);
        c.Fill(new Ellipse(12.5, 16, 3.2, 2.4).Minus(new Polygon((12, 16.2), (16.5, 14.5), (16.5, 17.5))), shell, Shading.Sphere, separate: true);
        c.Fill(new Ellipse(5, 20.8, 3.8, 3), shell, Shading.Sphere, separate: true);
        s.Eye(6.5, 19.5, s.Mood == SpriteMood.Neutral ? EyeStyle.Round : null);
    }
}
