using static SpriteDX.Modules.Generation.Rendering.Designs.Creatures.CreatureParts;

namespace SpriteDX.Modules.Generation.Rendering.Designs.Creatures;

/// <summary>
/// Sea creatures. Swimmers are drawn in profile facing right, where fins, snout and tail tell a shark from a dolphin;
/// tentacled ones and the crab face the viewer, symmetric.
/// </summary>
internal static class SeaDesigns
{
    private enum Extra
    {
        None,
        Stripes,
        Gills,
        Spout,
    }

    /// <summary>A swimmer in profile: a tapered body along its spine, then the fins and marks of its kind.</summary>
    private sealed record SwimmerPlan(
        Hsv[] Colours,
        (double X, double Y, double R)[] Spine,
        (double X, double Y)[] Tail,
        (double X, double Y)[] Dorsal,
        (double X, double Y)[] Pectoral,
        (double X, double Y) Eye,
        double PaleBelly,
        Extra Extra = Extra.None,
        bool Teeth = false,
        (double X, double Y, double R)[]? Snout = null);

    private static readonly SwimmerPlan PlainFish = new(
        [new(28, 0.85, 0.98), new(200, 0.7, 0.9), new(52, 0.8, 0.95), new(330, 0.5, 0.95), new(150, 0.6, 0.75)],
        [(-8, 16, 2.5), (-3.5, 16, 6.4), (2, 16, 7.2), (6.5, 16.3, 5.2), (9.8, 16.8, 2)],
        [(-7, 16), (-14.5, 9), (-12.5, 16), (-14.5, 23)],
        [(-5, 10.5), (2, 9.5), (-6, 6.2)],
        [(-3, 21.5), (1.5, 22.5), (-4.5, 25.5)],
        (5.2, 14.2),
        PaleBelly: 2);

    private static readonly SwimmerPlan Shark = new(
        [new(212, 0.2, 0.62), new(205, 0.32, 0.55)],
        [(-11, 16.5, 1.2), (-6, 16, 3.4), (1, 15.5, 5), (8, 16, 4.1), (12.5, 17, 2), (15, 17.6, 0.6)],
        [(-10, 16.5), (-15, 6.5), (-13.8, 13), (-12.5, 16.5), (-15.5, 23.5)],
        [(-3, 11.2), (3, 10.8), (-3, 3)],
        [(2.5, 19.5), (7, 19.5), (-0.5, 26)],
        (9.5, 14.6),
        PaleBelly: 3,
        Extra.Gills,
        Teeth: true);

    private static readonly SwimmerPlan Dolphin = new(
        [new(205, 0.32, 0.72), new(215, 0.22, 0.62)],
        [(-12.5, 24.5, 0.9), (-10, 19.5, 2.3), (-5, 14.5, 3.9), (1, 12.3, 4.6), (6.5, 13.5, 4.1), (10, 17, 2.8)],
        [(-12, 23), (-16, 20.5), (-14.5, 24.5), (-12, 28.5), (-11, 24)],
        [(-2.5, 9), (2.5, 8.5), (-4.5, 3.5)],
        [(3, 16.5), (6.5, 16.5), (2, 21.5)],
        (7.5, 14.8),
        PaleBelly: 2.2,
        Snout: [(10, 17.5, 1.8), (14.6, 22.8, 1)]);

    private static readonly SwimmerPlan Whale = new(
        [new(214, 0.55, 0.62), new(222, 0.35, 0.5), new(200, 0.5, 0.58)],
        [(-9.5, 13.5, 1.6), (-5.5, 16.5, 4.5), (0, 18.5, 7.4), (6, 18.7, 7.5), (9.5, 19.5, 6.2)],
        [(-9, 13), (-15.5, 7.5), (-12.5, 7.8), (-11, 5), (-7.2, 5.5), (-8, 11)],
        [],
        [(1, 23.5), (5, 24), (-1.5, 28.5)],
        (9.5, 19.8),
        PaleBelly: 3.5,
        Extra.Spout);

    public static IReadOnlyDictionary<string, Design> Subjects { get; } = new Dictionary<string, Design>
    {
        ["fish"] = new(s => Swimmer(s, Fish(s.Spec.Variant)), Animation.Idle),
        ["shark"] = new(s => Swimmer(s, Shark), Animation.Idle),
        ["dolphin"] = new(s => Swimmer(s, Dolphin), Animation.Idle),
        ["whale"] = new(s => Swimmer(s, Whale), Animation.Idle),
        ["octopus"] = new(Octopus, Animation.Idle),
        ["squid"] = new(Squid, Animation.Idle),
        ["jellyfish"] = new(Jellyfish, Animation.Idle),
        ["kraken"] = new(Kraken, Animation.Idle),
        ["crab"] = new(Crab, Animation.Idle),
    };

    private static SwimmerPlan Fish(string? variant) => variant switch
    {
        "goldfish" => PlainFish with
        {
            Colours = [new(26, 0.88, 1)],
            Tail = [(-7, 16), (-15.5, 7), (-13.5, 13), (-11.5, 16), (-13.5, 19.5), (-15.5, 26)],
        },
        "clownfish" => PlainFish with { Colours = [new(24, 0.92, 1)], Extra = Extra.Stripes },
        "piranha" => PlainFish with { Colours = [new(4, 0.55, 0.75)], Teeth = true },
        _ => PlainFish,
    };

    private static void Swimmer(SpriteSketch s, SwimmerPlan plan)
    {
        var (r, c) = (s.Random, s.Canvas);
        var colour = s.PartColour("body", s.MainColour(plan.Colours));
        var skin = Ramp.From(colour);
        var fins = Ramp.From(s.PartColour("fins", s.Spec.Colours.Count > 1 ? s.SecondColour(colour) : colour.With(value: colour.Value * 0.85)));
        var belly = Ramp.From(colour.ShiftHueTowards(45, 20).With(saturation: colour.Saturation * 0.3, value: Math.Max(colour.Value, 0.8) + 0.15));
        var stretch = r.Range(0.94, 1.04);
        var spine = plan.Spine.Select(p => (p.X, p.Y, R: p.R * stretch)).ToArray();
        var body = plan.Snout is { } snout ? Tube(spine).Or(Tube(snout)) : Tube(spine);

        if (plan.Extra == Extra.Spout)
        {
            var water = Ramp.From(new Hsv(195, 0.35, 1));
            c.Fill(new Union(new Capsule(6, 11, 6, 5.5, 0.9), new Capsule(6, 5.5, 2.5, 2.5, 0.8), new Capsule(6, 5.5, 9.5, 2.5, 0.8), Ellipse.Circle(1, 4.5, 0.8), Ellipse.Circle(11, 4.5, 0.8)), water, Shading.Flat(Tone.Light));
        }
        c.Fill(new Polygon(plan.Tail), fins, Shading.Bevel);
        if (plan.Dorsal.Length > 0)
        {
            c.Fill(new Polygon(plan.Dorsal), fins, Shading.Bevel);
        }
        if (s.Spec.Has("spikes"))
        {
            var top = spine.MinBy(p => p.Y - p.R);
            c.Fill(new Polygon((top.X - 6, top.Y - top.R + 1), (top.X - 4.5, top.Y - top.R - 2.5), (top.X - 3, top.Y - top.R + 1), (top.X + 3.5, top.Y - top.R + 1), (top.X + 5, top.Y - top.R - 2.5), (top.X + 6.5, top.Y - top.R + 1)), SpriteSketch.Bone, Shading.Sphere);
        }
        c.Fill(body, skin, Shading.Sphere, separate: true);
        if (plan.PaleBelly > 0)
        {
            c.Fill(body.Minus(body.Offset(0, -plan.PaleBelly)), belly, Shading.Flat(Tone.Base));
        }
        if (plan.Extra == Extra.Stripes)
        {
            var white = Ramp.From(new Hsv(210, 0.03, 1));
            foreach (var x in new[] { -4.5, 3.5 })
            {
                c.Fill(new Box(x - 1.2, 0, x + 1.2, 32).Within(body), white, Shading.Flat(Tone.Base), separate: true);
            }
        }
        if (plan.Extra == Extra.Gills)
        {
            foreach (var x in new[] { 5.2, 6.7, 8.2 })
            {
                c.Fill(new Box(x, 14.6, x + 0.5, 17.6), skin, Shading.Flat(Tone.Outline));
            }
        }
        if (plan.Extra == Extra.Spout)
        {
            foreach (var y in new[] { 22.5, 24.5 })
            {
                c.Fill(new Box(3, y, 14, y + 0.5).Within(body), belly, Shading.Flat(Tone.Shadow));
            }
        }
        c.Fill(new Polygon(plan.Pectoral), fins, Shading.Bevel, separate: true);
        var (eyeX, eyeY) = plan.Eye;
        var (noseX, noseY) = (spine[^1].X + spine[^1].R, spine[^1].Y);
        if (plan.Teeth)
        {
            var mouth = plan.Snout is null ? (X: noseX - 4, Y: noseY + 2) : (X: noseX, Y: noseY);
            c.Fill(new Polygon((mouth.X - 3.5, mouth.Y), (mouth.X + 2.5, mouth.Y - 0.6), (mouth.X + 2, mouth.Y + 1.2), (mouth.X - 3, mouth.Y + 1.4)), SpriteSketch.Ink, Shading.Flat(Tone.Base));
            c.Fill(new Box(mouth.X - 2.5, mouth.Y + 0.1, mouth.X + 1.5, mouth.Y + 0.7), SpriteSketch.Bone, Shading.Flat(Tone.Light));
        }
        else if (plan.Extra == Extra.Spout)
        {
            c.Fill(new Capsule(eyeX - 2.5, eyeY + 2.2, noseX - 0.5, eyeY + 1.2, 0.3), skin, Shading.Flat(Tone.Outline));
        }
        s.Eye(eyeX, eyeY, s.Mood == SpriteMood.Neutral ? EyeStyle.Round : null);
        if (s.Mood == SpriteMood.Cute)
        {
            c.Fill(new Ellipse(eyeX, eyeY + 2.2, 1.1, 0.6), Ramp.From(new Hsv(350, 0.42, 1)), Shading.Flat(Tone.Base));
        }
    }

    public static void Octopus(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var colour = s.PartColour("body", s.MainColour(new Hsv(290, 0.45, 0.78), new Hsv(8, 0.62, 0.92), new Hsv(340, 0.45, 0.95), new Hsv(25, 0.7, 0.95)));
        var skin = Ramp.From(colour);
        var suckers = Ramp.From(colour.ShiftHueTowards(45, 20).With(saturation: colour.Saturation * 0.35, value: 1));
        var curl = r.Range(-0.8, 0.8);
        IShape[] tentacles =
        [
            Tube((-7, 16, 1.8), (-11, 19.5, 1.4), (-14, 18 + curl, 1), (-14.5, 15 + curl, 0.7)),
            Tube((-5, 17.5, 2), (-7.5, 23, 1.5), (-10, 26.5 + curl, 1.1), (-12.5, 25.5 + curl, 0.8), (-12.8, 23.5 + curl, 0.6)),
            Tube((-2, 18, 2), (-2.8, 24, 1.6), (-4.5, 28.8, 1.1), (-6.8, 29.2, 0.8), (-7.5, 27.5, 0.6)),
        ];
        foreach (var tentacle in tentacles)
        {
            c.FillPair(tentacle, skin, Shading.Cylinder, separate: true);
        }
        c.FillPair(new Union(Ellipse.Circle(-3.2, 25.5, 0.6), Ellipse.Circle(-9, 24.5, 0.6), Ellipse.Circle(-12, 19.8, 0.6)), suckers, Shading.Flat(Tone.Base));
        var mantle = new Ellipse(0, 10.5 + r.Range(-0.5, 0.5), r.Range(8.5, 9.8), 8.8);
        c.FillCentred(mantle.Or(new Ellipse(0, 16.5, 7, 3.5)), skin, Shading.Sphere, separate: true);
        c.Fill(new Ellipse(-4, 6, 2.2, 1.4), skin, Shading.Flat(Tone.Highlight));
        s.Face(-3.5, 12.5, 15.5);
        if (s.Spec.Has("crown"))
        {
            Crown(c, 3);
        }
    }

    public static void Squid(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var colour = s.PartColour("body", s.MainColour(new Hsv(10, 0.4, 0.97), new Hsv(350, 0.55, 0.88), new Hsv(30, 0.2, 0.97)));
        var skin = Ramp.From(colour);
        var spots = Ramp.From(colour.With(saturation: colour.Saturation + 0.3, value: colour.Value * 0.8));
        var reach = r.Range(29.5, 31);

        c.FillPair(new Union(new Capsule(-1.2, 19, -3.8, reach - 2, 0.5), new Ellipse(-4, reach - 1.2, 1.1, 1.6)), skin, Shading.Cylinder);
        foreach (var (x, end) in new[] { (-1.0, 26.5), (-2.5, 25.5), (-4.0, 24.0) })
        {
            c.FillPair(Tube((x, 18, 1.2), (x * 1.5, end, 0.6)), skin, Shading.Cylinder, separate: true);
        }
        c.FillPair(new Polygon((-3.5, 8.5), (-10, 5), (-1.5, 1)), skin, Shading.Bevel);
        c.FillCentred(new Ellipse(0, 10.5, 5.6, 9).Or(new Ellipse(0, 17.5, 4.5, 2.5)), skin, Shading.Sphere, separate: true);
        c.FillPair(new Union(Ellipse.Circle(-2, 6, 0.6), Ellipse.Circle(-1, 9.5, 0.6), Ellipse.Circle(-3, 12, 0.6)), spots, Shading.Flat(Tone.Base));
        s.Eyes(-3, 15.5, s.Mood == SpriteMood.Neutral ? EyeStyle.Round : null);
    }

    public static void Jellyfish(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var colour = s.PartColour("body", s.MainColour(new Hsv(320, 0.42, 0.97), new Hsv(195, 0.5, 0.97), new Hsv(275, 0.42, 0.95)));
        var bell = Ramp.From(colour);
        var inner = Ramp.From(colour.With(saturation: colour.Saturation + 0.15, value: colour.Value * 0.85));
        var width = r.Range(9, 10.5);
        if (s.Spec.Has("glow"))
        {
            Glow(s, new Ellipse(0, 13, 13.5, 11), colour);
        }
        foreach (var x0 in new[] { -6.0, -3.0, 3.0, 6.0 })
        {
            var sway = x0 < 0 ? -1 : 1;
            c.Fill(Tube((x0, 14, 0.6), (x0 - sway, 18.5, 0.6), (x0 + sway, 23, 0.55), (x0 - sway, 27, 0.5), (x0, 30.5, 0.45)), inner, Shading.Flat(Tone.Base));
        }
        c.FillPair(Tube((-1.3, 14, 1.4), (-2.2, 19, 1.3), (-1, 23.5, 1), (-2, 27, 0.6)), bell, Shading.Cylinder, separate: true);
        var dome = new Ellipse(0, 13, width, 9.5).Within(new Box(-16, 0, 16, 14.5));
        var frill = new Union([.. Enumerable.Range(0, 6).Select(i => Ellipse.Circle(-width + 1.6 + (i * ((2 * width) - 3.2) / 5), 14.5, 1.6))]);
        c.FillCentred(dome.Or(frill), bell, Shading.Sphere, separate: true);
        c.FillCentred(new Ellipse(0, 13, width * 0.55, 5).Within(new Box(-16, 0, 16, 14)), inner, Shading.Flat(Tone.Light));
        c.Fill(new Ellipse(-width * 0.5, 7.5, 1.8, 1.1), bell, Shading.Flat(Tone.Highlight));
        s.Face(-3, 10.5, 12.5);
    }

    public static void Kraken(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var colour = s.PartColour("body", s.MainColour(new Hsv(158, 0.45, 0.48), new Hsv(352, 0.6, 0.55), new Hsv(275, 0.45, 0.5)));
        var skin = Ramp.From(colour);
        var suckers = Ramp.From(colour.ShiftHueTowards(40, 30).With(saturation: colour.Saturation * 0.4, value: 0.9));
        var sea = Ramp.From(new Hsv(205, 0.65, 0.75));
        var rise = r.Range(-1, 1);

        c.FillPair(Tube((-4, 16, 2.8), (-9.5, 19.5, 2.3), (-13.5, 15 + rise, 1.7), (-14, 9 + rise, 1.2), (-11.5, 5.5 + rise, 0.8), (-10, 7 + rise, 0.6)), skin, Shading.Cylinder, separate: true);
        c.FillPair(Tube((-3, 18, 2.4), (-7, 22, 2), (-11.5, 24, 1.5)), skin, Shading.Cylinder, separate: true);
        c.FillPair(new Union(Ellipse.Circle(-13.3, 12, 0.6), Ellipse.Circle(-12.6, 17, 0.7), Ellipse.Circle(-9.5, 21, 0.7)), suckers, Shading.Flat(Tone.Base));
        c.FillCentred(new Ellipse(0, 11, 8, 8.5).Or(new Polygon((-4, 5), (4, 5), (0, 1.2))), skin, Shading.Sphere, separate: true);
        if (s.Spec.Has("spikes") || r.Chance(0.5))
        {
            c.FillPair(new Polygon((-7.5, 8), (-5.5, 5.5), (-10, 3.5)), skin, Shading.Sphere);
        }
        var waves = new Union(new Box(-15, 25.5, 15, 30.5), Ellipse.Circle(-12, 25.5, 2.2), Ellipse.Circle(-6, 25, 2.2), Ellipse.Circle(0, 25.5, 2.2), Ellipse.Circle(6, 25, 2.2), Ellipse.Circle(12, 25.5, 2.2));
        c.FillCentred(waves, sea, Shading.Cylinder, separate: true);
        c.FillCentred(new Box(-15, 26.5, 15, 27).Or(Ellipse.Circle(-6, 24.2, 0.6), Ellipse.Circle(6, 24.2, 0.6)).Within(waves), sea, Shading.Flat(Tone.Highlight));
        s.Eyes(-3.5, 12, s.Mood is SpriteMood.Neutral or SpriteMood.Evil ? EyeStyle.Slit : null, Amber);
        s.Mouth(16, s.Mood == SpriteMood.Cute ? null : MouthStyle.Fangs);
    }

    public static void Crab(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var colour = s.PartColour("shell", s.PartColour("body", s.MainColour(new Hsv(4, 0.78, 0.88), new Hsv(18, 0.8, 0.92), new Hsv(205, 0.55, 0.75))));
        var shell = Ramp.From(colour);
        var claw = Ramp.From(s.Spec.Colours.Count > 1 ? s.SecondColour(colour) : colour);
        var clawLift = r.Range(-1, 1);

        for (var i = 0; i < 3; i++)
        {
            c.FillPair(Tube((-7.5, 19.5 + (i * 1.6), 1), (-12.5 + (i * 0.5), 21 + (i * 2), 0.8), (-13.5 + (i * 0.8), 26 + (i * 1.6), 0.5)), shell, Shading.Cylinder, separate: true);
        }
        c.FillPair(new Capsule(-7.5, 18, -11, 13 + clawLift, 1.5), claw, Shading.Cylinder);
        c.FillPair(new Ellipse(-11.5, 9 + clawLift, 3.6, 4).Minus(new Polygon((-11.6, 9.5 + clawLift), (-13.8, 3 + clawLift), (-9.8, 3.8 + clawLift))), claw, Shading.Sphere, separate: true);
        c.FillPair(new Capsule(-3, 15, -3.5, 11, 0.6), shell, Shading.Cylinder);
        c.FillPair(Ellipse.Circle(-3.5, 10, 2), Ramp.From(new Hsv(220, 0.03, 1)), Shading.Flat(Tone.Base));
        c.FillCentred(new Ellipse(0, 19, r.Range(9.5, 10.5), 6.5), shell, Shading.Sphere, separate: true);
        c.FillCentred(new Ellipse(0, 16.5, 5, 1.5), shell, Shading.Flat(Tone.Light));
        s.Eyes(-3.5, 10.2, s.Mood == SpriteMood.Neutral ? EyeStyle.Round : null);
        s.Mouth(20.5);
        if (s.Mood == SpriteMood.Cute)
        {
            s.Blush(-5.5, 19.5);
        }
    }
}
