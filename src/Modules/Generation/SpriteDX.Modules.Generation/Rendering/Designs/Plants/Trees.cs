using SpriteDX.Modules.Generation.Rendering.Designs.Effects;

namespace SpriteDX.Modules.Generation.Rendering.Designs.Plants;

/// <summary>Trees of every kind the prompt's variant names; an oak with a round canopy when it names none.</summary>
internal static class Trees
{
    private static readonly Hsv Bark = new(26, 0.55, 0.5);
    private static readonly Hsv Snow = new(205, 0.06, 0.99);

    private enum Kind
    {
        Oak,
        Apple,
        Pine,
        Palm,
        Birch,
        Dead,
        Blossom,
        Willow,
    }

    public static void Tree(SpriteSketch s)
    {
        switch (KindOf(s.Spec))
        {
            case Kind.Pine:
                Pine(s);
                break;
            case Kind.Palm:
                Palm(s);
                break;
            case Kind.Birch:
                Birch(s);
                break;
            case Kind.Dead:
                Dead(s);
                break;
            case Kind.Willow:
                Willow(s);
                break;
            default:
                Broadleaf(s, KindOf(s.Spec));
                break;
        }
        if (s.Spec.Has("fire") && KindOf(s.Spec) != Kind.Dead)
            Flames.Fire(s.Canvas, FlamePalette.Of(new Hsv(12, 0.88, 0.96)), 0, 12, 9, 11, s.Frame);
    }

    private static Kind KindOf(SpriteSpec spec)
    {
        var variant = spec.Variant?.ToLowerInvariant() ?? "";
        bool Says(params string[] words) => words.Any(variant.Contains);
        return true switch
        {
            _ when Says("pine", "fir", "spruce", "conifer", "christmas", "evergreen") => Kind.Pine,
            _ when Says("palm", "coconut") => Kind.Palm,
            _ when Says("birch", "aspen") => Kind.Birch,
            _ when Says("blossom", "cherry", "sakura") => Kind.Blossom,
            _ when Says("willow") => Kind.Willow,
            _ when Says("apple", "fruit", "orchard") => Kind.Apple,
            _ when Says("dead", "bare", "spooky", "haunted", "winter") || spec.Mood == SpriteMood.Spooky => Kind.Dead,
            _ => Kind.Oak,
        };
    }

    /// <summary>Leaves: a named "leaves" colour, else the main colour, else a material ("golden tree"), else the kind's own.</summary>
    private static Ramp Leaves(SpriteSketch s, params Hsv[] defaults) =>
        s.Spec.PartColours.ContainsKey("leaves") || s.NamedColour is not null
            ? Foliage.PartOrMain(s, "leaves", defaults)
            : Foliage.Material(s) ?? Ramp.From(s.MainColour(defaults));

    private static Ramp Trunk(SpriteSketch s, Hsv fallback) => Foliage.Part(s, "trunk", fallback);

    private static void Broadleaf(SpriteSketch s, Kind kind)
    {
        var (r, c) = (s.Random, s.Canvas);
        var blossom = kind == Kind.Blossom;
        var leaves = blossom
            ? Leaves(s, new Hsv(335, 0.3, 0.98), new Hsv(325, 0.38, 0.96))
            : Leaves(s, new Hsv(112, 0.6, 0.64), new Hsv(128, 0.55, 0.56), new Hsv(95, 0.6, 0.68));
        var trunk = Trunk(s, blossom ? new Hsv(15, 0.35, 0.4) : Bark);
        var spread = r.Range(0.92, 1.06);
        var lift = r.Range(-0.6, 0.6);

        c.FillCentred(new Union(new Box(-2.4, 17, 2.4, 28.8), new Polygon((-5.5, 29.8), (5.5, 29.8), (2.4, 25.5), (-2.4, 25.5))), trunk, Shading.Cylinder);
        c.Fill(Foliage.Stem(1, (0.8, 21.5), (5.5 * spread, 17)), trunk, Shading.Cylinder);
        c.Fill(Foliage.Stem(0.9, (-0.8, 20.5), (-5 * spread, 16.5)), trunk, Shading.Cylinder);
        var mass = new Union(
            Ellipse.Circle(0, 9.5 + lift, 8),
            Ellipse.Circle(-7 * spread, 13.5 + lift, 6.3),
            Ellipse.Circle(7 * spread, 13.5 + lift, 6.3),
            new Ellipse(0, 16.5 + lift, 9.5 * spread, 4.6));
        Ellipse[] tufts =
        [
            Ellipse.Circle(-3.5, 6.5 + lift, 3.6),
            Ellipse.Circle(3, 7.5 + lift, 3.4),
            Ellipse.Circle(-8.5 * spread, 11.5 + lift, 3.2),
            Ellipse.Circle(7.8 * spread, 12 + lift, 3.2),
            Ellipse.Circle(-2, 12.5 + lift, 3.4),
            Ellipse.Circle(-6 * spread, 16.5 + lift, 3.3),
            Ellipse.Circle(4, 15.5 + lift, 3.4),
        ];
        Foliage.Clumps(c, leaves, mass, tufts);
        if (kind == Kind.Apple)
        {
            var fruit = Ramp.From(s.SecondColour(new Hsv(358, 0.82, 0.9)));
            foreach (var (x, y) in new[] { (-4.5, 14.5), (4.5, 17.5), (0.5, 10.5), (-8.5, 17), (8, 13.5), (-5, 8.5), (4, 6.5), (-10, 12), (0, 15.5) })
                c.Fill(Ellipse.Circle(x * spread, y + lift, 1.5), fruit, Shading.Sphere);
        }
        else if (blossom)
        {
            var flowers = Ramp.From(leaves.Colour.With(saturation: leaves.Colour.Saturation + 0.25, value: leaves.Colour.Value - 0.08));
            var white = SpriteSketch.Cream[Tone.Highlight];
            for (var i = 0; i < 14; i++)
            {
                var (x, y) = (r.Range(-10, 10), r.Range(5, 19) + lift);
                if (mass.Contains(x, y))
                    Foliage.Dots(c, [(x, y)], i % 2 == 0 ? white : flowers[Tone.Base], flowers);
            }
            Foliage.Dots(c, [(-7.5, 26), (8, 24.5), (10, 28)], leaves[Tone.Base], leaves);
        }
    }

    private static void Pine(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var named = s.NamedColour;
        var snowy = s.Spec.Material == "icy" || s.Spec.Has("snow") || named is { Saturation: < 0.15, Value: > 0.75 };
        var green = new Hsv(145, 0.55, 0.46);
        var needles = snowy
            ? Foliage.Part(s, "leaves", r.Chance(0.5) ? green : new Hsv(160, 0.5, 0.42))
            : Leaves(s, green, new Hsv(130, 0.52, 0.5), new Hsv(160, 0.5, 0.42));
        var snow = Ramp.From(Snow);
        var width = r.Range(0.92, 1.08);
        c.FillCentred(new Box(-1.8, 24, 1.8, 29.8), Trunk(s, Bark), Shading.Cylinder);
        (double Bottom, double HalfWidth, double Height)[] tiers = [(26, 12.5 * width, 10), (20, 10 * width, 9.5), (14.5, 7.5 * width, 9), (9.5, 5 * width, 8)];
        foreach (var (bottom, halfWidth, height) in tiers)
        {
            var tier = Tier(bottom, halfWidth, height);
            c.FillCentred(tier, needles, Shading.Split(0, bottom, -1, -0.25), separate: true);
            if (snowy)
            {
                var cap = new Polygon((-halfWidth * 0.62, bottom - (height * 0.42)), (-halfWidth * 0.3, bottom - (height * 0.32)), (0, bottom - (height * 0.45)), (halfWidth * 0.35, bottom - (height * 0.3)), (halfWidth * 0.62, bottom - (height * 0.42)), (0, bottom - height - 1));
                c.FillCentred(cap.Within(tier), snow, Shading.Split(0, bottom, -1, -0.4));
            }
        }
        if (snowy)
            c.FillCentred(new Ellipse(0, 29.5, 9, 1.8), snow, Shading.Sphere, separate: true);
        if (s.Spec.Variant?.Contains("christmas", StringComparison.OrdinalIgnoreCase) == true)
            c.FillCentred(Compass.Star(0, 2.6, 4, 2.6, 1), SpriteSketch.Gold, Shading.Flat(Tone.Light));
    }

    /// <summary>One tier of a conifer: a triangle whose lower edge is ragged with needle tips.</summary>
    private static Polygon Tier(double bottom, double halfWidth, double height)
    {
        var points = new List<(double, double)> { (0, bottom - height), (halfWidth, bottom) };
        const int teeth = 4;
        for (var i = 1; i < teeth * 2; i++)
        {
            var x = halfWidth - (i * halfWidth / teeth);
            points.Add((x, bottom - (i % 2 == 1 ? 1.6 : 0)));
        }
        points.Add((-halfWidth, bottom));
        return new Polygon([.. points]);
    }

    private static void Palm(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var fronds = Leaves(s, new Hsv(105, 0.65, 0.66), new Hsv(125, 0.6, 0.6));
        var trunk = Trunk(s, new Hsv(32, 0.5, 0.62));
        var lean = r.Chance(0.5) ? 1 : -1;
        (double X, double Y)[] spine = [(2.5 * lean, 29.5), (3.5 * lean, 24), (3 * lean, 18.5), (1.5 * lean, 13.5), (-0.5 * lean, 9.5)];
        for (var i = 0; i < spine.Length - 1; i++)
        {
            var ((x1, y1), (x2, y2)) = (spine[i], spine[i + 1]);
            c.Fill(new Capsule(x1, y1, x2, y2, 2 - (i * 0.2)), trunk, Shading.Cylinder, separate: i > 0);
        }
        var (topX, topY) = spine[^1];
        var coconut = Ramp.From(new Hsv(28, 0.6, 0.42));
        foreach (var (x, y) in new[] { (-2.0, 1.3), (1.8, 1.5), (0, 2.8) })
            c.Fill(Ellipse.Circle(topX + x, topY + y, 1.7), coconut, Shading.Sphere, separate: true);
        (double X, double Y, double DroopX, double DroopY)[] leaves = [(-10, 4, -13.5, 9), (10, 4.5, 13.5, 9.5), (-6, 2, -11, 1), (6.5, 2, 11, 1.5), (-8, 9, -11, 15.5), (8, 9, 10.5, 16)];
        foreach (var (x, y, droopX, droopY) in leaves)
        {
            Foliage.FillLeaf(c, topX, topY, topX + x, y, 2.4, fronds);
            Foliage.FillLeaf(c, topX + (x * 0.8), y + 0.3, topX + droopX, droopY, 1.8, fronds);
        }
        c.Fill(Ellipse.Circle(topX, topY, 2), fronds, Shading.Sphere);
    }

    private static void Birch(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var leaves = Leaves(s, new Hsv(80, 0.6, 0.78), new Hsv(95, 0.55, 0.72), new Hsv(48, 0.8, 0.95));
        var bark = Trunk(s, new Hsv(40, 0.05, 0.94));
        c.FillCentred(new Union(new Box(-1.9, 12, 1.9, 29), new Polygon((-3.5, 29.8), (3.5, 29.8), (1.9, 27), (-1.9, 27))), bark, Shading.Cylinder);
        foreach (var (x, y, w) in new[] { (-1.9, 20.5, 2.2), (0.3, 23.5, 1.6), (-1.9, 26.5, 1.4), (0.5, 18, 1.5) })
            c.Fill(new Box(x, y, x + w, y + 0.7), SpriteSketch.Ink, Shading.Flat(Tone.Base));
        var tall = r.Range(8.5, 9.5);
        var mass = new Union(new Ellipse(0, 10.5, 8, tall), new Ellipse(-4, 13, 5.5, 5.5), new Ellipse(4, 12.5, 5.5, 5.5));
        Ellipse[] tufts = [Ellipse.Circle(-3, 5.5, 3), Ellipse.Circle(2.5, 8, 3), Ellipse.Circle(-4, 11.5, 3), Ellipse.Circle(4.5, 13.5, 3), Ellipse.Circle(-1, 15.5, 2.8)];
        Foliage.Clumps(c, leaves, mass, tufts);
    }

    private static void Willow(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var leaves = Leaves(s, new Hsv(92, 0.5, 0.7), new Hsv(110, 0.45, 0.64));
        var trunk = Trunk(s, Bark);
        c.FillCentred(new Union(new Box(-2.2, 14, 2.2, 29), new Polygon((-5, 29.8), (5, 29.8), (2.2, 26), (-2.2, 26))), trunk, Shading.Cylinder);
        var dome = new Ellipse(0, 12.5, 13, 9).Within(new Box(-16, 0, 16, 13));
        c.FillCentred(dome, leaves, Shading.Sphere);
        for (var x = -12.0; x <= 12.5; x += 2.4)
        {
            if (Math.Abs(x) < 2.5)
                continue;
            var bottom = 24 - (Math.Abs(x) * 0.35) + r.Range(-1.5, 1.5);
            var tone = ((int)Math.Round(x / 2.4) & 1) == 0 ? Tone.Base : (x < 0 ? Tone.Light : Tone.Shadow);
            c.Fill(new Capsule(x, 11, x + (x * 0.04), bottom, 1.15), leaves, Shading.Flat(tone));
        }
        c.FillCentred(new Ellipse(0, 8, 8.5, 4.5).Within(dome), leaves, Shading.Sphere);
    }

    private static void Dead(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var wood = Trunk(s, s.NamedColour ?? Foliage.Material(s)?.Colour ?? new Hsv(28, 0.28, 0.42));
        var reach = r.Range(0.9, 1.1);
        c.FillCentred(new Union(new Box(-2.8, 15, 2.8, 29), new Polygon((-6.5, 29.8), (6.5, 29.8), (2.8, 25), (-2.8, 25))), wood, Shading.Cylinder);
        var limbs = new IShape[]
        {
            Foliage.Stem(1.5, (-1, 17), (-6 * reach, 11), (-9 * reach, 5)),
            Foliage.Stem(0.9, (-6 * reach, 11), (-11.5 * reach, 11.5), (-13 * reach, 9)),
            Foliage.Stem(1.5, (1, 16), (6 * reach, 9.5), (7.5 * reach, 3.5)),
            Foliage.Stem(0.9, (6 * reach, 10), (11 * reach, 8), (12.5 * reach, 10)),
            Foliage.Stem(1.1, (0, 16), (0.5, 8), (-1.5, 3.5)),
            Foliage.Stem(0.7, (-9 * reach, 5), (-11 * reach, 3.5)),
        };
        foreach (var limb in limbs)
            c.Fill(limb, wood, Shading.Cylinder);
        var hollow = Ramp.From(new Hsv(260, 0.4, 0.12));
        if (s.Mood is SpriteMood.Spooky or SpriteMood.Evil)
        {
            c.FillPair(new Ellipse(-1.3, 19.5, 0.9, 1.3), hollow, Shading.Flat(Tone.Base));
            c.FillCentred(new Ellipse(0, 23.5, 1.4, 1.6), hollow, Shading.Flat(Tone.Base));
        }
        else
        {
            c.Fill(new Ellipse(0.6, 21, 1, 1.6), hollow, Shading.Flat(Tone.Base));
        }
    }
}
