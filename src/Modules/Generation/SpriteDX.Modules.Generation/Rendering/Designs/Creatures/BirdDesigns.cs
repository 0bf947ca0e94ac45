namespace SpriteDX.Modules.Generation.Rendering.Designs.Creatures;

/// <summary>
/// Birds. Perching and walking birds are drawn in profile facing right, where beak, tail and legs tell the species apart;
/// owls and penguins face the viewer, and birds of prey and the phoenix spread their wings, as they are usually pictured.
/// </summary>
internal static class BirdDesigns
{
    private enum Beak
    {
        Cone,
        Dagger,
        Bill,
        Hook,
    }

    private static readonly Hsv Orange = new(30, 0.85, 0.98);
    private static readonly Hsv Yellow = new(46, 0.8, 0.98);

    /// <summary>A bird in profile: body and head ellipses, then what tells the species: beak, tail polygon, comb, perch.</summary>
    private sealed record ProfileBird(
        Hsv[] Plumage,
        (double X, double Y, double Rx, double Ry) Body,
        (double X, double Y, double R) Head,
        Beak Beak,
        double BeakLength,
        Hsv BeakColour,
        (double X, double Y)[] Tail,
        Hsv? Legs,
        bool Comb = false,
        bool Perch = false,
        bool PaleBelly = true,
        Hsv? Wing = null);

    private static readonly ProfileBird Songbird = new(
        [new(212, 0.62, 0.85), new(4, 0.72, 0.85), new(48, 0.75, 0.95), new(26, 0.5, 0.62)],
        (-1.5, 20, 7.2, 5.6), (4.8, 13.5, 4.6), Beak.Cone, 3.2, Orange,
        [(-6, 18), (-14.5, 12.5), (-15, 15.5), (-6.5, 22)], new Hsv(25, 0.5, 0.4));

    private static readonly ProfileBird Crow = new(
        [new(252, 0.3, 0.26), new(240, 0.18, 0.3)],
        (-2, 18.5, 8.6, 5.4), (6.5, 12.5, 4.2), Beak.Dagger, 6, new Hsv(240, 0.15, 0.22),
        [(-7, 16.5), (-15.5, 20), (-15, 23.5), (-6.5, 21)], new Hsv(240, 0.15, 0.2), PaleBelly: false);

    private static readonly ProfileBird Chicken = new(
        [new(40, 0.05, 0.97), new(24, 0.62, 0.7), new(32, 0.35, 0.9)],
        (-1.5, 19, 8, 7), (5.5, 9.5, 3.9), Beak.Cone, 2.8, Yellow,
        [(-7, 17), (-11, 4.5), (-13.5, 6.5), (-14.5, 12), (-12, 19)], new Hsv(42, 0.85, 0.95), Comb: true, PaleBelly: false);

    private static readonly ProfileBird Duck = new(
        [new(48, 0.7, 0.98), new(40, 0.04, 0.97), new(30, 0.45, 0.62)],
        (-1.5, 21, 9.5, 5.8), (6, 11.5, 4.5), Beak.Bill, 4.6, Orange,
        [(-8, 19), (-14.5, 14), (-12.5, 20)], Orange);

    private static readonly ProfileBird Parrot = new(
        [new(2, 0.8, 0.88), new(130, 0.7, 0.7), new(205, 0.75, 0.85)],
        (-1, 15.5, 5.2, 7.8), (1.5, 7.2, 4.4), Beak.Hook, 3.6, new Hsv(40, 0.12, 0.92),
        [(-3.5, 19), (-9, 30.5), (-6.5, 31), (0, 21)], new Hsv(220, 0.1, 0.45), Perch: true, PaleBelly: false, Wing: new Hsv(215, 0.8, 0.85));

    /// <summary>A bird seen from the front with wings spread: a bird of prey, or a phoenix of flame.</summary>
    private sealed record SpreadBird(Hsv[] Plumage, Hsv Head, Hsv Beak, bool Fiery);

    private static readonly SpreadBird Eagle = new([new(26, 0.62, 0.42), new(30, 0.45, 0.55), new(24, 0.3, 0.3)], new(40, 0.04, 0.97), Yellow, Fiery: false);

    private static readonly SpreadBird Phoenix = new([new(12, 0.88, 0.95), new(28, 0.9, 0.98), new(350, 0.8, 0.9)], new(44, 0.8, 1), Yellow, Fiery: true);

    public static IReadOnlyDictionary<string, Design> Subjects { get; } = new Dictionary<string, Design>
    {
        ["bird"] = new(s => Profile(s, Songbird), Animation.Idle),
        ["crow"] = new(s => Profile(s, Crow), Animation.Idle),
        ["chicken"] = new(s => Profile(s, Chicken), Animation.Idle),
        ["duck"] = new(s => Profile(s, Duck), Animation.Idle),
        ["parrot"] = new(s => Profile(s, Parrot), Animation.Idle),
        ["owl"] = new(Owl, Animation.Idle),
        ["penguin"] = new(Penguin, Animation.Idle),
        ["eagle"] = new(s => Spread(s, Eagle), Animation.Idle),
        ["phoenix"] = new(s => Spread(s, Phoenix), Animation.Idle),
    };

    private static void Profile(SpriteSketch s, ProfileBird bird)
    {
        var (r, c) = (s.Random, s.Canvas);
        var colour = s.PartColour("body", s.MainColour(bird.Plumage));
        var plumage = Ramp.From(colour);
        var wing = CreatureParts.Part(s, "wings", s.Spec.Colours.Count > 1 ? s.SecondColour(colour) : bird.Wing ?? colour.With(value: colour.Value * 0.8, saturation: colour.Saturation + 0.05));
        var belly = Ramp.From(colour.ShiftHueTowards(45, 25).With(saturation: colour.Saturation * 0.35, value: Math.Max(colour.Value, 0.8) + 0.15));
        var head = plumage;
        var beak = Ramp.From(bird.BeakColour);
        var (bx, by, brx, bry) = bird.Body;
        brx += r.Range(-0.5, 0.5);
        var (hx, hy, hr) = bird.Head;
        hy += r.Range(-0.6, 0.4);

        if (bird.Perch)
        {
            c.Fill(new Capsule(-14, 25.5, 14, 24.5, 1.3), SpriteSketch.Wood, Shading.Cylinder);
        }
        c.Fill(new Polygon(bird.Tail), s.Spec.Colours.Count > 1 ? wing : plumage, Shading.Bevel);
        if (bird.Legs is { } legColour)
        {
            var legs = Ramp.From(legColour);
            var foot = bird.Perch ? 24.5 : 30;
            foreach (var legX in new[] { bx - 1.5, bx + 1.5 })
            {
                c.Fill(new Capsule(legX, by + bry - 1, legX + 0.3, foot - 0.5, bird.Beak == Beak.Bill ? 0.7 : 0.45), legs, Shading.Flat(Tone.Base));
                c.Fill(new Capsule(legX - 0.8, foot, legX + (bird.Beak == Beak.Bill ? 3.2 : 2.4), foot, bird.Beak == Beak.Bill ? 0.8 : 0.5), legs, Shading.Flat(Tone.Base));
            }
        }
        c.Fill(new Ellipse(bx, by, brx, bry), plumage, Shading.Sphere, separate: true);
        if (bird.PaleBelly)
        {
            c.Fill(new Ellipse(bx + (brx * 0.3), by + (bry * 0.35), brx * 0.6, bry * 0.55).Within(new Ellipse(bx, by, brx - 0.6, bry - 0.6)), belly, Shading.Sphere);
        }
        c.Fill(new Capsule(hx - (hr * 0.4), hy + (hr * 0.6), bx + (brx * 0.4), by - (bry * 0.4), hr * 0.75), head, Shading.Sphere);
        c.Fill(Ellipse.Circle(hx, hy, hr), head, Shading.Sphere);
        c.Fill(new Ellipse(bx - (brx * 0.2), by - (bry * 0.05), brx * 0.62, bry * 0.62), wing, Shading.Bevel, separate: true);
        c.Fill(new Polygon((bx - (brx * 0.7), by - (bry * 0.1)), (bx - brx - 2.5, by + (bry * 0.35)), (bx - (brx * 0.4), by + (bry * 0.5))), wing, Shading.Bevel);
        if (bird.Comb)
        {
            var red = Ramp.From(new Hsv(2, 0.8, 0.9));
            c.Fill(new Union(Ellipse.Circle(hx - 1.8, hy - hr + 0.4, 1.3), Ellipse.Circle(hx, hy - hr - 0.4, 1.5), Ellipse.Circle(hx + 1.8, hy - hr + 0.2, 1.2)), red, Shading.Sphere);
            c.Fill(new Ellipse(hx + hr - 0.2, hy + hr + 0.3, 1.1, 1.7), red, Shading.Sphere);
        }
        else if (r.Chance(0.35) && bird.Beak is Beak.Cone or Beak.Hook)
        {
            c.Fill(new Polygon((hx - 1, hy - hr + 1), (hx + 1.5, hy - hr + 0.5), (hx - 3, hy - hr - 2.5)), head, Shading.Sphere);
        }
        var tipX = hx + hr + bird.BeakLength;
        IShape beakShape = bird.Beak switch
        {
            Beak.Bill => new Union(new Capsule(hx + hr - 1, hy + 0.8, tipX - 1, hy + 1.2, 1.3), new Ellipse(tipX - 1.2, hy + 1.2, 1.4, 1.4)),
            Beak.Hook => new Polygon((hx + hr - 1.5, hy - 2), (hx + hr + 1.5, hy - 2.2), (tipX, hy), (tipX - 0.5, hy + 2.6), (hx + hr, hy + 1), (hx + hr - 1.5, hy + 1.8)),
            Beak.Dagger => new Polygon((hx + hr - 1.5, hy - 1.2), (tipX, hy + 0.7), (hx + hr - 1.5, hy + 1.8)),
            _ => new Polygon((hx + hr - 1.2, hy - 1.2), (tipX, hy + 0.3), (hx + hr - 1.2, hy + 1.6)),
        };
        c.Fill(beakShape, beak, Shading.Bevel, separate: true);
        var eyeX = hx + (hr * 0.3);
        var eyeY = hy - (hr * 0.2);
        s.Eye(eyeX, eyeY, s.Mood == SpriteMood.Neutral ? EyeStyle.Round : null);
        if (s.Mood == SpriteMood.Cute)
        {
            s.Canvas.Fill(new Ellipse(eyeX - 0.5, eyeY + 2.4, 1.2, 0.6), Ramp.From(new Hsv(350, 0.42, 1)), Shading.Flat(Tone.Base));
        }
        if (s.Spec.Has("crown"))
        {
            c.Fill(new Polygon((hx - 2.8, hy - hr + 1.2), (hx + 2.8, hy - hr + 1.2), (hx + 2.8, hy - hr - 2.5), (hx + 1.4, hy - hr - 1), (hx, hy - hr - 3), (hx - 1.4, hy - hr - 1), (hx - 2.8, hy - hr - 2.5)), SpriteSketch.Gold, Shading.Bevel);
        }
    }

    public static void Owl(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var colour = s.PartColour("body", s.MainColour(new Hsv(28, 0.55, 0.6), new Hsv(30, 0.15, 0.75), new Hsv(40, 0.05, 0.95), new Hsv(20, 0.45, 0.45)));
        var feathers = Ramp.From(colour);
        var face = Ramp.From(colour.ShiftHueTowards(45, 15).With(saturation: colour.Saturation * 0.4, value: Math.Max(colour.Value, 0.75) + 0.2));
        var wing = CreatureParts.Part(s, "wings", colour.With(value: colour.Value * 0.78));
        var eyeRing = Ramp.From(s.PartColour("eyes", r.Chance(0.7) ? Yellow : Orange));
        var width = r.Range(9, 10.5);

        if (r.Chance(0.5))
        {
            c.Fill(new Capsule(-15, 28.5, 15, 28, 1.4), SpriteSketch.Wood, Shading.Cylinder);
        }
        c.FillPair(new Polygon((-width + 1.5, 10), (-width + 5, 8.5), (-width - 0.5, 2.5)), feathers, Shading.Sphere);
        c.FillCentred(new Ellipse(0, 17.5, width, 11), feathers, Shading.Sphere);
        c.FillCentred(new Ellipse(0, 21.5, width * 0.55, 6).Within(new Ellipse(0, 17.5, width - 1, 10)), face, Shading.Sphere);
        for (var row = 0; row < 2; row++)
        {
            c.FillPair(new Capsule(-2.8 + (row * 1.2), 19.5 + (row * 3), -1.5 + (row * 1.2), 20.5 + (row * 3), 0.4), feathers, Shading.Flat(Tone.Base));
        }
        c.FillPair(new Ellipse(-width + 0.8, 19.5, 3, 7.5), wing, Shading.Bevel, separate: true);
        c.FillPair(Ellipse.Circle(-3.9, 12.5, 3.9), face, Shading.Sphere, separate: true);
        c.FillPair(Ellipse.Circle(-3.9, 12.6, 2.4), eyeRing, Shading.Flat(Tone.Base));
        c.FillCentred(new Polygon((-1.3, 14), (1.3, 14), (0, 17.5)), Ramp.From(Orange), Shading.Bevel);
        c.FillPair(new Capsule(-3.5, 28.5, -2.2, 29.5, 0.8), Ramp.From(Orange), Shading.Flat(Tone.Base));
        s.Eyes(-3.9, 12.6, s.Mood == SpriteMood.Neutral ? EyeStyle.Round : null);
        if (s.Spec.Has("crown"))
        {
            CreatureParts.Crown(c, 6.5);
        }
    }

    public static void Penguin(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var colour = s.PartColour("body", s.MainColour(new Hsv(230, 0.35, 0.28), new Hsv(215, 0.45, 0.35)));
        var back = Ramp.From(colour);
        var white = Ramp.From(new Hsv(210, 0.04, 0.98));
        var orange = Ramp.From(Orange);
        var width = r.Range(7.5, 8.8);

        c.FillPair(new Ellipse(-3.2, 29.6, 2.8, 1.3), orange, Shading.Flat(Tone.Base));
        c.FillPair(new Polygon((-width + 1, 14), (-width + 0.5, 18), (-width - 4, 25.5), (-width - 2.5, 26)), back, Shading.Bevel);
        c.FillCentred(new Union(new Ellipse(0, 19.5, width, 10), Ellipse.Circle(0, 10, width * 0.78)), back, Shading.Sphere);
        c.FillCentred(new Ellipse(0, 21, width * 0.7, 8).Or(new Ellipse(-2.4, 12.5, 2.6, 3), new Ellipse(2.4, 12.5, 2.6, 3)), white, Shading.Sphere);
        if (r.Chance(0.5))
        {
            c.FillPair(new Ellipse(-width * 0.65, 15, 1.6, 1.4), Ramp.From(Yellow), Shading.Flat(Tone.Base));
        }
        c.FillCentred(new Polygon((-1.8, 14), (1.8, 14), (0, 17)), orange, Shading.Bevel);
        s.Eyes(-2.5, 12, s.Mood == SpriteMood.Neutral ? EyeStyle.Round : null);
        if (s.Mood == SpriteMood.Cute)
        {
            s.Blush(-4.5, 14.5);
        }
        if (s.Spec.Has("crown"))
        {
            CreatureParts.Crown(c, 3.5);
        }
        if (s.Spec.Has("scarf"))
        {
            c.FillCentred(new Box(-width * 0.75, 16.5, width * 0.75, 18), Ramp.From(s.SecondColour(new Hsv(0, 0.75, 0.85))), Shading.Bevel, separate: true);
        }
    }

    private static void Spread(SpriteSketch s, SpreadBird bird)
    {
        var (r, c) = (s.Random, s.Canvas);
        var colour = s.PartColour("body", s.MainColour(bird.Plumage));
        var plumage = Ramp.From(colour);
        var wingColour = s.PartColour("wings", s.Spec.Colours.Count > 1 ? s.SecondColour(colour) : colour.With(value: colour.Value * (bird.Fiery ? 1 : 0.85)));
        var wing = Ramp.From(wingColour);
        var head = Ramp.From(bird.Fiery ? colour.ShiftHueTowards(55, 25).With(value: 1) : bird.Head);
        var beak = Ramp.From(bird.Beak);
        var lift = r.Range(-1, 1);

        if (bird.Fiery || s.Spec.Has("glow"))
        {
            CreatureParts.Glow(s, new Ellipse(0, 15, 15, 12), colour.ShiftHueTowards(50, 25));
        }
        if (bird.Fiery)
        {
            foreach (var (x, sway) in new[] { (-3.5, -3.0), (0.0, 0.0), (3.5, 3.0) })
            {
                c.Fill(new Polygon((x - 1.6, 22), (x + 1.6, 22), (x + sway + 0.8, 30.5), (x + sway - 0.3, 31)), x == 0 ? head : plumage, Shading.Bevel);
            }
        }
        else
        {
            c.FillCentred(new Polygon((-2.5, 22), (2.5, 22), (4.5, 29), (-4.5, 29)), head, Shading.Bevel);
            c.FillPair(new Capsule(-2.2, 24, -3, 27, 0.7), beak, Shading.Flat(Tone.Base));
        }
        (double, double) W(double x, double y) => (-x, y + lift);
        if (bird.Fiery)
        {
            c.FillPair(new Polygon(W(3, 17), W(5, 9), W(8, 4), W(8.5, 8), W(11, 1.5), W(11.5, 7), W(15, 2.5), W(14.5, 10), W(12.5, 14), W(9, 18), W(6, 19)), wing, Shading.Bevel);
            c.FillPair(new Polygon(W(4.5, 16), W(6.5, 10), W(9.5, 8), W(10.5, 12), W(7.5, 16.5)), head, Shading.Flat(Tone.Light));
        }
        else
        {
            c.FillPair(new Polygon(W(3, 15), W(7, 7), W(12, 5), W(15.5, 7), W(15.5, 13), W(14.5, 12), W(14, 15), W(12.5, 14), W(11.5, 17), W(10, 15.5), W(8.5, 18.5), W(6.5, 17), W(4, 20)), wing, Shading.Bevel);
            c.FillPair(new Polygon(W(4, 14), W(7.5, 8.5), W(12, 6.5), W(8, 11), W(5.5, 16)), wing, Shading.Flat(Tone.Light));
        }
        c.FillCentred(new Ellipse(0, 17.5, 5, 7), plumage, Shading.Sphere, separate: true);
        if (bird.Fiery)
        {
            c.FillCentred(new Polygon((-1.6, 6), (1.6, 6), (0, 0.8)), head, Shading.Sphere);
            c.FillPair(new Polygon((-2.8, 6.5), (-1, 5), (-4, 1.8)), plumage, Shading.Sphere);
        }
        c.FillCentred(Ellipse.Circle(0, 9, 4.2), head, Shading.Sphere, separate: true);
        c.FillCentred(new Polygon((-1.5, 10.2), (1.5, 10.2), (1.2, 12.5), (0, 14.5), (-1.2, 12.5)), beak, Shading.Bevel);
        s.Eyes(-2, 8.6, s.Mood == SpriteMood.Neutral ? (bird.Fiery ? EyeStyle.Glow : EyeStyle.Angry) : null, bird.Fiery ? new Hsv(50, 0.3, 1) : Yellow);
        if (s.Spec.Has("crown"))
        {
            CreatureParts.Crown(c, 5.5);
        }
    }
}
