namespace SpriteDX.Modules.Generation.Rendering.Designs.Characters;

/// <summary>Chibi humanoids: big head, small body, symmetric; the prompt's colour dresses them.</summary>
internal static class CharacterDesigns
{
    public static IReadOnlyDictionary<string, Design> Subjects { get; } = new Dictionary<string, Design>
    {
        ["knight"] = new(Knight, Animation.Idle),
        ["wizard"] = new(Wizard, Animation.Idle),
        ["hero"] = new(Hero, Animation.Idle),
    };

    private static readonly Hsv[] SkinTones = [new(28, 0.3, 0.99), new(24, 0.42, 0.9), new(22, 0.52, 0.72), new(20, 0.58, 0.5)];
    private static readonly Hsv[] HairColours = [new(26, 0.62, 0.48), new(45, 0.55, 0.96), new(240, 0.25, 0.24), new(12, 0.72, 0.78), new(215, 0.05, 0.92)];

    public static void Knight(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var colour = Ramp.From(s.MainColour(new Hsv(0, 0.72, 0.78), new Hsv(218, 0.66, 0.74), new Hsv(135, 0.55, 0.58), new Hsv(276, 0.45, 0.62)));
        var armour = s.Mood == SpriteMood.Evil ? Ramp.From(new Hsv(250, 0.18, 0.4)) : SpriteSketch.Steel;
        var trim = Ramp.From(s.SecondColour(new Hsv(44, 0.78, 0.94)));

        c.FillPair(new Box(-4.6, 25, -1, 28.6), armour, Shading.Bevel);
        c.FillPair(new Box(-5.2, 28, -0.8, 30.6), SpriteSketch.Leather, Shading.Bevel, separate: true);
        c.FillPair(new Capsule(-7.8, 19.5, -8.4, 24, 1.6), armour, Shading.Cylinder);
        c.FillPair(Ellipse.Circle(-8.5, 25, 1.9), SpriteSketch.Leather, Shading.Sphere);
        c.FillCentred(new Box(-6, 17, 6, 25.5), armour, Shading.Bevel, separate: true);
        c.FillCentred(new Polygon((-4, 17), (4, 17), (4, 26.5), (0, 28), (-4, 26.5)), colour, Shading.Bevel);
        c.FillCentred(new Box(-0.9, 18.8, 0.9, 24), trim, Shading.Flat(Tone.Light));
        c.FillCentred(new Box(-2.6, 20.2, 2.6, 21.5), trim, Shading.Flat(Tone.Light));
        c.FillCentred(new Box(-6, 24.6, 6, 25.8), SpriteSketch.Leather, Shading.Flat(Tone.Base));
        c.FillPair(new Ellipse(-7.4, 18.2, 3.2, 2.6), armour, Shading.Sphere, separate: true);
        switch (r.Next(3))
        {
            case 0:
                c.FillCentred(new Ellipse(0, 4.2, 2.2, 3.4), colour, Shading.Sphere);
                break;
            case 1:
                c.FillPair(new Polygon((-6.4, 8), (-4, 6), (-9.5, 1.5)), SpriteSketch.Bone, Shading.Sphere);
                break;
            default:
                c.FillCentred(new Box(-1, 2.5, 1, 5.5), trim, Shading.Bevel);
                break;
        }
        c.FillCentred(new Union(new Ellipse(0, 10.5, 7, 6.5), new Box(-7, 10.5, 7, 16.2)), armour, Shading.Sphere, separate: true);
        c.FillCentred(new Box(-5.6, 10.2, 5.6, 11.6), SpriteSketch.Ink, Shading.Flat(Tone.Base));
        c.FillCentred(new Box(-0.8, 11.6, 0.8, 14.6), SpriteSketch.Ink, Shading.Flat(Tone.Base));
        if (s.Mood == SpriteMood.Evil)
        {
            s.Eyes(-3, 10.8, EyeStyle.Glow, new Hsv(4, 0.85, 1));
        }
    }

    public static void Wizard(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var robeColour = s.MainColour(new Hsv(226, 0.62, 0.72), new Hsv(278, 0.55, 0.66), new Hsv(350, 0.62, 0.66), new Hsv(150, 0.5, 0.55));
        var robe = Ramp.From(robeColour);
        var trim = Ramp.From(s.SecondColour(new Hsv(46, 0.78, 0.95)));
        var skin = Ramp.From(r.Pick(SkinTones));
        var bearded = r.Chance(0.6);
        var hair = bearded ? Ramp.From(new Hsv(215, 0.04, 0.93)) : Ramp.From(r.Pick(HairColours));
        var hatHeight = r.Range(8, 10.5);

        if (!bearded)
        {
            c.FillCentred(new Ellipse(0, 15.5, 6.2, 5.5), hair, Shading.Sphere);
        }
        c.FillCentred(new Polygon((-4.6, 15.5), (4.6, 15.5), (8.6, 30.4), (-8.6, 30.4)), robe, Shading.Cylinder);
        c.FillCentred(new Box(-9, 29.2, 9, 30.4).Within(new Polygon((-4.6, 15.5), (4.6, 15.5), (8.6, 30.4), (-8.6, 30.4))), trim, Shading.Flat(Tone.Base));
        c.FillCentred(new Box(-7, 22, 7, 23.2).Within(new Polygon((-4.6, 15.5), (4.6, 15.5), (8.6, 30.4), (-8.6, 30.4))), trim, Shading.Flat(Tone.Base));
        c.FillPair(Ellipse.Circle(-8.6, 24.6, 1.6), skin, Shading.Sphere);
        c.FillPair(new Polygon((-4.2, 16), (-10, 23.5), (-7, 25), (-3.4, 19.5)), robe, Shading.Bevel, separate: true);
        c.FillCentred(new Ellipse(0, 12.6, 4.8, 3.8), skin, Shading.Sphere, separate: true);
        if (bearded)
        {
            c.FillCentred(new Polygon((-5, 13.4), (5, 13.4), (3.2, 19.5), (0, 22.8), (-3.2, 19.5)), hair, Shading.Sphere, separate: true);
        }
        c.FillCentred(new Polygon((-6, 10.3), (6, 10.3), (0, 10.3 - hatHeight)), robe, Shading.Sphere);
        c.FillCentred(new Box(-6, 7.8, 6, 9.3).Within(new Polygon((-6, 10.3), (6, 10.3), (0, 10.3 - hatHeight))), trim, Shading.Flat(Tone.Base));
        c.FillCentred(new Ellipse(0, 10.4, 10, 1.9), robe, Shading.Bevel, separate: true);
        c.Fill(Ellipse.Circle(-2, 10.3 - (hatHeight * 0.45), 0.8), trim, Shading.Flat(Tone.Highlight));
        s.Eyes(-2, 12.6, s.Mood == SpriteMood.Evil ? EyeStyle.Angry : EyeStyle.Round);
        if (!bearded)
        {
            s.Mouth(14.5, s.Mood == SpriteMood.Neutral ? MouthStyle.None : null);
        }
    }

    public static void Hero(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var tunic = Ramp.From(s.MainColour(new Hsv(118, 0.55, 0.62), new Hsv(214, 0.62, 0.76), new Hsv(2, 0.68, 0.76), new Hsv(32, 0.6, 0.7)));
        var cape = Ramp.From(s.SecondColour(new Hsv(352, 0.7, 0.6)));
        var skin = Ramp.From(r.Pick(SkinTones));
        var hair = Ramp.From(r.Pick(HairColours));
        var trousers = Ramp.From(new Hsv(226, 0.3, 0.4));

        if (r.Chance(0.5))
        {
            c.FillCentred(new Polygon((-5.5, 16.5), (5.5, 16.5), (8, 29), (-8, 29)), cape, Shading.Bevel);
        }
        c.FillPair(new Box(-3.8, 24, -0.8, 28.2), trousers, Shading.Bevel);
        c.FillPair(new Box(-4.4, 27.4, -0.6, 30.4), SpriteSketch.Leather, Shading.Bevel, separate: true);
        c.FillPair(new Capsule(-6.4, 18, -7.1, 22.6, 1.5), tunic, Shading.Cylinder);
        c.FillPair(Ellipse.Circle(-7.2, 24, 1.6), skin, Shading.Sphere);
        c.FillCentred(new Box(-5, 16.5, 5, 24.6), tunic, Shading.Bevel, separate: true);
        c.FillCentred(new Box(-5, 22, 5, 23.3), SpriteSketch.Leather, Shading.Flat(Tone.Base));
        c.FillCentred(new Box(-1, 21.8, 1, 23.5), SpriteSketch.Gold, Shading.Flat(Tone.Light));
        c.FillCentred(new Ellipse(0, 11, 6.6, 5.8), skin, Shading.Sphere, separate: true);
        var hairTop = r.Range(2.2, 3.5);
        IShape hairShape = new Ellipse(0, 9.2, 7.4, 9.2 - hairTop).Minus(new Box(-5.2, 10.2, 5.2, 20)).Within(new Box(-16, 0, 16, 14.5));
        if (r.Chance(0.5))
        {
            var sideSpike = new Polygon((-6.5, 6.5), (-3, 4), (-7.5, hairTop + 0.5));
            hairShape = hairShape.Or(new Polygon((-2, 4), (2, 4), (0, hairTop - 2.5)), sideSpike, new Mirrored(sideSpike));
        }
        c.FillCentred(hairShape, hair, Shading.Sphere, separate: true);
        s.Eyes(-2.6, 12, s.Mood == SpriteMood.Neutral ? EyeStyle.Round : null);
        if (s.Mood != SpriteMood.Neutral)
        {
            s.Mouth(14.6, s.Mood == SpriteMood.Happy ? MouthStyle.Smile : null);
        }
    }
}
