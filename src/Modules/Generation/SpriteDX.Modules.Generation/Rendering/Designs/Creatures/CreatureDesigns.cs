using static SpriteDX.Modules.Generation.Rendering.Designs.Creatures.CreatureParts;

namespace SpriteDX.Modules.Generation.Rendering.Designs.Creatures;

/// <summary>
/// Every creature the catalog knows: the front-facing originals here, symmetric about the vertical axis, and the body plans
/// in this folder (birds, sea creatures, bugs, serpents, spirits, constructs, fiends).
/// </summary>
internal static class CreatureDesigns
{
    public static IReadOnlyDictionary<string, Design> Subjects { get; } = Merge(new Dictionary<string, Design>
    {
        ["slime"] = new(Slime, Animation.Idle),
        ["dragon"] = new(Dragon, Animation.Idle),
        ["bat"] = new(Bat, Animation.Idle),
        ["ghost"] = new(Ghost, Animation.Idle),
        ["cat"] = new(Cat, Animation.Idle),
        ["robot"] = new(Robot, Animation.Idle),
        ["skeleton"] = new(Skeleton, Animation.Idle),
        ["monster"] = new(Monster, Animation.Idle),
    }, BirdDesigns.Subjects, SeaDesigns.Subjects, BugDesigns.Subjects, SerpentDesigns.Subjects, SpiritDesigns.Subjects, ConstructDesigns.Subjects, FiendDesigns.Subjects);

    private static Dictionary<string, Design> Merge(Dictionary<string, Design> own, params IReadOnlyDictionary<string, Design>[] plans)
    {
        foreach (var (subject, design) in plans.SelectMany(plan => plan))
            own.Add(subject, design);
        return own;
    }

    public static void Slime(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var colour = s.MainColour(new Hsv(112, 0.62, 0.82), new Hsv(205, 0.62, 0.92), new Hsv(330, 0.45, 0.96), new Hsv(278, 0.5, 0.82), new Hsv(175, 0.6, 0.8));
        var body = Ramp.From(colour);
        var halfWidth = r.Range(10.5, 13.5);
        var radiusY = r.Range(8.5, 11.5);
        const double bottom = 29;
        var centreY = bottom - (radiusY * 0.55);
        var top = centreY - radiusY;
        IShape shape = new Ellipse(0, centreY, halfWidth, radiusY).Within(new Box(-16, 0, 16, bottom));
        if (r.Chance(0.5))
        {
            var tipHeight = r.Range(3, 5);
            shape = shape.Or(new Polygon((-4.5, top + 2.5), (4.5, top + 2.5), (0, top - tipHeight)));
            top -= tipHeight;
        }
        var accessory = s.Spec.Has("crown") ? 1 : s.Spec.Has("horns") ? 0 : r.Next(4);
        if (s.Spec.Has("glow"))
        {
            Glow(s, new Ellipse(0, centreY, halfWidth + 2.5, radiusY + 2.5), colour);
        }
        if (s.Spec.Has("wings"))
        {
            FeatherWings(c, halfWidth * 0.6, centreY - 2, 0.6, Ramp.From(s.PartColour("wings", new Hsv(40, 0.05, 0.98))));
        }
        if (accessory == 0 || s.Mood == SpriteMood.Evil)
        {
            c.FillPair(new Polygon((-halfWidth * 0.55, top + 3.5), (-halfWidth * 0.2, top + 2), (-halfWidth * 0.5, top - 2.5)), SpriteSketch.Bone, Shading.Sphere);
        }
        c.FillCentred(shape, body, Shading.Sphere);
        c.FillCentred(new Box(-halfWidth, bottom - 1.2, halfWidth, bottom).Within(shape), body, Shading.Flat(Tone.Shadow));
        c.Fill(new Ellipse(-halfWidth * 0.52, centreY - (radiusY * 0.52), 2.2, 1.3), body, Shading.Flat(Tone.Highlight));
        c.Fill(Ellipse.Circle(-halfWidth * 0.74, centreY - (radiusY * 0.2), 0.8), body, Shading.Flat(Tone.Highlight));
        if (accessory == 1 && (s.Mood != SpriteMood.Evil || s.Spec.Has("crown")))
        {
            Crown(c, top + 0.5);
        }
        else if (accessory == 2 && s.Mood != SpriteMood.Evil)
        {
            c.FillCentred(new Box(-0.9, top - 1.5, 0.9, top + 1), SpriteSketch.Wood, Shading.Cylinder);
            c.FillPair(new Ellipse(-2.6, top - 2.2, 2.4, 1.3), Ramp.From(new Hsv(105, 0.7, 0.72)), Shading.Sphere);
        }
        var eyeY = centreY - (radiusY * 0.12);
        s.Face(-halfWidth * 0.36, eyeY, eyeY + 2.5);
    }

    public static void Dragon(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var colour = s.MainColour(new Hsv(4, 0.74, 0.82), new Hsv(132, 0.58, 0.64), new Hsv(272, 0.48, 0.66), new Hsv(212, 0.62, 0.78), new Hsv(172, 0.58, 0.62));
        var body = Ramp.From(colour);
        var belly = Ramp.From(s.SecondColour(colour.ShiftHueTowards(50, 40).With(saturation: colour.Saturation * 0.55, value: colour.Value + 0.2)));
        var membrane = Ramp.From(s.PartColour("wings", colour.ShiftHueTowards(300, 12).With(value: colour.Value * 0.78)));
        var horns = r.Chance(0.3) ? SpriteSketch.Gold : SpriteSketch.Bone;
        var span = r.Range(0.85, 1.05);
        var lift = r.Range(-1.5, 1.5);

        (double, double) Wing(double x, double y) => (-3 - ((x - 3) * span), y + lift);
        c.FillPair(
            new Polygon(Wing(4, 18), Wing(9, 9), Wing(15, 4.5), Wing(15, 11), Wing(13.5, 14), Wing(12, 12.5), Wing(10.5, 16.5), Wing(8.5, 14.5), Wing(7, 19)),
            membrane,
            Shading.Bevel);
        var (elbowX, elbowY) = Wing(9, 9);
        var (tipX, tipY) = Wing(15, 4.5);
        c.FillPair(new Union(new Capsule(-4, 17, elbowX, elbowY, 1.1), new Capsule(elbowX, elbowY, tipX, tipY, 1.0)), body, Shading.Cylinder);
        if (s.Spec.Has("tail"))
        {
            c.Fill(Tube((4, 26, 2), (10, 28.5, 1.4), (13, 25, 1), (13, 21.5, 0.7)), body, Shading.Cylinder);
            c.Fill(new Polygon((11, 22.5), (15, 22), (13.5, 17.5)), horns, Shading.Sphere);
        }
        c.FillPair(new Ellipse(-4.8, 28.3, 3.2, 2.4), body, Shading.Sphere);
        c.FillCentred(new Ellipse(0, 22.5, 7.2, 7), body, Shading.Sphere, separate: true);
        c.FillCentred(new Ellipse(0, 23.5, 4.2, 5.2), belly, Shading.Cylinder);
        foreach (var stripeY in new[] { 21.4, 23.9, 26.4 })
        {
            c.FillCentred(new Box(-5, stripeY, 5, stripeY + 0.5).Within(new Ellipse(0, 23.5, 4.2, 5.2)), belly, Shading.Flat(Tone.Shadow));
        }
        c.FillPair(new Capsule(-6.4, 20.5, -4.6, 24.3, 1.5), body, Shading.Sphere, separate: true);
        var hornLength = r.Range(4, 6.5);
        c.FillPair(new Polygon((-6.2, 9), (-3.2, 7), (-6 - (hornLength * 0.5), 7.5 - hornLength)), horns, Shading.Sphere);
        if (r.Chance(0.5))
        {
            c.FillPair(new Polygon((-7.5, 9.5), (-7, 13.5), (-12.5, r.Range(8, 10.5))), membrane, Shading.Bevel);
        }
        c.FillCentred(new Polygon((-1.6, 6.6), (1.6, 6.6), (0, 3.6)), horns, Shading.Sphere);
        if (s.Spec.Has("spikes"))
        {
            c.FillPair(new Polygon((-3.8, 6.4), (-1.6, 6.4), (-2.9, 1.8)), horns, Shading.Sphere);
        }
        c.FillCentred(new Ellipse(0, 11.5, 8, 6.2), body, Shading.Sphere, separate: true);
        c.FillCentred(new Ellipse(0, 14.8, 5, 2.9), belly, Shading.Sphere, separate: true);
        c.StampPair(c.PixelX(-1.8), c.PixelY(14.2), ["#"], _ => SpriteSketch.Ink[Tone.Base], SpriteSketch.Ink, mirrorPattern: false);
        s.Eyes(-4, 10.5, s.Mood == SpriteMood.Neutral ? EyeStyle.Slit : null, s.PartColour("eyes", new Hsv(50, 0.85, 1)));
        if (s.Spec.Has("fire"))
        {
            var fire = Ramp.From(s.PartColour("flame", new Hsv(22, 0.9, 1)));
            c.Fill(new Polygon((0, 15.5), (9, 13), (15.5, 12.5), (13.5, 16.5), (15.5, 20.5), (9, 19), (0, 17.2)), fire, Shading.Flat(Tone.Base));
            c.Fill(new Polygon((1, 16), (9, 14.5), (12.5, 16.5), (9, 17.8), (1, 16.8)), fire, Shading.Flat(Tone.Highlight));
        }
        if (s.Spec.Has("crown"))
        {
            Crown(c, 5.5);
        }
        if (s.Mood == SpriteMood.Evil)
        {
            s.Mouth(16.4, MouthStyle.Fangs);
        }
        else if (s.Mood == SpriteMood.Cute)
        {
            s.Blush(-5.5, 13);
        }
    }

    public static void Bat(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var colour = s.MainColour(new Hsv(272, 0.38, 0.56), new Hsv(20, 0.32, 0.48), new Hsv(236, 0.36, 0.52), new Hsv(330, 0.32, 0.5));
        var fur = Ramp.From(colour);
        var wing = Ramp.From(s.SecondColour(colour.ShiftHueTowards(300, 15).With(value: colour.Value * 0.78, saturation: colour.Saturation + 0.1)));
        var belly = Ramp.From(colour.ShiftHueTowards(40, 25).With(saturation: colour.Saturation * 0.6, value: colour.Value + 0.22));
        var span = r.Range(0.85, 1.0);
        var droop = r.Range(-1.5, 1.5);
        const double lift = 2;

        (double, double) Wing(double x, double y) => (-3 - ((x - 3) * span), y + lift + (droop * (x - 3) / 12));
        c.FillPair(
            new Polygon(Wing(3, 12), Wing(7, 8.5), Wing(12, 6.8), Wing(15, 9), Wing(15, 17), Wing(13.2, 15.2), Wing(11.5, 18), Wing(9.5, 15.8), Wing(7.5, 18.8), Wing(5.5, 16.5), Wing(3.5, 17)),
            wing,
            Shading.Bevel);
        var (shoulderX, shoulderY) = Wing(4, 11);
        var (tipX, tipY) = Wing(12, 7.2);
        c.FillPair(new Capsule(shoulderX, shoulderY, tipX, tipY, 0.7), fur, Shading.Cylinder);
        var earHeight = r.Range(4, 6.5);
        c.FillPair(new Polygon((-5.4, 12 + lift), (-1.6, 10 + lift), (-5.2 - r.Range(0, 1.5), 10 - earHeight + lift)), fur, Shading.Sphere);
        c.FillPair(new Capsule(-1.8, 20.5 + lift, -2.3, 22.5 + lift, 0.8), SpriteSketch.Ink, Shading.Flat(Tone.Base));
        c.FillCentred(new Ellipse(0, 14.5 + lift, 5.6, 6), fur, Shading.Sphere, separate: true);
        c.FillCentred(new Ellipse(0, 17.3 + lift, 3, 2.8), belly, Shading.Sphere);
        s.Eyes(-2.3, 13 + lift, s.Mood == SpriteMood.Neutral ? EyeStyle.Cute : null);
        s.Mouth(15.7 + lift, s.Mood is SpriteMood.Neutral or SpriteMood.Evil ? MouthStyle.Fangs : null);
    }

    public static void Ghost(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var colour = s.MainColour(new Hsv(205, 0.07, 0.98), new Hsv(262, 0.16, 0.97), new Hsv(165, 0.14, 0.97));
        var sheet = Ramp.From(colour);
        var halfWidth = r.Range(8.5, 10.5);
        var top = r.Range(3, 5.5);
        const double hem = 26;
        var bumps = r.Chance(0.5) ? 3 : 4;
        var bumpRadius = halfWidth / bumps;
        var shape = new List<IShape>
        {
            new Ellipse(0, top + halfWidth, halfWidth, halfWidth),
            new Box(-halfWidth, top + halfWidth, halfWidth, hem),
        };
        for (var i = 0; i < bumps; i++)
        {
            shape.Add(Ellipse.Circle(-halfWidth + bumpRadius + (i * 2 * bumpRadius), hem, bumpRadius));
        }
        if (s.Spec.Has("glow"))
        {
            Glow(s, new Ellipse(0, 16, halfWidth + 4, 14), colour);
        }
        c.FillCentred(new Union([.. shape]), sheet, Shading.Sphere);
        var armsUp = r.Chance(0.5);
        c.FillPair(
            armsUp
                ? new Capsule(-halfWidth + 1, 17, -halfWidth - 3, 12.5, 2)
                : new Ellipse(-halfWidth - 0.5, 18, 3, 2),
            sheet,
            Shading.Sphere,
            separate: true);
        var eyeY = top + halfWidth + r.Range(-1, 0.5);
        if (s.Spec.Has("crown"))
        {
            Crown(c, top + 1);
        }
        s.Eyes(-halfWidth * 0.38, eyeY, s.Mood == SpriteMood.Neutral ? EyeStyle.Hollow : null);
        s.Mouth(eyeY + 3, s.Mood == SpriteMood.Neutral ? MouthStyle.Gasp : null);
        if (s.Mood == SpriteMood.Cute)
        {
            s.Blush(-halfWidth * 0.55, eyeY + 2.5);
        }
    }

    public static void Cat(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var colour = s.MainColour(new Hsv(28, 0.72, 0.95), new Hsv(220, 0.1, 0.64), new Hsv(250, 0.2, 0.28), new Hsv(30, 0.08, 0.96), new Hsv(24, 0.5, 0.6));
        var fur = Ramp.From(colour);
        var cream = Ramp.From(s.SecondColour(new Hsv(38, 0.14, 0.98)));
        var pink = Ramp.From(new Hsv(350, 0.4, 0.98));
        var earHeight = r.Range(5, 7.5);
        var headWidth = r.Range(8.8, 10);

        if (s.Spec.Has("wings"))
        {
            FeatherWings(c, 5, 19, 0.7, Ramp.From(s.PartColour("wings", new Hsv(40, 0.05, 0.98))));
        }
        if (s.Spec.Has("tail"))
        {
            c.Fill(Tube((4, 28, 1.4), (10, 27, 1.3), (11.5, 22, 1.2), (10, 18.5, 1)), fur, Shading.Cylinder);
        }
        c.FillCentred(new Ellipse(0, 24.2, 7, 6.4), fur, Shading.Sphere);
        c.FillCentred(new Ellipse(0, 23.5, 3.2, 4.5), cream, Shading.Cylinder);
        c.FillPair(new Ellipse(-3, 29, 2.5, 1.7), cream, Shading.Sphere, separate: true);
        c.FillPair(new Polygon((-headWidth + 0.5, 12), (-3.5, 8), (-headWidth + 1, 8.5 - earHeight)), fur, Shading.Sphere);
        c.FillPair(new Polygon((-headWidth + 2.3, 10.5), (-5, 8.8), (-headWidth + 2, 9.5 - (earHeight * 0.75))), pink, Shading.Flat(Tone.Base));
        c.FillCentred(new Ellipse(0, 14, headWidth, 7), fur, Shading.Sphere, separate: true);
        if (r.Chance(0.5))
        {
            c.FillCentred(new Box(-0.9, 7.2, 0.9, 9.8), fur, Shading.Flat(Tone.Shadow));
            c.FillPair(new Box(-3.4, 7.6, -2.4, 9.4), fur, Shading.Flat(Tone.Shadow));
        }
        c.FillCentred(new Ellipse(0, 17, 3.8, 2.3), cream, Shading.Sphere);
        c.FillCentred(new Box(-1, 15, 1, 15.9), pink, Shading.Flat(Tone.Base));
        c.FillPair(new Box(-headWidth - 1, 16.1, -5.2, 16.6), SpriteSketch.Ink, Shading.Flat(Tone.Light));
        if (s.Spec.Has("horns"))
        {
            Horns(c, 4, 8, 3.5);
        }
        if (s.Spec.Has("crown"))
        {
            Crown(c, 8);
        }
        s.Eyes(-4, 12.5, s.Mood == SpriteMood.Neutral ? EyeStyle.Slit : null, s.PartColour("eyes", new Hsv(r.Chance(0.5) ? 95 : 50, 0.8, 0.95)));
        s.Mouth(16.5, s.Mood == SpriteMood.Neutral ? MouthStyle.Cat : null);
        if (s.Mood == SpriteMood.Cute)
        {
            s.Blush(-6, 15);
        }
    }

    public static void Robot(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var colour = s.MainColour(new Hsv(208, 0.3, 0.78), new Hsv(26, 0.75, 0.92), new Hsv(215, 0.05, 0.92), new Hsv(48, 0.8, 0.95), new Hsv(0, 0.7, 0.8));
        var plate = Ramp.From(colour);
        var glow = s.Mood == SpriteMood.Evil ? new Hsv(2, 0.85, 1) : new Hsv(r.Chance(0.5) ? 185 : 120, 0.75, 1);
        var glowRamp = Ramp.From(glow);
        var roundHead = r.Chance(0.4);

        if (r.Chance(0.5))
        {
            c.FillCentred(new Capsule(0, 2.5, 0, 6.5, 0.6), SpriteSketch.Steel, Shading.Cylinder);
            c.FillCentred(Ellipse.Circle(0, 2.8, 1.7), glowRamp, Shading.Sphere);
        }
        else
        {
            c.FillPair(new Capsule(-4.5, 6.5, -6.5, 2.8, 0.6), SpriteSketch.Steel, Shading.Cylinder);
            c.FillPair(Ellipse.Circle(-6.5, 2.8, 1.4), glowRamp, Shading.Sphere);
        }
        c.FillPair(new Box(-10, 9, -7.5, 13.5), SpriteSketch.Steel, Shading.Bevel);
        c.FillPair(new Capsule(-9.3, 18.5, -10.3, 23.5, 1.5), SpriteSketch.Steel, Shading.Cylinder);
        c.FillPair(Ellipse.Circle(-10.3, 25, 2), plate, Shading.Sphere);
        c.FillPair(new Box(-5.5, 25, -2, 28.5), SpriteSketch.Steel, Shading.Bevel);
        c.FillPair(new Box(-6.5, 28, -1.2, 30.5), plate, Shading.Bevel, separate: true);
        c.FillCentred(new Box(-2, 15, 2, 17.5), SpriteSketch.Steel, Shading.Cylinder);
        c.FillCentred(new Box(-7.5, 17, 7.5, 25.8), plate, Shading.Bevel, separate: true);
        c.FillCentred(new Box(-4.5, 19, 4.5, 23.5), SpriteSketch.Ink, Shading.Bevel);
        var lights = new[] { new Hsv(0, 0.75, 1), new Hsv(50, 0.8, 1), new Hsv(120, 0.7, 0.95) };
        for (var i = 0; i < 3; i++)
        {
            c.Fill(new Box(-3.5 + (i * 2.5), 20, -2.2 + (i * 2.5), 21.3), Ramp.From(lights[(i + r.Next(3)) % 3]), Shading.Flat(Tone.Base));
        }
        IShape head = roundHead ? new Ellipse(0, 10.8, 8.2, 5.6) : new Box(-8, 6, 8, 15.5);
        c.FillCentred(head, plate, roundHead ? Shading.Sphere : Shading.Bevel, separate: true);
        c.FillCentred(new Box(-6, 8.5, 6, 12.8), SpriteSketch.Ink, Shading.Bevel);
        s.Eyes(-3, 10.6, EyeStyle.Glow, glow);
        if (s.Mood is SpriteMood.Happy or SpriteMood.Cute)
        {
            s.Mouth(13.5, MouthStyle.Smile);
        }
    }

    public static void Skeleton(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var named = s.NamedColour;
        var bone = named is { } tint ? Ramp.From(tint.With(saturation: 0.2, value: 0.95)) : SpriteSketch.Bone;
        var glow = named?.With(saturation: 0.85, value: 1) ?? new Hsv(r.Chance(0.5) ? 180 : 8, 0.8, 1);

        c.FillPair(new Capsule(-2.6, 25.5, -3, 29.3, 1), bone, Shading.Cylinder);
        c.FillPair(new Ellipse(-3.8, 30, 2.2, 1), bone, Shading.Sphere);
        c.FillCentred(new Ellipse(0, 25, 4.4, 2), bone, Shading.Sphere);
        c.FillPair(new Union(new Capsule(-5.6, 17.6, -7.6, 21.8, 0.9), new Capsule(-7.6, 21.8, -8.3, 25.2, 0.9)), bone, Shading.Cylinder);
        c.FillPair(Ellipse.Circle(-8.4, 26, 1.4), bone, Shading.Sphere);
        c.FillCentred(new Box(-0.9, 16, 0.9, 24.5), bone, Shading.Cylinder);
        for (var i = 0; i < 3; i++)
        {
            var y = 18 + (i * 2.1);
            var reach = 5.4 - (i * 0.7);
            c.FillPair(new Capsule(-1, y, -reach, y + 0.8, 0.8), bone, Shading.Cylinder, separate: true);
        }
        c.FillCentred(new Union(new Ellipse(0, 9.6, 7.2, 6.6), new Ellipse(0, 14, 4.8, 3)), bone, Shading.Sphere, separate: true);
        c.FillPair(new Ellipse(-3.1, 10.3, 2.3, 2.4), SpriteSketch.Ink, Shading.Flat(Tone.Base));
        c.FillCentred(new Polygon((-1.1, 14), (1.1, 14), (0, 12)), SpriteSketch.Ink, Shading.Flat(Tone.Base));
        c.FillCentred(new Box(-3.4, 15.4, 3.4, 16), SpriteSketch.Ink, Shading.Flat(Tone.Base));
        c.FillPair(new Box(-2.2, 14.8, -1.6, 16.6), SpriteSketch.Ink, Shading.Flat(Tone.Base));
        s.Eyes(-3.1, 10.6, s.Mood == SpriteMood.Evil ? EyeStyle.Angry : EyeStyle.Glow, glow);
    }

    /// <summary>A seeded little monster, for prompts that ask for just that.</summary>
    public static void Monster(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var colour = s.MainColour(new Hsv(r.Range(0, 360), r.Range(0.45, 0.75), r.Range(0.68, 0.92)));
        var skin = Ramp.From(colour);
        var belly = Ramp.From(colour.ShiftHueTowards(50, 30).With(saturation: colour.Saturation * 0.5, value: colour.Value + 0.2));
        var accent = Ramp.From(s.SecondColour(colour.With(hue: colour.Hue + r.Range(120, 240), saturation: 0.55, value: 0.9)));
        var halfWidth = r.Range(7.5, 11);
        var radiusY = r.Range(7.5, 10);
        var centreY = 28 - radiusY;
        var top = centreY - radiusY;

        if (s.Spec.Has("wings"))
        {
            BatWings(c, halfWidth * 0.6, centreY - 3, 0.9, Ramp.From(s.PartColour("wings", accent.Colour)), skin);
        }
        if (s.Spec.Has("tail"))
        {
            c.Fill(Tube((halfWidth * 0.5, centreY + 5, 2), (halfWidth + 3, centreY + 6, 1.4), (halfWidth + 4, centreY + 1, 0.8)), skin, Shading.Cylinder);
        }
        if (s.Spec.Has("tentacles"))
        {
            foreach (var x in new[] { -5.0, -1.5, 2.0, 5.5 })
            {
                c.Fill(Tube((x, centreY + radiusY - 3, 1.6), (x * 1.2, 29, 1.1), ((x * 1.2) + 1.5, 31, 0.6)), skin, Shading.Cylinder, separate: true);
            }
        }
        switch (s.Spec.Has("horns") ? 0 : r.Next(4))
        {
            case 0:
                c.FillPair(new Polygon((-halfWidth * 0.75, top + 4), (-halfWidth * 0.25, top + 1.5), (-halfWidth * 0.65, top - 4)), skin, Shading.Sphere);
                break;
            case 1:
                c.FillPair(Ellipse.Circle(-halfWidth * 0.62, top + 1.5, 3), skin, Shading.Sphere);
                c.FillPair(Ellipse.Circle(-halfWidth * 0.62, top + 1.5, 1.5), belly, Shading.Flat(Tone.Base));
                break;
            case 2:
                c.FillPair(new Capsule(-2, top + 1, -4.5, top - 4, 0.6), skin, Shading.Cylinder);
                c.FillPair(Ellipse.Circle(-4.5, top - 4, 1.6), accent, Shading.Sphere);
                break;
            default:
                c.FillPair(new Polygon((-halfWidth * 0.5, top + 2.5), (-halfWidth * 0.15, top + 1), (-halfWidth * 0.55, top - 3.5)), accent, Shading.Sphere);
                break;
        }
        c.FillPair(new Ellipse(-halfWidth * 0.5, 28.6, 2.8, 1.9), skin, Shading.Sphere);
        c.FillCentred(new Ellipse(0, centreY, halfWidth, radiusY), skin, Shading.Sphere, separate: true);
        if (r.Chance(0.6))
        {
            c.FillCentred(new Ellipse(0, centreY + (radiusY * 0.35), halfWidth * 0.55, radiusY * 0.5).Within(new Ellipse(0, centreY, halfWidth - 1, radiusY - 1)), belly, Shading.Sphere);
        }
        if (r.Chance(0.5))
        {
            c.FillPair(new Ellipse(-halfWidth - 0.5, centreY + 1.5, 2.2, 3), skin, Shading.Sphere, separate: true);
        }
        if (r.Chance(0.4))
        {
            c.FillPair(Ellipse.Circle(-halfWidth * 0.7, centreY - (radiusY * 0.45), 1.3).Within(new Ellipse(0, centreY, halfWidth - 1, radiusY - 1)), skin, Shading.Flat(Tone.Light));
        }
        var eyeY = centreY - (radiusY * 0.25);
        if (s.Spec.Has("spikes"))
        {
            c.FillPair(new Polygon((-halfWidth + 0.5, centreY - 1), (-halfWidth + 0.5, centreY + 2.5), (-halfWidth - 3, centreY + 0.5)), SpriteSketch.Bone, Shading.Sphere);
        }
        var cyclops = r.Chance(0.25);
        if (s.Spec.EyeCount is { } eyes && eyes != 1)
        {
            EyeRow(s, eyes, eyeY, Math.Min(4, (halfWidth * 1.6) / Math.Min(eyes, 4)));
            s.Mouth(eyeY + 4);
            return;
        }
        if (s.Spec.EyeCount == 1 || cyclops)
        {
            c.FillCentred(new Ellipse(0, eyeY, 3.2, 3), Ramp.From(new Hsv(220, 0.03, 1)), Shading.Flat(Tone.Base));
            c.FillCentred(new Ellipse(0, eyeY + 0.3, 1.6, 1.8), SpriteSketch.Ink, Shading.Flat(Tone.Base));
            s.Mouth(eyeY + 4);
            return;
        }
        s.Face(-halfWidth * 0.38, eyeY, eyeY + 3);
    }
}
