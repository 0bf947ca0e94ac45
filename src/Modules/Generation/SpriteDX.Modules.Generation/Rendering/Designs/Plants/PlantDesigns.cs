using SpriteDX.Modules.Generation.Rendering.Designs.Effects;

namespace SpriteDX.Modules.Generation.Rendering.Designs.Plants;

/// <summary>
/// Plants and terrain, standing on the ground line near the bottom of the sprite. The main colour goes to the part
/// that names the plant (petals, cap, leaves, stone); named parts ("petals", "leaves", "stem", "trunk", "cap") win.
/// </summary>
internal static class PlantDesigns
{
    private static readonly Hsv Terracotta = new(16, 0.62, 0.72);
    private static readonly Hsv[] PetalColours =
    [
        new(355, 0.75, 0.92), new(330, 0.5, 0.98), new(48, 0.82, 0.98), new(275, 0.5, 0.86), new(215, 0.6, 0.95), new(25, 0.8, 0.98),
    ];

    public static IReadOnlyDictionary<string, Design> Subjects { get; } = new Dictionary<string, Design>
    {
        ["tree"] = new(Trees.Tree),
        ["flower"] = new(Flower),
        ["rose"] = new(Rose),
        ["sunflower"] = new(Sunflower),
        ["tulip"] = new(Tulip),
        ["cactus"] = new(Cactus),
        ["bush"] = new(Bush),
        ["mushroom"] = new(Mushroom),
        ["rock"] = new(Rock),
        ["crystal"] = new(Crystal),
        ["log"] = new(Log),
        ["grass"] = new(Grass),
        ["vine"] = new(Vine),
        ["stump"] = new(Stump),
        ["leaf"] = new(Leaf),
        ["seaweed"] = new(Seaweed),
    };

    public static void Flower(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var petals = Foliage.Material(s) ?? Foliage.PartOrMain(s, "petals", PetalColours);
        var centre = Ramp.From(petals.Colour.Hue is > 35 and < 65 ? new Hsv(24, 0.7, 0.5) : new Hsv(46, 0.85, 0.98));
        var headY = r.Range(9.5, 11);
        var potted = r.Chance(0.35);
        var ground = potted ? 23.5 : 29.5;
        c.Fill(Foliage.Stem(1, (0, ground), (0.8, (ground + headY) / 2), (0, headY)), Foliage.Part(s, "stem", Foliage.StemGreen), Shading.Cylinder);
        var leaves = Foliage.Part(s, "leaves", Foliage.LeafGreen);
        Foliage.FillLeaf(c, 0.5, ground - 4, -7.5, ground - 9.5, 2.6, leaves);
        Foliage.FillLeaf(c, 0.5, ground - 7, 7, ground - 12, 2.3, leaves);
        if (r.Chance(0.5))
        {
            for (var i = 0; i < 12; i++)
            {
                var (x, y) = Compass.Point(0, headY, 9, 9, i * 4);
                c.Fill(Foliage.Leaf(0, headY, x, y, 1.9), petals, Shading.Flat(i % 2 == 0 ? Tone.Light : Tone.Base), separate: true);
            }
        }
        else
        {
            var count = r.Chance(0.5) ? 6 : 8;
            var head = new Union([.. Enumerable.Range(0, count).Select(i =>
            {
                var (x, y) = Compass.Point(0, headY, 5, 5, 36 + (i * Compass.Steps / count));
                return (IShape)Ellipse.Circle(x, y, count == 6 ? 4 : 3.4);
            })]);
            c.Fill(head, petals, Shading.Sphere);
            for (var i = 0; i < count; i++)
            {
                var (x, y) = Compass.Point(0, headY, 6, 6, 36 + (i * Compass.Steps / count));
                c.Fill(new Capsule(x * 0.6, headY + ((y - headY) * 0.6), x, y, 0.35).Within(head), petals, Shading.Flat(Tone.Shadow));
            }
        }
        c.Fill(Ellipse.Circle(0, headY, 2.9), centre, Shading.Sphere, separate: true);
        if (potted)
            Pot(c, Foliage.Part(s, "pot", Terracotta), 23, 30, 7);
        if (s.Mood != SpriteMood.Neutral)
            s.Face(-1.2, headY - 0.3, headY + 1.3);
    }

    public static void Rose(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var bloom = Foliage.Material(s) ?? Foliage.PartOrMain(s, "petals", new Hsv(352, 0.82, 0.86), new Hsv(345, 0.75, 0.8));
        var stem = Foliage.Part(s, "stem", new Hsv(115, 0.55, 0.48));
        var leaves = Foliage.Part(s, "leaves", new Hsv(125, 0.6, 0.52));
        var lean = r.Range(-1, 1);
        c.Fill(Foliage.Stem(0.9, (lean, 30), (-0.5, 23), (0, 14)), stem, Shading.Cylinder);
        foreach (var (x, y, side) in new[] { (0.0, 26.5, -1.0), (-0.3, 21.5, 1.0), (0.0, 17.5, -1.0) })
            c.Fill(new Polygon((x, y - 1), (x, y + 1), (x + (side * 2.2), y - 0.8)), stem, Shading.Flat(Tone.Shadow));
        Foliage.FillLeaf(c, -0.5, 23.5, -8, 19, 2.6, leaves);
        Foliage.FillLeaf(c, 0, 20, 7.5, 17.5, 2.4, leaves);
        c.Fill(new Polygon((-4.5, 13), (0, 16.5), (4.5, 13), (0, 18.5)), leaves, Shading.Flat(Tone.Base));
        var cup = new Union(new Ellipse(0, 9, 6.8, 5.6), new Polygon((-6.8, 9), (6.8, 9), (4, 15.2), (-4, 15.2)), new Ellipse(0, 14.3, 4.3, 1.5));
        c.FillCentred(cup, bloom, Shading.Sphere);
        c.FillCentred(new Polygon((-6.8, 9), (-4.5, 3.6), (-2.5, 5.5), (0, 3), (2.5, 5.5), (4.5, 3.6), (6.8, 9)), bloom, Shading.Sphere);
        c.Fill(new Ellipse(-4.6, 11.5, 2.8, 3.8), bloom, Shading.Sphere, separate: true);
        c.Fill(new Ellipse(4.6, 11.5, 2.8, 3.8), bloom, Shading.Sphere, separate: true);
        c.Fill(new Ellipse(0, 12.6, 3.6, 3), bloom, Shading.Sphere, separate: true);
        // The spiral of the innermost petals is what says "rose" rather than "red flower".
        c.Fill(Foliage.Stem(0.45, (-4, 9.5), (-2.5, 6.5), (1, 5.8), (3.5, 7.5), (3, 10), (0, 10.8), (-1.5, 9), (0.5, 8)), bloom, Shading.Flat(Tone.Outline));
        c.Fill(Ellipse.Circle(-1.5, 7.5, 1), bloom, Shading.Flat(Tone.Light));
    }

    public static void Sunflower(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var petals = Foliage.Material(s) ?? Foliage.PartOrMain(s, "petals", new Hsv(46, 0.9, 1), new Hsv(40, 0.88, 0.98));
        var seeds = Ramp.From(new Hsv(22, 0.7, 0.42));
        var leaves = Foliage.Part(s, "leaves", Foliage.LeafGreen);
        const double headY = 10.5;
        c.Fill(Foliage.Stem(1.5, (0.5, 30), (-0.5, 22), (0, headY)), Foliage.Part(s, "stem", Foliage.StemGreen), Shading.Cylinder);
        Foliage.FillLeaf(c, 0, 25, -9, 20.5, 3.2, leaves);
        Foliage.FillLeaf(c, 0, 21.5, 8.5, 18.5, 3, leaves);
        var turn = r.Next(2) * 1;
        for (var i = 0; i < 16; i++)
        {
            var (x, y) = Compass.Point(0, headY, 10, 10, (i * 3) + turn + 1);
            c.Fill(Foliage.Leaf(0, headY, x, y, 2.1), petals, Shading.Flat(Tone.Shadow));
        }
        for (var i = 0; i < 16; i++)
        {
            var (x, y) = Compass.Point(0, headY, 9.5, 9.5, (i * 3) + turn);
            c.Fill(Foliage.Leaf(0, headY, x, y, 2.2), petals, Shading.Flat(x + y - headY < 0 ? Tone.Light : Tone.Base));
        }
        var disc = Ellipse.Circle(0, headY, 5.3);
        c.Fill(disc, seeds, Shading.Sphere, separate: true);
        var speck = seeds[Tone.Light];
        for (var y = -4; y <= 4; y += 2)
        {
            for (var x = -4 + (Math.Abs(y / 2) % 2); x <= 4; x += 2)
            {
                if (x * x + (y * y) < 19)
                    Foliage.Dots(c, [(x + 0.3, headY + y + 0.3)], (x + y) < 0 ? speck : seeds[Tone.Shadow], seeds);
            }
        }
        if (s.Mood != SpriteMood.Neutral)
            s.Face(-2, headY - 1, headY + 2);
    }

    public static void Tulip(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var petals = Foliage.Material(s) ?? Foliage.PartOrMain(s, "petals", new Hsv(354, 0.78, 0.92), new Hsv(330, 0.55, 0.96), new Hsv(48, 0.85, 0.98), new Hsv(280, 0.5, 0.8), new Hsv(22, 0.8, 0.97));
        var leaves = Foliage.Part(s, "leaves", new Hsv(120, 0.5, 0.6));
        var height = r.Range(-1, 1);
        c.Fill(Foliage.Stem(1, (0, 30), (0, 14)), Foliage.Part(s, "stem", Foliage.StemGreen), Shading.Cylinder);
        Foliage.FillLeaf(c, -0.5, 30, -7, 15.5, 2.6, leaves);
        Foliage.FillLeaf(c, 0.5, 30, 6.5, 19, 2.3, leaves);
        var cup = new Union(
            new Ellipse(0, 11.5 + height, 6.2, 5.5),
            new Polygon((-6.2, 11.5 + height), (-6, 3.5 + height), (-3, 7 + height), (0, 2.5 + height), (3, 7 + height), (6, 3.5 + height), (6.2, 11.5 + height)));
        c.FillCentred(cup, petals, Shading.Sphere);
        c.FillCentred(new Polygon((-3.8, 7.5 + height), (0, 3.3 + height), (3.8, 7.5 + height), (3.6, 13 + height), (0, 16.5 + height), (-3.6, 13 + height)), petals, Shading.Sphere, separate: true);
    }

    public static void Cactus(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var body = Foliage.Material(s) ?? Foliage.PartOrMain(s, "body", new Hsv(122, 0.5, 0.58), new Hsv(140, 0.45, 0.55), new Hsv(95, 0.45, 0.6));
        var potted = r.Chance(0.4);
        var bottom = potted ? 24.0 : 28.5;
        var leftArm = r.Range(16, 19);
        var rightArm = r.Range(13, 16);
        c.Fill(Foliage.Stem(2.2, (-4, leftArm + 3), (-8.5, leftArm + 3), (-8.5, leftArm - 5)), body, Shading.Cylinder);
        c.Fill(Foliage.Stem(2.2, (4, rightArm + 3), (8.5, rightArm + 3), (8.5, rightArm - 5.5)), body, Shading.Cylinder);
        var column = new Capsule(0, 8.5, 0, bottom, 4.6);
        c.FillCentred(column, body, Shading.Cylinder, separate: true);
        c.FillPair(new Box(-2.3, 6, -1.7, bottom).Within(column), body, Shading.Flat(Tone.Shadow));
        var spine = SpriteSketch.Cream[Tone.Highlight];
        Foliage.Dots(c, [(-3.8, 12), (3.6, 16), (-3.8, 20), (3.6, 23.5), (0, 9), (0, 18), (-9, leftArm - 2), (9, rightArm - 1)], spine, body);
        if (r.Chance(0.6) || s.Mood == SpriteMood.Cute)
        {
            var bloom = Ramp.From(s.SecondColour(new Hsv(335, 0.6, 0.98)));
            c.FillCentred(new Union(new Ellipse(0, 4.6, 2.6, 1.6), Ellipse.Circle(-1.6, 4, 1.2), Ellipse.Circle(1.6, 4, 1.2)), bloom, Shading.Sphere, separate: true);
        }
        if (potted)
            Pot(c, Foliage.Part(s, "pot", Terracotta), 23.5, 30, 7.5);
        else
            c.FillCentred(new Ellipse(0, 29.5, 8, 1.6), Ramp.From(new Hsv(40, 0.4, 0.85)), Shading.Flat(Tone.Base));
        if (s.Mood != SpriteMood.Neutral)
            s.Face(-1.8, 13, 15.5);
    }

    public static void Bush(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var leaves = Foliage.Material(s) ?? Foliage.PartOrMain(s, "leaves", new Hsv(120, 0.55, 0.56), new Hsv(105, 0.6, 0.6), new Hsv(140, 0.5, 0.5));
        var width = r.Range(0.92, 1.05);
        var ground = new Box(-16, 0, 16, 28.5);
        var mass = new Union(
            Ellipse.Circle(-7.5 * width, 20, 6.5),
            Ellipse.Circle(7.5 * width, 20.5, 6.3),
            Ellipse.Circle(0, 15.5, 8),
            new Ellipse(0, 24, 13 * width, 5)).Within(ground);
        Ellipse[] tufts =
        [
            Ellipse.Circle(-3, 12.5, 3.5), Ellipse.Circle(3.5, 14, 3.4), Ellipse.Circle(-8.5 * width, 18, 3.2), Ellipse.Circle(8 * width, 19, 3.2),
            Ellipse.Circle(-3.5, 20, 3.5), Ellipse.Circle(3.5, 21.5, 3.5), Ellipse.Circle(-10 * width, 24, 3), Ellipse.Circle(10 * width, 24.5, 3),
        ];
        Foliage.Clumps(c, leaves, mass, tufts);
        var extra = r.Next(3);
        if (extra == 2)
            return;
        var berry = Ramp.From(s.SecondColour(extra == 0 ? new Hsv(355, 0.8, 0.9) : new Hsv(320, 0.35, 1)));
        foreach (var (x, y) in new[] { (-5.5, 15.5), (5.5, 18), (-9, 22.5), (1, 21), (8.5, 24.5), (-2, 26) })
            c.Fill(Ellipse.Circle(x * width, y, 1.1), berry, Shading.Sphere);
    }

    public static void Mushroom(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var cap = Foliage.Material(s) ?? Foliage.PartOrMain(s, "cap", new Hsv(2, 0.8, 0.88), new Hsv(28, 0.55, 0.64), new Hsv(280, 0.5, 0.72), new Hsv(208, 0.6, 0.86), new Hsv(30, 0.8, 0.95));
        var stem = Foliage.Part(s, "stem", SpriteSketch.Cream.Colour);
        var spots = SpriteSketch.Cream;
        var capWidth = r.Range(11.5, 14);
        var capHeight = r.Range(9, 11.5);
        const double rim = 17;
        var capShape = new Ellipse(0, rim, capWidth, capHeight).Within(new Box(-16, 0, 16, rim + 0.2));
        c.FillCentred(new Union(new Box(-4.2, rim - 1, 4.2, 27.5), new Ellipse(0, 27.5, 5.2, 2.6)), stem, Shading.Cylinder);
        c.FillCentred(new Ellipse(0, rim + 0.3, capWidth * 0.8, 2.2), stem, Shading.Flat(Tone.Shadow), separate: true);
        c.FillCentred(capShape, cap, Shading.Sphere, separate: true);
        var spotShapes = new IShape[]
        {
            new Ellipse(0, rim - capHeight + 2.8, 2.6, 1.8),
            Ellipse.Circle(-capWidth * 0.58, rim - (capHeight * 0.48), 2.2),
            Ellipse.Circle(-capWidth * 0.27, rim - 2.3, 1.5),
        };
        var spotCount = 1 + r.Next(spotShapes.Length);
        c.FillCentred(spotShapes[0].Within(capShape), spots, Shading.Sphere);
        foreach (var spot in spotShapes[1..spotCount])
            c.FillPair(spot.Within(capShape), spots, Shading.Sphere);
        if (s.Spec.Has("glow"))
            Glints(c, cap, [(-13, 20), (12.5, 22), (-9, 3), (10, 5.5)]);
        if (s.Mood != SpriteMood.Neutral)
            s.Face(-2.2, 21.5, 23.5);
    }

    public static void Rock(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var stone = s.NamedColour is { } named ? Ramp.From(named) : Foliage.Material(s) ?? Ramp.From(r.Pick([new Hsv(30, 0.08, 0.62), new Hsv(215, 0.12, 0.6), new Hsv(28, 0.22, 0.56)]));
        double J() => r.Range(-1, 1);
        var boulder = new Polygon((-13, 29), (-13 + J(), 22), (-9.5 + J(), 15.5 + J()), (-3.5, 11.5 + J()), (3.5 + J(), 12 + J()), (9.5 + J(), 15.5), (12.8, 21 + J()), (13, 29));
        c.Fill(boulder, stone, Shading.Split(-2, 19, -0.7, -1));
        c.Fill(new Polygon((-9.5, 17), (-3.5, 13), (3.5, 13.5), (1, 17.5)).Within(boulder), stone, Shading.Flat(Tone.Light));
        c.Fill(Foliage.Stem(0.4, (4.5, 13.5), (3, 18), (5, 22.5)), stone, Shading.Flat(Tone.Shadow));
        c.Fill(Foliage.Stem(0.4, (-7, 26), (-5, 23.5)), stone, Shading.Flat(Tone.Shadow));
        if (r.Chance(0.6))
            c.Fill(new Polygon((9, 29.5), (10, 25.5), (13.5, 24.5), (15, 29.5)), stone, Shading.Bevel, separate: true);
        if (r.Chance(0.4) && s.NamedColour is null && s.Spec.Material is null)
            c.Fill(new Ellipse(-4, 12.8, 4.5, 1.6).Within(boulder.Offset(0, -0.2)), Ramp.From(new Hsv(95, 0.55, 0.6)), Shading.Flat(Tone.Base));
    }

    public static void Crystal(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var crystal = s.NamedColour is { } named
            ? Ramp.From(named)
            : Foliage.Material(s) ?? Ramp.From(s.MainColour(new Hsv(282, 0.5, 0.92), new Hsv(188, 0.55, 0.95), new Hsv(330, 0.45, 0.97), new Hsv(150, 0.55, 0.85), new Hsv(215, 0.6, 0.95)));
        var spread = r.Range(0.9, 1.1);
        (double X, double Base, double HalfWidth, double Height, double Lean)[] shards =
        [
            (-9 * spread, 28.5, 2, 8, -3), (9.5 * spread, 28.5, 2, 7.5, 3.5),
            (-5 * spread, 28, 2.8, 15, -4.5), (5.5 * spread, 28, 2.8, 17, 4),
            (0, 28.5, 3.7, 24 + r.Range(-1.5, 1), 0.5),
        ];
        foreach (var (x, bottom, halfWidth, height, lean) in shards)
        {
            var tipY = bottom - height;
            var shoulder = tipY + (halfWidth * 1.4);
            var shard = new Polygon((x - halfWidth, bottom), (x - halfWidth + lean, shoulder), (x + lean, tipY), (x + halfWidth + lean, shoulder), (x + halfWidth, bottom));
            c.Fill(shard, crystal, Shading.Split(x, bottom, -(bottom - tipY), lean), separate: true);
            c.Fill(new Capsule(x - (halfWidth * 0.45) + (lean * 0.85), shoulder + 1.2, x - (halfWidth * 0.45) + (lean * 0.3), bottom - (height * 0.3), 0.4), crystal, Shading.Flat(Tone.Highlight));
        }
        var rock = SpriteSketch.Stone;
        c.FillCentred(new Union(new Ellipse(0, 29, 12.5, 2.3), new Ellipse(-6, 28.5, 5, 2.4)), rock, Shading.Sphere, separate: true);
        if (s.Spec.Has("glow") || r.Chance(0.5))
            Glints(c, crystal, [(-11.5, 12), (10.5, 8.5)]);
    }

    public static void Log(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var bark = Foliage.Part(s, "trunk", s.NamedColour ?? Foliage.Material(s)?.Colour ?? new Hsv(24, 0.55, 0.46));
        var heart = Ramp.From(new Hsv(34, 0.42, 0.86));
        const double top = 16.5;
        const double bottom = 28.5;
        const double middle = (top + bottom) / 2;
        var length = r.Range(-1, 1);
        if (r.Chance(0.6))
            c.Fill(Foliage.Stem(1.3, (-4, top + 1), (-6.5, top - 3.5)), bark, Shading.Cylinder);
        c.Fill(new Union(new Box(-12 - length, top, 8, bottom), new Ellipse(-12 - length, middle, 2.6, (bottom - top) / 2)), bark, Shading.Cylinder, separate: true);
        foreach (var (x1, x2, y) in new[] { (-11.0, -3.0, 19.5), (-6.0, 4.0, 23.0), (-12.0, -5.0, 25.8), (0.0, 6.0, 18.5) })
            c.Fill(new Box(x1, y, x2, y + 0.6), bark, Shading.Flat(Tone.Shadow));
        var face = new Ellipse(8, middle, 4.6, (bottom - top) / 2);
        c.Fill(face, heart, Shading.Flat(Tone.Base), separate: true);
        c.Fill(face.Minus(new Ellipse(8, middle, 3.6, ((bottom - top) / 2) - 1)), bark, Shading.Flat(Tone.Base));
        c.Fill(new Ellipse(8, middle, 2.6, 3.6).Minus(new Ellipse(8, middle, 2, 2.8)), heart, Shading.Flat(Tone.Shadow));
        c.Fill(new Ellipse(8, middle, 0.8, 1.1), heart, Shading.Flat(Tone.Shadow));
        if (s.Spec.Has("fire"))
        {
            var flames = FlamePalette.For(s);
            Flames.Fire(c, flames, -2, top + 1, 8, 13, s.Frame);
        }
        else if (r.Chance(0.5))
        {
            c.Fill(new Ellipse(-8, top - 0.6, 4, 1.3), Ramp.From(new Hsv(95, 0.55, 0.6)), Shading.Sphere);
        }
    }

    public static void Grass(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var blades = Foliage.Material(s) ?? Foliage.PartOrMain(s, "leaves", new Hsv(105, 0.62, 0.68), new Hsv(90, 0.6, 0.72), new Hsv(125, 0.55, 0.6));
        (double Base, double TipX, double TipY, double HalfWidth, Tone Tone)[] back =
        [
            (-8, -13, 14, 1.4, Tone.Shadow), (-3, -5.5, 8, 1.4, Tone.Shadow), (3, 6, 7, 1.4, Tone.Shadow), (8, 13, 13, 1.4, Tone.Shadow),
        ];
        (double Base, double TipX, double TipY, double HalfWidth, Tone Tone)[] front =
        [
            (-10, -14, 20, 1.5, Tone.Base), (-6, -9, 10, 1.6, Tone.Light), (-1.5, -1, 5, 1.7, Tone.Light), (2, 2.5, 9, 1.7, Tone.Base),
            (6, 9, 11, 1.6, Tone.Base), (10, 14.5, 19, 1.5, Tone.Base), (-4, -4, 15, 1.6, Tone.Base), (4.5, 5.5, 16, 1.6, Tone.Light),
        ];
        foreach (var (bottom, tipX, tipY, halfWidth, tone) in back.Concat(front))
        {
            var jitter = r.Range(-1.2, 1.2);
            c.Fill(new Polygon((bottom - halfWidth, 29.5), (bottom + halfWidth, 29.5), (tipX + jitter, tipY + jitter)), blades, Shading.Flat(tone));
        }
    }

    public static void Vine(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var leaves = Foliage.Material(s) ?? Foliage.PartOrMain(s, "leaves", new Hsv(118, 0.6, 0.6), new Hsv(100, 0.6, 0.62), new Hsv(135, 0.55, 0.52));
        var stem = Foliage.Part(s, "stem", new Hsv(90, 0.55, 0.45));
        var sway = r.Range(2, 3.2);
        var points = Enumerable.Range(0, 7).Select(i => (X: i % 2 == 0 ? -sway : sway, Y: 2.0 + (i * 4.6))).ToArray();
        c.Fill(Foliage.Stem(2.3, (-13, 2.5), (13, 2.5)), Foliage.Part(s, "branch", new Hsv(26, 0.5, 0.45)), Shading.Cylinder);
        c.Fill(Foliage.Stem(0.8, points), stem, Shading.Cylinder);
        for (var i = 1; i < points.Length; i++)
        {
            var (x, y) = points[i];
            var side = x < 0 ? -1 : 1;
            Foliage.FillLeaf(c, x, y, x + (side * 7), y - 2.5 + r.Range(-1, 1), 2.7, leaves);
            if (i % 2 == 0)
                c.Fill(Ellipse.Circle(x - (side * 2.5), y + 1.5, 1.3).Minus(Ellipse.Circle(x - (side * 2.5) + 0.6, y + 1.2, 0.7)), stem, Shading.Flat(Tone.Base));
        }
        Foliage.FillLeaf(c, points[^1].X, points[^1].Y, points[^1].X + 1, 31, 2.2, leaves);
    }

    public static void Stump(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var bark = Foliage.Part(s, "trunk", s.NamedColour ?? Foliage.Material(s)?.Colour ?? new Hsv(24, 0.55, 0.46));
        var heart = Ramp.From(new Hsv(34, 0.42, 0.86));
        var height = r.Range(-1.5, 1.5);
        var top = 15 + height;
        c.FillPair(new Polygon((-7.5, 22), (-13, 29.5), (-9, 29.5), (-5, 27)), bark, Shading.Bevel);
        c.Fill(new Polygon((6.5, 23), (12.5, 29.5), (8, 29.5), (4, 27)), bark, Shading.Bevel);
        c.FillCentred(new Union(new Box(-8, top, 8, 28), new Ellipse(0, 28, 8, 1.8)), bark, Shading.Cylinder);
        foreach (var (x, y1, y2) in new[] { (-4.5, top + 4, 26.0), (2.0, top + 3, 24.0), (5.5, top + 6, 27.5) })
            c.Fill(new Box(x, y1, x + 0.6, y2), bark, Shading.Flat(Tone.Shadow));
        var face = new Ellipse(0, top, 8, 3);
        c.FillCentred(face, heart, Shading.Flat(Tone.Base), separate: true);
        c.FillCentred(face.Minus(new Ellipse(0, top, 7, 2.2)), bark, Shading.Flat(Tone.Light));
        c.FillCentred(new Ellipse(0, top, 4.5, 1.5).Minus(new Ellipse(0, top, 3.7, 1)), heart, Shading.Flat(Tone.Shadow));
        c.FillCentred(new Ellipse(0, top, 1.3, 0.6), heart, Shading.Flat(Tone.Shadow));
        if (r.Chance(0.6))
        {
            var sprout = Foliage.Part(s, "leaves", Foliage.LeafGreen);
            c.Fill(Foliage.Stem(0.5, (5, top + 1), (6, top - 4)), sprout, Shading.Flat(Tone.Shadow));
            Foliage.FillLeaf(c, 6, top - 4, 10, top - 6.5, 1.5, sprout);
            Foliage.FillLeaf(c, 6, top - 3, 2.5, top - 5.5, 1.3, sprout);
        }
    }

    public static void Leaf(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var leaf = Foliage.Material(s) ?? Foliage.PartOrMain(s, "leaves", new Hsv(110, 0.62, 0.66), new Hsv(28, 0.85, 0.95), new Hsv(8, 0.78, 0.85), new Hsv(46, 0.85, 0.98));
        var width = r.Range(6.5, 8);
        var (x1, y1, x2, y2) = (-8.5, 24.5, 11, 3.5);
        c.Fill(Foliage.Stem(0.8, (x1, y1), (-12.5, 29.5)), leaf, Shading.Flat(Tone.Shadow));
        Foliage.FillLeaf(c, x1, y1, x2, y2, width, leaf);
        c.Fill(Foliage.Stem(0.45, (x1, y1), (x2 - 3, y2 + 3)), leaf, Shading.Flat(Tone.Shadow));
        foreach (var t in new[] { 0.25, 0.45, 0.65 })
        {
            var (mx, my) = (x1 + ((x2 - x1) * t), y1 + ((y2 - y1) * t));
            c.Fill(Foliage.Stem(0.35, (mx, my), (mx - 1, my - (width * 0.75))), leaf, Shading.Flat(Tone.Light));
            c.Fill(Foliage.Stem(0.35, (mx, my), (mx + (width * 0.75), my + 1)), leaf, Shading.Flat(Tone.Shadow));
        }
    }

    public static void Seaweed(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var kelp = Foliage.Material(s) ?? Foliage.PartOrMain(s, "leaves", new Hsv(140, 0.6, 0.55), new Hsv(80, 0.62, 0.5), new Hsv(165, 0.55, 0.55));
        double[] wave = [0, 2.6, 0, -2.6];
        (double X, double Top, double Radius, int Phase)[] fronds = [(-6, 9, 1.6, 1), (6, 6, 1.6, 3), (0, 2.5, 1.9, 0)];
        foreach (var (x, top, radius, phase) in fronds)
        {
            const int count = 8;
            var points = Enumerable.Range(0, count + 1)
                .Select(i => (X: x + wave[(i + phase) % 4] + r.Range(-0.3, 0.3), Y: 29 - (i * (29 - top) / count)))
                .ToArray();
            c.Fill(Foliage.Stem(radius, points), kelp, Shading.Cylinder, separate: true);
            for (var i = 2; i < count; i += 3)
            {
                var (px, py) = points[i];
                c.Fill(Ellipse.Circle(px + (wave[(i + phase + 1) % 4] > 0 ? 2 : -2), py, 1.2), kelp, Shading.Sphere);
            }
        }
        c.FillCentred(new Union(new Ellipse(-3, 29, 8, 2.2), new Ellipse(5, 29.3, 5, 1.8)), SpriteSketch.Stone, Shading.Sphere, separate: true);
    }

    /// <summary>A flowerpot from its rim down to the ground: the potted flower and cactus stand in it.</summary>
    private static void Pot(PixelCanvas c, Ramp clay, double rimY, double ground, double halfWidth)
    {
        c.FillCentred(new Polygon((-halfWidth + 1, rimY), (halfWidth - 1, rimY), (halfWidth - 2, ground), (-halfWidth + 2, ground)), clay, Shading.Cylinder, separate: true);
        c.FillCentred(new Box(-halfWidth, rimY - 0.5, halfWidth, rimY + 2), clay, Shading.Bevel, separate: true);
    }

    /// <summary>Glints of light floating round a glowing thing, four-pointed where there is room.</summary>
    private static void Glints(PixelCanvas c, Ramp ramp, IEnumerable<(double X, double Y)> points)
    {
        foreach (var (x, y) in points)
        {
            c.Stamp(c.PixelX(x) - 1, c.PixelY(y) - 1, c.Size >= 32 ? [".o.", "oOo", ".o."] : ["O"], symbol => symbol switch
            {
                'O' => new Rgba(255, 255, 255, 255),
                'o' => ramp[Tone.Highlight],
                _ => null,
            }, ramp);
        }
    }
}
