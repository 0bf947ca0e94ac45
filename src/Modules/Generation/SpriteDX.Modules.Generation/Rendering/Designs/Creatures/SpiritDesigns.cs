using static SpriteDX.Modules.Generation.Rendering.Designs.Creatures.CreatureParts;

namespace SpriteDX.Modules.Generation.Rendering.Designs.Creatures;

/// <summary>
/// Floating spirits: an elemental whose element the prompt picks (variant, material, detail or colour; fire when it says
/// nothing), and a will-o'-wisp. Both hover on a trailing tail instead of legs.
/// </summary>
internal static class SpiritDesigns
{
    public static IReadOnlyDictionary<string, Design> Subjects { get; } = new Dictionary<string, Design>
    {
        ["elemental"] = new(Elemental, Animation.Idle),
        ["wisp"] = new(Wisp, Animation.Idle),
    };

    internal enum Element
    {
        Fire,
        Water,
        Earth,
        Ice,
        Air,
        Lightning,
    }

    private static readonly IReadOnlyDictionary<Element, Hsv> ElementColours = new Dictionary<Element, Hsv>
    {
        [Element.Fire] = new(16, 0.88, 0.98),
        [Element.Water] = new(208, 0.7, 0.9),
        [Element.Earth] = new(28, 0.35, 0.55),
        [Element.Ice] = new(190, 0.35, 0.97),
        [Element.Air] = new(200, 0.1, 0.95),
        [Element.Lightning] = new(52, 0.8, 1),
    };

    /// <summary>What the prompt says the elemental is made of: its variant first, then material, the fire detail, then its colour.</summary>
    internal static Element ElementOf(SpriteSpec spec)
    {
        var byWord = (spec.Variant ?? spec.Material) switch
        {
            "fire" or "flame" or "lava" or "magma" or "fiery" => Element.Fire,
            "water" or "ocean" or "sea" or "rain" or "liquid" => Element.Water,
            "earth" or "stone" or "rock" or "mud" or "sand" or "wooden" or "golden" => Element.Earth,
            "ice" or "frost" or "snow" or "icy" or "crystal" or "glass" => Element.Ice,
            "air" or "wind" or "cloud" or "storm" or "smoke" => Element.Air,
            "lightning" or "thunder" or "electric" or "electricity" or "spark" => Element.Lightning,
            _ => (Element?)null,
        };
        if (byWord is { } element)
            return element;
        if (spec.Has("fire") || spec.Colours.Count == 0)
            return Element.Fire;
        var colour = spec.Colours[0];
        return colour switch
        {
            { Saturation: < 0.15, Value: > 0.7 } => Element.Air,
            { Saturation: < 0.15 } => Element.Earth,
            { Hue: >= 45 and < 70 } => Element.Lightning,
            { Hue: >= 70 and < 170 } => Element.Earth,
            { Hue: >= 170 and < 200 } => Element.Ice,
            { Hue: >= 200 and < 260 } => Element.Water,
            { Hue: >= 20 and < 45, Value: < 0.7 } => Element.Earth,
            _ => Element.Fire,
        };
    }

    public static void Elemental(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var element = ElementOf(s.Spec);
        var colour = s.PartColour("body", s.NamedColour ?? ElementColours[element]);
        var body = element == Element.Earth ? s.MaterialOr(Ramp.From(colour)) : Ramp.From(colour);
        var core = Ramp.From(colour.ShiftHueTowards(55, 30).With(saturation: colour.Saturation * 0.5, value: 1));
        var shading = element is Element.Earth or Element.Ice ? Shading.Bevel : Shading.Sphere;
        var reach = r.Range(-1, 1);

        if (s.Spec.Has("glow"))
        {
            Glow(s, new Ellipse(0, 15, 14, 14), colour);
        }
        IShape head = Ellipse.Circle(0, 9.5, 4.6);
        IShape torso = new Polygon((-7, 13.5), (7, 13.5), (4.8, 21), (0, 26.5), (-4.8, 21));
        switch (element)
        {
            case Element.Fire:
                c.FillCentred(new Polygon((-4.8, 10), (-6, 2.5), (-3, 5.2), (0, 0.8), (3, 5.2), (6, 2.5), (4.8, 10)), body, Shading.Flat(Tone.Base));
                c.FillPair(new Polygon((-8.5, 15), (-10, 9), (-5.5, 13)), body, Shading.Flat(Tone.Base));
                break;
            case Element.Water:
                c.FillCentred(new Polygon((-3.6, 7), (3.6, 7), (0, 1.5)), body, Shading.Sphere);
                c.FillPair(new Union(Ellipse.Circle(-12.5, 8, 1.4), Ellipse.Circle(-10.5, 4.5, 0.9)), core, Shading.Flat(Tone.Light));
                break;
            case Element.Ice:
                c.FillPair(new Polygon((-5.5, 13.5), (-9.5, 5), (-3.5, 11)), body, Shading.Bevel);
                c.FillCentred(new Polygon((-2, 6), (2, 6), (0, 1)), body, Shading.Bevel);
                head = new Polygon((-4.5, 9.5), (-2.5, 5), (2.5, 5), (4.5, 9.5), (2.5, 13.5), (-2.5, 13.5));
                torso = new Polygon((-7.5, 13), (7.5, 13), (5, 20), (1.5, 28), (-1.5, 28), (-5, 20));
                break;
            case Element.Earth:
                head = new Polygon((-4.5, 6.5), (3, 5), (4.8, 9), (4, 13), (-4, 13.2), (-5, 9.5));
                torso = new Polygon((-8, 13.5), (8, 14), (7, 20.5), (3.5, 24), (-4, 24), (-7, 20));
                c.FillCentred(new Ellipse(-2.5, 27.2, 2.4, 1.8).Or(new Ellipse(2.8, 29.5, 1.6, 1.3)), body, Shading.Bevel, separate: true);
                break;
            case Element.Air:
                torso = new Union(Ellipse.Circle(0, 16.5, 5.5), Ellipse.Circle(-4.5, 15, 3.2), Ellipse.Circle(4.5, 15, 3.2), Ellipse.Circle(0, 21.5, 3.5));
                c.Fill(Tube((0, 23, 2.4), (3.5, 26, 1.6), (1, 29.5, 1), (-2.5, 27.5, 0.6)), body, Shading.Sphere);
                break;
            case Element.Lightning:
                c.FillCentred(new Polygon((-3.5, 8), (-1, 4), (-2.5, 3.8), (0.5, 0.5), (-0.2, 3.2), (1.5, 3.4), (-0.5, 7)), core, Shading.Flat(Tone.Base));
                c.Fill(new Polygon((-11, 21), (-14.5, 25), (-12.8, 25.2), (-15, 30), (-11.5, 25.5), (-13.3, 25.4), (-10.5, 22)), core, Shading.Flat(Tone.Base));
                break;
        }
        if (element is Element.Fire or Element.Water or Element.Lightning)
        {
            c.Fill(Tube((0, 23, 2.6), (2.2 + reach, 27.5, 1.5), (-0.5, 31, 0.5)), body, shading);
        }
        c.FillPair(Tube((-6.5, 14.5, 2.1), (-10, 18 + reach, 1.8), (-11, 21.5 + reach, 2.2)), body, shading, separate: true);
        c.FillCentred(torso, body, shading, separate: true);
        c.FillCentred(new Ellipse(0, 17.5, 2.8, 3.8).Within(torso), core, Shading.Flat(element == Element.Earth ? Tone.Shadow : Tone.Light));
        c.FillCentred(head, body, shading, separate: true);
        if (element == Element.Earth && s.Spec.Material is null)
        {
            c.FillPair(new Ellipse(-6, 13.6, 2.6, 1), Ramp.From(new Hsv(100, 0.55, 0.6)), Shading.Flat(Tone.Base));
        }
        var glow = s.PartColour("eyes", element == Element.Earth ? new Hsv(40, 0.85, 1) : new Hsv(55, 0.15, 1));
        s.Eyes(-2, 9.8, s.Mood == SpriteMood.Neutral ? EyeStyle.Glow : null, glow);
        if (s.Mood != SpriteMood.Neutral)
        {
            s.Mouth(12.2);
        }
    }

    public static void Wisp(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var colour = s.PartColour("body", s.MainColour(new Hsv(185, 0.6, 1), new Hsv(140, 0.55, 0.95), new Hsv(270, 0.45, 1), new Hsv(40, 0.6, 1)));
        var flame = Ramp.From(colour);
        var halo = Ramp.From(colour.With(saturation: colour.Saturation * 0.45, value: 1));
        var core = Ramp.From(colour.With(saturation: colour.Saturation * 0.15, value: 1));
        var lean = r.Range(-1.5, 1.5);

        c.Fill(new Union(Ellipse.Circle(0, 17, 8), new Polygon((-6.5, 14), (6.5, 14), (3 + lean, 4), (1 + lean, 7), (-1.5 + lean, 1.5), (-3, 8))), halo, Shading.Flat(Tone.Light));
        c.Fill(Tube((0, 22, 3), (-3, 26.5, 2), (0.5, 29.5, 1.2), (3.5, 28, 0.6)), halo, Shading.Flat(Tone.Light));
        c.Fill(new Union(Ellipse.Circle(0, 17.5, 5.5), new Polygon((-4.5, 15.5), (4.5, 15.5), (1 + lean, 7.5), (-0.5 + lean, 10), (-2 + lean, 6))), flame, Shading.Sphere, separate: true);
        c.Fill(Ellipse.Circle(-1, 16.5, 2.5), core, Shading.Flat(Tone.Base));
        foreach (var (x, y) in new[] { (-11.0, 9.0), (11.5, 13.0), (-10.0, 25.0), (10.0, 23.5) })
        {
            if (r.Chance(0.6))
            {
                c.Fill(Ellipse.Circle(x, y, 0.8), halo, Shading.Flat(Tone.Highlight));
            }
        }
        s.Eyes(-2, 17.5, s.Mood == SpriteMood.Neutral ? EyeStyle.Cute : null);
    }
}
