using static SpriteDX.Modules.Generation.Rendering.Designs.Creatures.CreatureParts;

namespace SpriteDX.Modules.Generation.Rendering.Designs.Creatures;

/// <summary>
/// Long soft bodies: a snake coiled with its head raised in profile, a worm rising from its hole facing the viewer,
/// a snail in profile under its spiral shell.
/// </summary>
internal static class SerpentDesigns
{
    public static IReadOnlyDictionary<string, Design> Subjects { get; } = new Dictionary<string, Design>
    {
        ["snake"] = new(Snake, Animation.Idle),
        ["worm"] = new(Worm, Animation.Idle),
        ["snail"] = new(Snail, Animation.Idle),
    };

    public static void Snake(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var colour = s.PartColour("body", s.MainColour(new Hsv(110, 0.6, 0.62), new Hsv(85, 0.55, 0.7), new Hsv(30, 0.55, 0.6), new Hsv(2, 0.7, 0.75)));
        var scales = Ramp.From(colour);
        var belly = Ramp.From(colour.ShiftHueTowards(50, 40).With(saturation: colour.Saturation * 0.45, value: Math.Max(colour.Value, 0.8) + 0.15));
        var pattern = Ramp.From(s.SecondColour(colour.With(value: colour.Value * 0.6, saturation: colour.Saturation + 0.1)));
        var sway = r.Range(-1, 1);

        if (s.Spec.Has("wings"))
        {
            FeatherWings(c, 1, 14, 0.9, Ramp.From(s.PartColour("wings", new Hsv(150, 0.5, 0.75))));
        }
        c.Fill(Tube((-9.5, 25.5, 1.6), (-13, 23, 1), (-14.5, 20, 0.5)), scales, Shading.Cylinder);
        c.FillCentred(new Ellipse(0, 27, 11.5, 3.6), scales, Shading.Sphere, separate: true);
        var neck = Tube((-3, 24, 3.2), (3.5 + sway, 19, 2.8), (1 + sway, 13.5, 2.5), (-2, 10, 2.4));
        c.FillCentred(new Ellipse(0, 23.5, 8.5, 3.2), scales, Shading.Sphere, separate: true);
        c.Fill(neck, scales, Shading.Cylinder, separate: true);
        c.Fill(neck.Minus(neck.Offset(-1.6, 0)), belly, Shading.Flat(Tone.Base));
        foreach (var (x, y) in new[] { (-6.0, 27.0), (0.0, 28.0), (6.0, 27.0), (-4.0, 23.5), (3.0, 23.5) })
        {
            c.Fill(new Ellipse(x, y, 1.4, 0.9), pattern, Shading.Flat(Tone.Base));
        }
        var head = new Ellipse(0.5, 8.5, 5, 3.4).Or(new Ellipse(3, 9.5, 3.5, 2.5));
        c.Fill(head, scales, Shading.Sphere, separate: true);
        c.Fill(new Union(new Capsule(6.5, 10.5, 10, 11, 0.35), new Capsule(10, 11, 11.5, 10, 0.35), new Capsule(10, 11, 11.5, 12, 0.35)), Ramp.From(new Hsv(355, 0.8, 0.9)), Shading.Flat(Tone.Base));
        if (s.Spec.Has("horns"))
        {
            c.Fill(new Polygon((-2.5, 6), (-0.5, 5.5), (-4, 1.5)), SpriteSketch.Bone, Shading.Sphere);
        }
        if (s.Spec.Has("crown"))
        {
            c.Fill(new Polygon((-3, 6), (3, 6), (3, 2.5), (1.5, 4), (0, 1.5), (-1.5, 4), (-3, 2.5)), SpriteSketch.Gold, Shading.Bevel);
        }
        s.Eye(2.5, 7.8, s.Mood == SpriteMood.Neutral ? EyeStyle.Slit : null, Amber);
    }

    public static void Worm(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var colour = s.PartColour("body", s.MainColour(new Hsv(350, 0.42, 0.92), new Hsv(10, 0.45, 0.85), new Hsv(330, 0.35, 0.9)));
        var skin = Ramp.From(colour);
        var band = Ramp.From(colour.With(saturation: colour.Saturation + 0.15, value: colour.Value * 0.82));
        var dirt = Ramp.From(new Hsv(26, 0.5, 0.42));
        var lean = r.Range(-1.2, 1.2);

        (double X, double Y)[] segments = [(0, 26.5), (2.5, 22.5), (2.5 + lean, 18.5), (0 + lean, 15), (lean * 0.5, 11.5)];
        for (var i = 0; i < segments.Length; i++)
        {
            var (x, y) = segments[i];
            c.Fill(Ellipse.Circle(x, y, 3.6), i == 2 ? band : skin, Shading.Sphere, separate: true);
        }
        c.Fill(Ellipse.Circle(lean * 0.5, 8.5, 5), skin, Shading.Sphere, separate: true);
        c.FillCentred(new Ellipse(0, 29, 11, 3.2).Or(Ellipse.Circle(-7, 27.5, 2), Ellipse.Circle(6.5, 27.8, 1.8)), dirt, Shading.Sphere, separate: true);
        c.Fill(new Union(Ellipse.Circle(-4, 29.5, 0.6), Ellipse.Circle(3, 30, 0.6)), dirt, Shading.Flat(Tone.Shadow));
        s.Face((lean * 0.5) - 2.2, 8.2, 10.5);
        if (s.Spec.Has("crown"))
        {
            Crown(c, 3.8);
        }
    }

    public static void Snail(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var shellColour = s.PartColour("shell", s.MainColour(new Hsv(26, 0.6, 0.7), new Hsv(350, 0.45, 0.85), new Hsv(40, 0.55, 0.85), new Hsv(200, 0.4, 0.8)));
        var shell = Ramp.From(shellColour);
        var body = Ramp.From(s.PartColour("body", s.Spec.Colours.Count > 1 ? s.SecondColour(shellColour) : new Hsv(60, 0.3, 0.85)));
        var radius = r.Range(8, 9.2);
        var (sx, sy) = (-3.0, 26.5 - radius - 1);

        c.Fill(new Union(new Capsule(-12, 27.5, 9, 27.5, 2.3), new Capsule(9, 27, 10.5, 19, 2.8)), body, Shading.Cylinder);
        c.Fill(new Union(new Capsule(11, 17, 13, 10, 0.5), new Capsule(9.5, 17.5, 9, 11.5, 0.5)), body, Shading.Flat(Tone.Base));
        c.Fill(new Union(Ellipse.Circle(13, 10, 1.4), Ellipse.Circle(9, 11.5, 1.2)), body, Shading.Sphere);
        c.Fill(Ellipse.Circle(sx, sy, radius), shell, Shading.Sphere, separate: true);
        c.Fill(new Difference(Ellipse.Circle(sx + 0.6, sy + 0.3, radius * 0.68), Ellipse.Circle(sx + 0.6, sy + 0.3, (radius * 0.68) - 1)), shell, Shading.Flat(Tone.Shadow));
        c.Fill(new Difference(Ellipse.Circle(sx + 1.2, sy + 0.5, radius * 0.34), Ellipse.Circle(sx + 1.2, sy + 0.5, (radius * 0.34) - 1)), shell, Shading.Flat(Tone.Shadow));
        s.Eye(13, 10, s.Mood == SpriteMood.Neutral ? EyeStyle.Round : null);
        s.Eye(9, 11.5, s.Mood == SpriteMood.Neutral ? EyeStyle.Round : null);
        c.Fill(new Capsule(10.5, 22.5, 12.5, 22, 0.3), body, Shading.Flat(Tone.Outline));
    }
}
