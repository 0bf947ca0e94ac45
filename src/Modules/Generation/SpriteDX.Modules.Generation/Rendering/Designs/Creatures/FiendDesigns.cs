using static SpriteDX.Modules.Generation.Rendering.Designs.Creatures.CreatureParts;

namespace SpriteDX.Modules.Generation.Rendering.Designs.Creatures;

/// <summary>Small horrors: a floating eyeball (a beholder when the prompt asks for more eyes) and a winged imp.</summary>
internal static class FiendDesigns
{
    public static IReadOnlyDictionary<string, Design> Subjects { get; } = new Dictionary<string, Design>
    {
        ["eyeball"] = new(Eyeball, Animation.Idle),
        ["imp"] = new(Imp, Animation.Idle),
    };

    private static readonly Ramp Sclera = Ramp.From(new Hsv(30, 0.06, 0.97));

    /// <summary>Where the extra eyes of a beholder sit on their stalks, nearest the top first.</summary>
    private static readonly (double X, double Y)[] StalkTips = [(-4, 2.5), (4, 2.5), (-9.5, 4.5), (9.5, 4.5), (0, 1.8), (-13, 9), (13, 9)];

    public static void Eyeball(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var iris = Ramp.From(s.PartColour("eyes", s.MainColour(new Hsv(2, 0.75, 0.8), new Hsv(130, 0.6, 0.7), new Hsv(210, 0.7, 0.85), new Hsv(280, 0.5, 0.75), new Hsv(40, 0.85, 0.95))));
        var flesh = Ramp.From(s.PartColour("body", new Hsv(345, 0.35, 0.75)));
        var veins = Ramp.From(new Hsv(355, 0.75, 0.8));
        var extra = Math.Clamp((s.Spec.EyeCount ?? 1) - 1, 0, StalkTips.Length);
        var (cy, radius) = extra > 0 ? (18.5, 9.0) : (14.5, r.Range(9.5, 10.5));
        var look = r.Range(-1.5, 1.5);

        if (s.Spec.Has("wings"))
        {
            BatWings(c, radius * 0.6, cy - 2, 0.85, Ramp.From(new Hsv(280, 0.35, 0.45)), flesh);
        }
        if (s.Spec.Has("glow"))
        {
            Glow(s, Ellipse.Circle(0, cy, radius + 3), iris.Colour);
        }
        if (s.Spec.Has("tentacles") || (extra == 0 && r.Chance(0.5)))
        {
            foreach (var x in new[] { -4.0, 0.0, 4.0 })
            {
                c.Fill(Tube((x, cy + radius - 2, 1.6), (x * 1.3, cy + radius + 2.5, 1.1), ((x * 1.1) + 1.5, 31, 0.5)), flesh, Shading.Cylinder, separate: true);
            }
        }
        for (var i = 0; i < extra; i++)
        {
            var (x, y) = StalkTips[i];
            c.Fill(Tube((x * 0.45, cy - radius + 2, 1), (x, y + 1, 0.6)), flesh, Shading.Cylinder, separate: true);
            c.Fill(Ellipse.Circle(x, y, 2), Sclera, Shading.Sphere, separate: true);
        }
        var ball = Ellipse.Circle(0, cy, radius);
        if (s.Blinking)
        {
            c.FillCentred(ball, flesh, Shading.Sphere);
            c.FillCentred(new Box(-radius, cy - 0.3, radius, cy + 0.4).Within(ball), flesh, Shading.Flat(Tone.Outline));
        }
        else
        {
            c.FillCentred(ball, Sclera, Shading.Sphere);
            foreach (var (x, y, toX, toY) in new[] { (-radius + 0.5, cy + 2, -5.0, cy + 1), (radius - 0.5, cy - 2, 5.5, cy - 1), (-2.0, cy + radius - 0.5, -1.5, cy + 5.5) })
            {
                c.Fill(new Capsule(x, y, toX, toY, 0.35), veins, Shading.Flat(Tone.Base));
            }
            c.Fill(Ellipse.Circle(look, cy + 0.5, radius * 0.5), iris, Shading.Sphere, separate: true);
            c.Fill(Ellipse.Circle(look, cy + 0.5, radius * 0.24), SpriteSketch.Ink, Shading.Flat(Tone.Base));
            c.Fill(Ellipse.Circle(look - 1.6, cy - 1.2, 0.9), Sclera, Shading.Flat(Tone.Highlight));
        }
        for (var i = 0; i < extra; i++)
        {
            var (x, y) = StalkTips[i];
            s.Eye(x, y, EyeStyle.Round);
        }
    }

    public static void Imp(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var colour = s.PartColour("body", s.MainColour(new Hsv(2, 0.72, 0.82), new Hsv(350, 0.6, 0.7), new Hsv(285, 0.45, 0.62), new Hsv(18, 0.75, 0.85)));
        var skin = Ramp.From(colour);
        var membrane = Ramp.From(s.PartColour("wings", s.Spec.Colours.Count > 1 ? s.SecondColour(colour) : colour.ShiftHueTowards(300, 20).With(value: colour.Value * 0.6)));
        var dark = Ramp.From(new Hsv(250, 0.3, 0.25));
        var hornLength = r.Range(4, 5.5);

        BatWings(c, 3.5, 15.5, r.Range(0.75, 0.9), membrane, skin);
        c.Fill(Tube((3, 25, 0.8), (9, 27, 0.7), (11.5, 23, 0.6), (11, 19.5, 0.5)), skin, Shading.Cylinder);
        c.Fill(new Polygon((9.3, 20.3), (12.7, 20), (11, 16.5)), skin, Shading.Sphere);
        c.FillPair(new Capsule(-2.5, 24, -3, 28.5, 1.3), skin, Shading.Cylinder);
        c.FillPair(new Ellipse(-3.2, 29.6, 1.8, 1.1), dark, Shading.Flat(Tone.Base));
        c.FillPair(new Capsule(-4.5, 18.5, -7.5, 22.5, 1), skin, Shading.Cylinder, separate: true);
        c.FillCentred(new Ellipse(0, 21.5, 4.8, 4.8), skin, Shading.Sphere, separate: true);
        Horns(c, 3.5, 7, hornLength, s.Mood == SpriteMood.Evil ? dark : SpriteSketch.Bone);
        c.FillPair(new Polygon((-6.5, 10), (-6, 13.5), (-11, 8.5)), skin, Shading.Sphere);
        c.FillCentred(new Ellipse(0, 11.5, 7, 6), skin, Shading.Sphere, separate: true);
        s.Eyes(-2.8, 11, s.Mood == SpriteMood.Neutral ? EyeStyle.Angry : null, Amber);
        s.Mouth(14, s.Mood is SpriteMood.Neutral or SpriteMood.Evil ? MouthStyle.Fangs : null);
        if (s.Mood == SpriteMood.Cute)
        {
            s.Blush(-4.5, 13.5);
        }
        if (s.Spec.Has("fire"))
        {
            Flame(c, -9, 22, 6, 2.2, new Hsv(22, 0.9, 1));
        }
    }
}
