using static SpriteDX.Modules.Generation.Rendering.Designs.Creatures.CreatureParts;

namespace SpriteDX.Modules.Generation.Rendering.Designs.Creatures;

/// <summary>Big built bodies: a golem of whatever material the prompt names (stone when it names none) and a walking mech.</summary>
internal static class ConstructDesigns
{
    public static IReadOnlyDictionary<string, Design> Subjects { get; } = new Dictionary<string, Design>
    {
        ["golem"] = new(Golem, Animation.Idle),
        ["mech"] = new(Mech, Animation.Idle),
    };

    public static void Golem(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var stone = s.PartColour("body", s.NamedColour ?? SpriteSketch.Stone.Colour);
        var body = s.MaterialOr(Ramp.From(stone));
        var glowColour = s.PartColour("eyes", s.Spec.Colours.Count > 1 ? s.SecondColour(stone) : s.Spec.Material == "icy" ? new Hsv(195, 0.7, 1) : new Hsv(r.Chance(0.5) ? 185 : 40, 0.8, 1));
        var glow = Ramp.From(glowColour);
        var shoulders = r.Range(10, 11);

        if (s.Spec.Has("wings"))
        {
            BatWings(c, 6, 12, 0.9, Ramp.From(stone.With(value: stone.Value * 0.7)), body);
        }
        c.FillPair(new Box(-6.8, 23.5, -2.2, 30.5), body, Shading.Bevel, separate: true);
        c.FillPair(new Polygon((-shoulders - 3, 13), (-shoulders + 1.5, 12), (-shoulders + 1.5, 22), (-shoulders - 2.5, 22)), body, Shading.Bevel, separate: true);
        c.FillPair(new Box(-shoulders - 4, 21, -shoulders + 2, 27.5), body, Shading.Bevel, separate: true);
        c.FillCentred(new Polygon((-9, 11), (9, 11), (7.5, 25), (-7.5, 25)), body, Shading.Bevel, separate: true);
        c.FillPair(new Ellipse(-shoulders, 12, 4.2, 3.2), body, Shading.Sphere, separate: true);
        c.FillCentred(new Polygon((-1.5, 16), (1.5, 16), (2.5, 18.5), (0, 21.5), (-2.5, 18.5)), glow, Shading.Flat(Tone.Base));
        c.Fill(new Union(new Capsule(-6, 13.5, -4, 17, 0.3), new Capsule(4.5, 20, 6, 23, 0.3)), body, Shading.Flat(Tone.Outline));
        if (s.Spec.Has("horns"))
        {
            Horns(c, 3, 7, 4);
        }
        c.FillCentred(new Box(-4, 4.5, 4, 11.5), body, Shading.Bevel, separate: true);
        switch (s.Spec.Material)
        {
            case null or "stone":
                c.FillPair(new Ellipse(-shoulders, 9.6, 2.8, 1.1).Or(new Ellipse(3, 4.6, 1.8, 0.8)), Ramp.From(new Hsv(100, 0.55, 0.62)), Shading.Flat(Tone.Base));
                break;
            case "icy" or "crystal" or "glass":
                c.FillPair(new Polygon((-shoulders - 2, 10), (-shoulders + 1, 10), (-shoulders - 1.5, 4)), glow, Shading.Bevel);
                break;
            case "wooden":
                c.FillCentred(new Capsule(0, 4.5, 0, 2, 0.4), body, Shading.Flat(Tone.Base));
                c.FillPair(new Ellipse(-1.8, 2, 1.8, 1), Ramp.From(new Hsv(105, 0.65, 0.7)), Shading.Sphere);
                break;
        }
        if (s.Spec.Has("crown"))
        {
            Crown(c, 4.5);
        }
        s.Eyes(-2, 8, s.Mood == SpriteMood.Neutral ? EyeStyle.Glow : null, glowColour);
    }

    public static void Mech(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var colour = s.PartColour("body", s.MainColour(new Hsv(78, 0.35, 0.55), new Hsv(210, 0.22, 0.62), new Hsv(28, 0.75, 0.85), new Hsv(40, 0.3, 0.7)));
        var plate = s.MaterialOr(Ramp.From(colour));
        var steel = SpriteSketch.Steel;
        var glass = Ramp.From(s.PartColour("glass", new Hsv(190, 0.5, 0.85)));
        var glow = s.Mood == SpriteMood.Evil ? new Hsv(2, 0.85, 1) : new Hsv(170, 0.7, 1);
        var stance = r.Range(-0.8, 0.8);

        c.FillPair(Tube((-5.5, 19.5, 2.3), (-9.5 - stance, 23.5, 2)), plate, Shading.Cylinder, separate: true);
        c.FillPair(Tube((-9.5 - stance, 23.5, 1.6), (-7.5, 28.5, 1.4)), steel, Shading.Cylinder, separate: true);
        c.FillPair(Ellipse.Circle(-9.5 - stance, 23.5, 1.6), steel, Shading.Sphere, separate: true);
        c.FillPair(new Polygon((-12, 31), (-3.5, 31), (-4.5, 28), (-11, 28)), plate, Shading.Bevel, separate: true);
        c.FillCentred(new Box(-5, 16.5, 5, 21), steel, Shading.Bevel, separate: true);
        c.FillCentred(new Box(-5, 19.5, 5, 20.5), Ramp.From(new Hsv(48, 0.85, 0.95)), Shading.Flat(Tone.Base));
        c.FillPair(new Box(-14.5, 15, -13.2, 19.5).Or(new Box(-12.3, 15, -11, 19.5)), steel, Shading.Cylinder);
        c.FillPair(new Box(-15, 8.5, -10.5, 15.5), plate, Shading.Bevel, separate: true);
        c.FillPair(new Box(-14.5, 6, -11, 8.5), Ramp.From(new Hsv(2, 0.75, 0.85)), Shading.Bevel, separate: true);
        c.Fill(new Union(new Capsule(6, 7, 8, 2.5, 0.4), Ellipse.Circle(8, 2.5, 0.9)), steel, Shading.Flat(Tone.Light));
        c.FillCentred(new Polygon((-9.5, 7), (9.5, 7), (10.5, 12), (8.5, 18), (-8.5, 18), (-10.5, 12)), plate, Shading.Bevel, separate: true);
        c.FillCentred(new Polygon((-6, 9), (6, 9), (5, 13.5), (-5, 13.5)), glass, Shading.Bevel);
        c.Fill(new Capsule(-4.5, 10, -3.5, 10, 0.4), glass, Shading.Flat(Tone.Highlight));
        c.FillCentred(new Box(-7.5, 15.2, 7.5, 16), plate, Shading.Flat(Tone.Shadow));
        s.Eyes(-2.2, 11.5, EyeStyle.Glow, glow);
    }
}
