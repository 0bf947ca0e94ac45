namespace SpriteDX.Modules.Generation.Rendering.Designs.Beasts;

/// <summary>
/// Scaly beasts in profile, facing right: low bodies on sprawled legs with long tapering tails (lizard, crocodile), a
/// shelled turtle, and dinosaurs, whose <see cref="SpriteSpec.Variant"/> picks the kind ("t-rex" unless it says otherwise).
/// </summary>
internal static class Reptiles
{
    private static readonly Ramp Teeth = Ramp.From(new Hsv(45, 0.06, 0.98));
    private static readonly Ramp Maw = Ramp.From(new Hsv(350, 0.6, 0.5));

    public static void Lizard(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var colour = BeastPaint.Colour(s, new Hsv(100, 0.6, 0.68), new Hsv(150, 0.5, 0.62), new Hsv(40, 0.55, 0.75));
        var skin = s.MaterialOr(Ramp.From(colour));
        var far = BeastPaint.Shaded(skin);
        var belly = Ramp.From(s.SecondColour(colour.ShiftHueTowards(55, 40).With(saturation: 0.35, value: 0.95)));
        var curl = r.Range(-1, 1);
        c.Fill(new Union(new Capsule(5, 23, 7.5, 27.5, 0.7), new Capsule(-2, 23.5, -0.5, 28, 0.7)), far, Shading.Cylinder);
        c.Fill(new Polygon((-3, 21.6), (-9, 23.5), (-12.5, 23), (-14.2, 20 + curl), (-13, 18.5 + curl), (-12, 21), (-9, 25.6), (-3, 25.8)), skin, Shading.Sphere);
        c.Fill(new Ellipse(0.5, 23.6, 6.5, 2.6), skin, Shading.Sphere, separate: true);
        c.Fill(new Ellipse(1, 25.4, 5, 0.9), belly, Shading.Flat(Tone.Base));
        foreach (var x in new[] { -3.5, -0.5, 2.5 })
            c.Fill(Ellipse.Circle(x, 22.4, 0.7), skin, Shading.Flat(Tone.Shadow));
        if (s.Spec.Has("spikes"))
            Ridge(c, skin, -8, 6, 21.2, 1.6);
        Limb(c, skin, 4, 24.2, 3, 28.6);
        Limb(c, skin, -3.5, 24.4, -5.5, 28.6);
        c.Fill(new Union(new Ellipse(7.8, 20.4, 3, 2.2), new Capsule(7.8, 20.8, 12, 21.6, 1.4), new Capsule(5, 23, 7.5, 21, 1.6)), skin, Shading.Sphere, separate: true);
        if (r.Chance(0.5) && s.Mood != SpriteMood.Cute)
            c.Fill(new Union(new Capsule(13, 22.2, 14.6, 22.2, 0.3), new Capsule(14.6, 22.2, 15.3, 21.4, 0.3), new Capsule(14.6, 22.2, 15.3, 23, 0.3)), Maw, Shading.Flat(Tone.Light));
        var (style, glow) = BeastPaint.Eyes(s);
        s.Eye(8.6, 19.8, style ?? (s.Mood == SpriteMood.Neutral ? EyeStyle.Slit : null), glow ?? new Hsv(55, 0.85, 1));
    }

    public static void Crocodile(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var colour = BeastPaint.Colour(s, new Hsv(95, 0.5, 0.48), new Hsv(80, 0.45, 0.42));
        var skin = s.MaterialOr(Ramp.From(colour));
        var far = BeastPaint.Shaded(skin);
        var belly = Ramp.From(s.SecondColour(new Hsv(55, 0.35, 0.85)));
        var length = 7.5 + r.Range(-0.4, 0.4);
        c.Fill(new Union(new Capsule(3, 24, 4.5, 28, 0.9), new Capsule(-5, 24, -3.5, 28, 0.9)), far, Shading.Cylinder);
        c.Fill(new Polygon((-5, 21), (-11, 23.2), (-15.5, 25.5), (-11, 25.6), (-5, 26.2)), skin, Shading.Sphere);
        Ridge(c, skin, -14, 2, 21.4 + 0.4, 1.2);
        c.Fill(new Ellipse(-1, 23.6, length, 2.9), skin, Shading.Sphere, separate: true);
        c.Fill(new Ellipse(-1, 25.8, length - 1.5, 0.8), belly, Shading.Flat(Tone.Base));
        Limb(c, skin, 2.5, 24.6, 1, 28.6);
        Limb(c, skin, -5.5, 24.6, -7, 28.6);
        var snout = new Polygon((4, 21.2), (8, 21.6), (15.2, 22.6), (15.6, 24.4), (8, 25.4), (4, 25.6));
        c.Fill(snout, skin, Shading.Sphere, separate: true);
        c.Fill(Ellipse.Circle(6.8, 21.2, 1.3), skin, Shading.Sphere);
        c.Fill(new Capsule(6.5, 23.7, 15.4, 23.7, 0.3), SpriteSketch.Ink, Shading.Flat(Tone.Base));
        var teeth = Enumerable.Range(0, 5).Select(i => (IShape)new Box(8 + (i * 1.6), 24.1, 8.6 + (i * 1.6), 24.6));
        c.Fill(new Union([.. teeth]), Teeth, Shading.Flat(Tone.Base));
        var (style, glow) = BeastPaint.Eyes(s);
        s.Eye(7, 21, style ?? (s.Mood == SpriteMood.Neutral ? EyeStyle.Slit : null), glow ?? new Hsv(52, 0.8, 0.95));
    }

    public static void Turtle(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var colour = BeastPaint.Colour(s, new Hsv(32, 0.6, 0.55), new Hsv(100, 0.5, 0.5));
        var shell = s.Spec.PartColours.ContainsKey("shell") ? Ramp.From(s.PartColour("shell", colour)) : s.MaterialOr(Ramp.From(colour));
        var skin = Ramp.From(s.SecondColour(new Hsv(80, 0.45, 0.72)));
        var far = BeastPaint.Shaded(skin);
        var height = 7.5 + r.Range(-0.5, 0.5);
        c.Fill(new Union(new Ellipse(-3.5, 28, 1.8, 1.8), new Ellipse(6, 28, 1.8, 1.8)), far, Shading.Sphere);
        c.Fill(new Polygon((-9, 24.5), (-12.5, 26), (-9, 26.5)), skin, Shading.Sphere);
        c.Fill(new Union(new Capsule(7, 25, 10.5, 21.5, 1.7), new Ellipse(11.8, 21, 2.8, 2.2)), skin, Shading.Sphere);
        var dome = new Ellipse(-0.5, 25, 9.5, height).Within(new Box(-16, 0, 16, 25));
        c.Fill(dome, shell, Shading.Sphere, separate: true);
        var plates = new Union(
            new Ellipse(-0.5, 21.5, 2.6, 2.2),
            new Ellipse(-5, 22.5, 2.2, 1.9),
            new Ellipse(4, 22.5, 2.2, 1.9),
            new Ellipse(-0.5, 18, 2.2, 1.4));
        c.Fill(plates.Within(dome), shell, Shading.Flat(Tone.Light));
        c.Fill(new Box(-10, 24.2, 9.5, 26).Within(new Ellipse(-0.5, 25, 10, 3)), Ramp.From(shell.Colour.ShiftHueTowards(50, 20).With(value: shell.Colour.Value + 0.2)), Shading.Bevel, separate: true);
        c.Fill(new Union(new Ellipse(-5.5, 27.6, 2, 2.2), new Ellipse(4, 27.6, 2, 2.2)), skin, Shading.Sphere, separate: true);
        Dot(c, 13.8, 21.8);
        var (style, glow) = BeastPaint.Eyes(s);
        s.Eye(12, 20.6, style, glow);
    }

    public static void Dinosaur(SpriteSketch s)
    {
        switch (s.Spec.Variant)
        {
            case "triceratops":
                Triceratops(s);
                break;
            case "brontosaurus" or "diplodocus" or "brachiosaurus" or "sauropod":
                Sauropod(s);
                break;
            default:
                Rex(s);
                break;
        }
    }

    private static void Rex(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var colour = BeastPaint.Colour(s, new Hsv(110, 0.55, 0.6), new Hsv(25, 0.55, 0.62), new Hsv(200, 0.4, 0.6));
        var skin = s.MaterialOr(Ramp.From(colour));
        var far = BeastPaint.Shaded(skin);
        var belly = Ramp.From(s.SecondColour(colour.ShiftHueTowards(55, 40).With(saturation: 0.3, value: 0.95)));
        var gape = r.Range(0.6, 1.6);
        c.Fill(new Union(new Ellipse(1, 19.5, 2.8, 4), new Capsule(1, 21, 2.5, 28, 1.1)), far, Shading.Cylinder);
        c.Fill(new Ellipse(3.8, 29, 2.6, 1), far, Shading.Sphere);
        c.Fill(new Polygon((-2, 12.5), (-9, 15.5), (-15.5, 19.5), (-9, 19.5), (-2, 20)), skin, Shading.Sphere);
        var body = new Union(new Ellipse(0, 16, 6.5, 5), new Ellipse(4, 12.5, 3.6, 4));
        c.Fill(body, skin, Shading.Sphere, separate: true);
        c.Fill(new Ellipse(3, 17.5, 3.5, 3).Within(body), belly, Shading.Flat(Tone.Base));
        if (s.Spec.Has("spikes"))
            Ridge(c, skin, -10, 3, 10.5, 2.4);
        c.Fill(new Union(new Ellipse(-1.5, 19.5, 3.4, 4.6), new Capsule(-1.5, 22, -0.5, 28, 1.3)), skin, Shading.Cylinder, separate: true);
        c.Fill(new Ellipse(1.2, 29, 3, 1.1), skin, Shading.Sphere, separate: true);
        c.Fill(new Union(new Capsule(6, 15.5, 8, 17.5, 0.6), new Capsule(8, 17.5, 8.8, 17, 0.4)), skin, Shading.Cylinder, separate: true);
        c.Fill(new Polygon((5.5, 11), (8, 12 + gape), (14.5, 12 + gape), (14, 13.6 + gape), (7, 14.2 + gape), (5, 13)), skin, Shading.Sphere, separate: true);
        c.Fill(new Polygon((8, 10.6), (14.6, 10.6), (14.3, 11.8 + gape), (8, 12 + gape)), Maw, Shading.Flat(Tone.Shadow));
        c.Fill(new Polygon((3.5, 9), (5.5, 4.6), (11, 4), (15, 5.8), (15.4, 10.6), (8, 10.8), (5.5, 12)), skin, Shading.Sphere, separate: true);
        var teeth = Enumerable.Range(0, 4).Select(i => (IShape)new Polygon((9 + (i * 1.5), 10.5), (10 + (i * 1.5), 10.5), (9.5 + (i * 1.5), 11.6)));
        c.Fill(new Union([.. teeth]), Teeth, Shading.Flat(Tone.Base));
        var (style, glow) = BeastPaint.Eyes(s);
        s.Eye(9, 6.8, style ?? (s.Mood == SpriteMood.Neutral ? EyeStyle.Slit : null), glow ?? new Hsv(50, 0.85, 1));
    }

    private static void Triceratops(SpriteSketch s)
    {
        var colour = BeastPaint.Colour(s, new Hsv(30, 0.45, 0.62), new Hsv(90, 0.4, 0.55));
        var paint = BeastPaint.For(s, colour, colour.With(value: colour.Value + 0.2), colour.ShiftHueTowards(0, 30).With(value: colour.Value * 0.85));
        BeastDesigns.Draw(s, paint, new Quadruped
        {
            BodyX = -3.5, BodyRx = 8.5, BodyRy = 5.5, LegLength = 5, LegRadius = 1.7, LegSpread = 0.55,
            Neck = false, HeadX = 7, HeadY = 17, HeadRx = 3.2, HeadRy = 3, SnoutDx = 4, SnoutDy = 1.8, SnoutRadius = 1.4,
            Ears = Ears.None, Tail = Tail.Reptile, TailLength = 7, Headgear = Headgear.Frill,
        });
    }

    private static void Sauropod(SpriteSketch s)
    {
        var colour = BeastPaint.Colour(s, new Hsv(120, 0.4, 0.6), new Hsv(200, 0.3, 0.6));
        var paint = BeastPaint.For(s, colour, colour.With(value: colour.Value + 0.2), colour);
        BeastDesigns.Draw(s, paint, new Quadruped
        {
            BodyX = -3, BodyRx = 7, BodyRy = 5, LegLength = 7, LegRadius = 1.6, LegSpread = 0.55,
            HeadX = 10, HeadY = 4, HeadRx = 2.4, HeadRy = 1.8, SnoutDx = 2.2, SnoutDy = 0.6, SnoutRadius = 1.2,
            Ears = Ears.None, Tail = Tail.Reptile, TailLength = 9,
        });
    }

    /// <summary>A row of triangular scutes along a back, from <paramref name="fromX"/> to <paramref name="toX"/>.</summary>
    private static void Ridge(PixelCanvas c, Ramp skin, double fromX, double toX, double y, double height)
    {
        var spikes = new List<IShape>();
        for (var x = fromX; x <= toX; x += 2)
            spikes.Add(new Polygon((x - 1.1, y + 1.2), (x + 1.1, y + 1.2), (x + 0.5, y + 1.2 - height)));
        c.Fill(new Union([.. spikes]), BeastPaint.Shaded(skin), Shading.Flat(Tone.Base));
    }

    /// <summary>A sprawled reptile leg: out from the body, down to a splayed foot.</summary>
    private static void Limb(PixelCanvas c, Ramp skin, double x, double y, double footX, double footY)
    {
        c.Fill(new Union(new Capsule(x, y, footX, footY - 1, 1), new Ellipse(footX + 0.8, footY, 1.8, 0.8)), skin, Shading.Cylinder, separate: true);
    }

    private static void Dot(PixelCanvas c, double x, double y) =>
        c.Stamp(c.PixelX(x), c.PixelY(y), ["#"], _ => SpriteSketch.Ink[Tone.Base], SpriteSketch.Ink);
}
