using SpriteDX.Modules.Generation.Rendering.Designs.Effects;
using SpriteDX.Modules.Generation.Rendering.Designs.Plants;

namespace SpriteDX.Modules.Generation.Rendering.Designs.Food;

/// <summary>
/// Food as the icons games use: each with a silhouette of its own (a bite out of a cookie, a stalk and leaf on an apple,
/// a pair of cherries), because round fruit would otherwise all be the same ball in different colours.
/// The main colour goes to the part that names the food; a material ("golden apple") wins over the default colours.
/// </summary>
internal static class FoodDesigns
{
    private static readonly Hsv Stalk = new(28, 0.6, 0.42);
    private static readonly Hsv Crust = new(32, 0.7, 0.86);
    private static readonly Hsv Bun = new(34, 0.68, 0.9);
    private static readonly Hsv Lettuce = new(100, 0.65, 0.72);
    private static readonly Hsv Cheddar = new(46, 0.82, 0.98);
    private static readonly Hsv White = new(40, 0.05, 0.98);
    private static readonly Hsv[] Frostings = [new(335, 0.42, 0.98), new(40, 0.08, 0.98), new(195, 0.4, 0.95), new(22, 0.55, 0.5), new(150, 0.32, 0.92)];
    private static readonly Hsv[] SprinkleColours = [new(350, 0.7, 0.95), new(200, 0.7, 0.95), new(50, 0.8, 1), new(120, 0.6, 0.8), new(280, 0.5, 0.95)];

    public static IReadOnlyDictionary<string, Design> Subjects { get; } = new Dictionary<string, Design>
    {
        ["apple"] = new(Apple),
        ["bread"] = new(Bread),
        ["cheese"] = new(Cheese),
        ["pizza"] = new(Pizza),
        ["cake"] = new(Cake),
        ["drumstick"] = new(Drumstick),
        ["carrot"] = new(Carrot),
        ["cherry"] = new(Cherry),
        ["banana"] = new(Banana),
        ["egg"] = new(Egg),
        ["burger"] = new(Burger),
        ["cookie"] = new(Cookie),
        ["donut"] = new(Donut),
        ["pie"] = new(Pie),
        ["ice cream"] = new(IceCream),
        ["grapes"] = new(Grapes),
        ["strawberry"] = new(Strawberry),
        ["watermelon"] = new(Watermelon),
        ["lemon"] = new(Lemon),
        ["orange"] = new(Orange),
        ["pear"] = new(Pear),
        ["steak"] = new(Steak),
        ["sushi"] = new(Sushi),
        ["candy"] = new(Candy),
        ["cupcake"] = new(Cupcake),
        ["pumpkin"] = new(Pumpkin),
        ["corn"] = new(Corn),
        ["tomato"] = new(Tomato),
        ["potato"] = new(Potato),
        ["sandwich"] = new(Sandwich),
        ["hot dog"] = new(HotDog),
        ["taco"] = new(Taco),
        ["coffee"] = new(Coffee),
        ["milk"] = new(Milk),
        ["honey"] = new(Honey),
        ["chocolate"] = new(Chocolate),
        ["lollipop"] = new(Lollipop),
    };

    /// <summary>The colour of the part that names the food: a material first, then the main colour, then the defaults.</summary>
    private static Ramp Body(SpriteSketch s, params Hsv[] defaults) => Foliage.Material(s) ?? Ramp.From(s.MainColour(defaults));

    private static Ramp Leaves(SpriteSketch s) => Foliage.Part(s, "leaves", Foliage.LeafGreen);

    private static void Shine(PixelCanvas c, Ramp ramp, double x, double y, double width, double height) =>
        c.Fill(new Ellipse(x, y, width, height), ramp, Shading.Flat(Tone.Highlight));

    public static void Apple(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var skin = Body(s, new Hsv(358, 0.8, 0.88), new Hsv(352, 0.78, 0.84), new Hsv(92, 0.62, 0.78), new Hsv(50, 0.72, 0.95));
        var width = r.Range(0.95, 1.05);
        var fruit = new Union(Ellipse.Circle(-4 * width, 17.5, 8.8), Ellipse.Circle(4 * width, 17.5, 8.8), new Ellipse(0, 22, 9.5 * width, 7.5))
            .Minus(new Ellipse(0, 8.4, 2.4, 1.8));
        c.Fill(Foliage.Stem(0.8, (0, 11), (0.6, 7), (2, 4.5)), Ramp.From(Stalk), Shading.Cylinder);
        c.FillCentred(fruit, skin, Shading.Sphere);
        c.FillCentred(new Ellipse(0, 10.6, 2.6, 1.2), skin, Shading.Flat(Tone.Shadow));
        Shine(c, skin, -6, 13.5, 1.6, 2.4);
        Foliage.FillLeaf(c, 1.5, 7, 8.5 * width, 4, 2.4, Leaves(s));
    }

    public static void Cherry(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var fruit = Body(s, new Hsv(352, 0.85, 0.78), new Hsv(345, 0.82, 0.72));
        var stalk = Foliage.Part(s, "stem", new Hsv(95, 0.55, 0.5));
        var drop = r.Range(-1, 1);
        c.Fill(Foliage.Stem(0.6, (-5.5, 20), (-3, 12), (1, 5)), stalk, Shading.Flat(Tone.Base));
        c.Fill(Foliage.Stem(0.6, (5.5, 21 + drop), (4, 12), (1, 5)), stalk, Shading.Flat(Tone.Shadow));
        Foliage.FillLeaf(c, 1, 5, 9.5, 3.5, 2.6, Leaves(s));
        foreach (var (x, y) in new[] { (-5.8, 24.5), (5.8, 25.5 + drop) })
        {
            c.Fill(Ellipse.Circle(x, y, 5.4), fruit, Shading.Sphere, separate: true);
            c.Fill(new Ellipse(x, y - 4.4, 1.2, 0.7), fruit, Shading.Flat(Tone.Shadow));
            Shine(c, fruit, x - 2.4, y - 1.8, 0.9, 1.4);
        }
    }

    public static void Tomato(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var skin = Body(s, new Hsv(4, 0.82, 0.92), new Hsv(8, 0.8, 0.9));
        var fruit = new Union(new Ellipse(-4.5, 19.5, 8.5, 9), new Ellipse(4.5, 19.5, 8.5, 9), new Ellipse(0, 19, 13, 9.2));
        c.FillCentred(fruit, skin, Shading.Sphere);
        c.FillPair(new Capsule(-3.5, 14, -4.5, 24, 0.4).Within(fruit), skin, Shading.Flat(Tone.Shadow));
        Shine(c, skin, -7.5, 15.5, 2, 1.4);
        var leaves = Leaves(s);
        var spread = r.Range(0.9, 1.1);
        foreach (var (x, y) in new[] { (-7.0, 11.5), (7.0, 11.5), (-4.0, 15.0), (4.0, 15.0), (0.0, 15.8) })
            Foliage.FillLeaf(c, 0, 10.8, x * spread, y, 1.6, leaves);
        c.Fill(Foliage.Stem(0.9, (0, 11), (0.8, 7)), leaves, Shading.Cylinder);
    }

    public static void Orange(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var peel = Body(s, new Hsv(30, 0.88, 0.98), new Hsv(26, 0.9, 0.96));
        var radius = r.Range(11, 11.8);
        var fruit = Ellipse.Circle(0, 30 - radius, radius);
        c.FillCentred(fruit, peel, Shading.Sphere);
        for (var i = 0; i < 9; i++)
        {
            var (x, y) = Compass.Point(0, 30 - radius, radius * 0.62, radius * 0.62, (i * 11) + 3);
            Foliage.Dots(c, [(x, y)], peel[i % 2 == 0 ? Tone.Shadow : Tone.Light], peel);
        }
        Shine(c, peel, -radius * 0.45, 30 - (radius * 1.5), 1.8, 1.2);
        var leaves = Leaves(s);
        var top = 30 - (2 * radius);
        c.Fill(new Box(-0.8, top - 1.5, 0.8, top + 1), Ramp.From(Stalk), Shading.Flat(Tone.Base));
        Foliage.FillLeaf(c, 0.5, top - 0.5, 9, top - 3, 2.8, leaves);
        Foliage.FillLeaf(c, -0.5, top - 0.5, -5.5, top - 4.5, 2, leaves);
    }

    public static void Lemon(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var peel = Body(s, new Hsv(53, 0.8, 0.98), new Hsv(50, 0.85, 0.97));
        var fruit = new Turned(new Union(new Ellipse(0, 17, 11.5, 8), new Ellipse(0, 17, 14, 2.2)), 0, 17, -5);
        c.Fill(fruit, peel, Shading.Sphere);
        c.Fill(new Turned(new Ellipse(-4, 13.5, 4, 1.2), 0, 17, -5), peel, Shading.Flat(Tone.Highlight));
        if (r.Chance(0.6))
            Foliage.FillLeaf(c, 10, 8.5, 13.5, 2.5, 2, Leaves(s));
    }

    public static void Pear(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var skin = Body(s, new Hsv(68, 0.68, 0.84), new Hsv(55, 0.7, 0.92), new Hsv(28, 0.6, 0.8));
        var neck = r.Range(-0.8, 0.8);
        var fruit = new Union(Ellipse.Circle(0, 21.5, 8.5), new Ellipse(neck, 12.5, 5, 5.5), new Polygon((neck - 5, 12.5), (neck + 5, 12.5), (8.2, 20), (-8.2, 20)));
        c.Fill(Foliage.Stem(0.8, (neck, 8), (neck + 1.5, 3.5)), Ramp.From(Stalk), Shading.Cylinder);
        c.Fill(fruit, skin, Shading.Sphere);
        Shine(c, skin, -4.5, 18, 1.2, 2.2);
        Foliage.FillLeaf(c, neck + 1, 5, neck + 8, 4, 2.2, Leaves(s));
    }

    public static void Banana(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var peel = Body(s, new Hsv(50, 0.8, 0.98), new Hsv(58, 0.7, 0.92));
        var curve = new List<IShape>();
        for (var step = 6; step < 18; step++)
        {
            var (x1, y1) = Compass.Point(0, 4, 17, 17, step);
            var (x2, y2) = Compass.Point(0, 4, 17, 17, step + 1);
            var along = (step - 11.5) / 6;
            curve.Add(new Capsule(x1, y1, x2, y2, 1 + (3 * (1 - (along * along)))));
        }
        var banana = new Turned(new Union([.. curve]), 0, 16, -5);
        c.Fill(banana, peel, Shading.Sphere);
        c.Fill(new Turned(Foliage.Stem(0.5, (-8, 17), (-3, 19), (3, 19), (8, 17)), 0, 16, -5), peel, Shading.Flat(Tone.Light));
        var tip = Ramp.From(new Hsv(30, 0.6, 0.4));
        var (ex, ey) = Compass.Point(0, 4, 17, 17, 6);
        c.Fill(new Turned(new Capsule(ex, ey, ex + 1.5, ey - 3.5, 1.1), 0, 16, -5), tip, Shading.Cylinder);
        var (sx, sy) = Compass.Point(0, 4, 17, 17, 18);
        c.Fill(new Turned(Ellipse.Circle(sx, sy, 1.1), 0, 16, -5), tip, Shading.Flat(Tone.Base));
        if (r.Chance(0.4))
            Foliage.Dots(c, [(-1, 21.5), (3.5, 18.5), (-5, 22)], tip[Tone.Base], tip);
    }

    public static void Grapes(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var grape = Body(s, new Hsv(280, 0.55, 0.62), new Hsv(90, 0.55, 0.8), new Hsv(330, 0.55, 0.6));
        c.Fill(Foliage.Stem(0.8, (0, 10), (0.5, 3.5)), Ramp.From(Stalk), Shading.Cylinder);
        Foliage.FillLeaf(c, 0.5, 5.5, 10, 3, 3.2, Leaves(s));
        var rows = new[] { (10.5, 4), (15.5, 3), (20.5, 4), (25, 2), (29, 1) };
        foreach (var (y, count) in rows.Where(row => row.Item1 < 28 || r.Chance(0.7)))
        {
            for (var i = 0; i < count; i++)
            {
                var x = (i - ((count - 1) / 2.0)) * (count == 4 ? 4.8 : 5.2) * (y > 20 && count == 4 ? 0.75 : 1);
                c.Fill(Ellipse.Circle(x, y - (count == 1 ? 1.5 : 0), 3.1), grape, Shading.Sphere, separate: true);
                Foliage.Dots(c, [(x - 1.2, y - 1.2)], grape[Tone.Highlight], grape);
            }
        }
    }

    public static void Strawberry(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var berry = Body(s, new Hsv(356, 0.8, 0.92), new Hsv(350, 0.78, 0.88));
        var fat = r.Range(0.92, 1.05);
        var body = new Union(new Ellipse(0, 15.5, 10.5 * fat, 6.5), new Polygon((-10.5 * fat, 15.5), (10.5 * fat, 15.5), (3, 27.5), (-3, 27.5)), Ellipse.Circle(0, 26.5, 3));
        c.FillCentred(body, berry, Shading.Sphere);
        var seed = new Hsv(52, 0.5, 1).ToRgba();
        var seeds = new List<(double, double)>();
        for (var row = 0; row < 5; row++)
        {
            for (var x = -8 + (row * 1.5) + (row % 2 * 1.5); x <= 8 - (row * 1.5); x += 3.2)
                seeds.Add((x, 14 + (row * 2.8)));
        }
        // A seed is a pixel, which at 16 px is a quarter of the berry's width: every other one is plenty there.
        Foliage.Dots(c, c.Size >= 32 ? seeds : seeds.Where((_, i) => i % 2 == 0), seed, berry);
        var leaves = Leaves(s);
        foreach (var (x, y) in new[] { (-8.0, 9.5), (8.0, 9.5), (-4.0, 13.0), (4.0, 13.0), (0.0, 13.5) })
            Foliage.FillLeaf(c, 0, 9.5, x, y, 2, leaves);
        c.Fill(Foliage.Stem(0.9, (0, 10), (0.5, 4.5)), leaves, Shading.Cylinder);
    }

    public static void Watermelon(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var flesh = Body(s, new Hsv(355, 0.68, 0.96), new Hsv(350, 0.6, 0.98));
        var rind = Foliage.Part(s, "rind", new Hsv(125, 0.65, 0.5));
        const double apexY = 3;
        var wedge = new Polygon((0, apexY), (-17, 32), (17, 32));
        var reach = r.Range(26.5, 27.5);
        c.Fill(Ellipse.Circle(0, apexY, reach).Within(wedge), rind, Shading.Sphere);
        c.Fill(Ellipse.Circle(0, apexY, reach - 2.4).Within(wedge), Ramp.From(new Hsv(90, 0.3, 0.95)), Shading.Flat(Tone.Base));
        c.Fill(Ellipse.Circle(0, apexY, reach - 3.4).Within(wedge), flesh, Shading.Sphere);
        foreach (var (x, y) in new[] { (0.0, 11.0), (-3.0, 17.0), (3.0, 17.0), (-6.5, 22.5), (0.0, 22.0), (6.5, 22.5) })
            c.Fill(new Ellipse(x, y, 0.8, 1.3), SpriteSketch.Ink, Shading.Flat(Tone.Base));
    }

    public static void Pumpkin(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var skin = Body(s, new Hsv(26, 0.88, 0.95), new Hsv(32, 0.85, 0.96));
        var width = r.Range(0.95, 1.05);
        var stem = Foliage.Part(s, "stem", new Hsv(75, 0.5, 0.45));
        c.Fill(Foliage.Stem(1.6, (0, 12), (0.5, 8.5), (2.5, 6.5)), stem, Shading.Cylinder);
        foreach (var side in new[] { -1, 1 })
            c.Fill(new Ellipse(side * 6.3 * width, 20.5, 6.6 * width, 9), skin, Shading.Sphere);
        c.FillCentred(new Ellipse(0, 20, 6.8 * width, 9.6), skin, Shading.Sphere, separate: true);
        if (s.Mood is SpriteMood.Spooky or SpriteMood.Evil or SpriteMood.Happy or SpriteMood.Cute)
        {
            var glow = Ramp.From(new Hsv(48, 0.85, 1));
            c.FillPair(new Polygon((-7, 20), (-2.5, 20), (-4.8, 15.5)), glow, Shading.Flat(Tone.Base));
            c.FillCentred(new Polygon((-8, 23), (8, 23), (5.5, 27), (3.5, 25.5), (1.5, 27.5), (-1.5, 25.5), (-3.5, 27.5), (-5.5, 25.5)), glow, Shading.Flat(Tone.Base));
        }
        else
        {
            c.Fill(Foliage.Stem(0.5, (2.5, 8), (7, 7), (8, 9.5), (6.5, 10.5)), stem, Shading.Flat(Tone.Base));
            Foliage.FillLeaf(c, -0.5, 10, -7.5, 8, 2.2, Leaves(s));
        }
    }

    public static void Corn(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var kernels = Body(s, new Hsv(48, 0.82, 0.98), new Hsv(42, 0.85, 0.96));
        var husk = Foliage.Part(s, "leaves", new Hsv(88, 0.55, 0.66));
        var cob = new Ellipse(0, 15.5, 5.8, 12);
        c.FillCentred(cob, kernels, Shading.Sphere);
        for (var y = 5.5; y < 27; y += 2.2)
        {
            for (var x = -4.0; x <= 4; x += 2)
            {
                if (cob.Contains(x, y))
                    Foliage.Dots(c, [(x + ((y % 4.4) > 2 ? 1 : 0), y)], kernels[x + y < 18 ? Tone.Light : Tone.Shadow], kernels);
            }
        }
        var flare = r.Range(0, 1.5);
        Foliage.FillLeaf(c, 0, 30, -8.5 - flare, 13, 4.2, husk);
        Foliage.FillLeaf(c, 0, 30, 8.5 + flare, 14, 4, husk);
        Foliage.FillLeaf(c, 0, 30, -1.5, 19, 2.5, husk);
    }

    public static void Potato(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var skin = Body(s, new Hsv(34, 0.5, 0.72), new Hsv(28, 0.45, 0.66));
        var lump = r.Range(-1, 1);
        var tuber = new Turned(new Union(new Ellipse(-2, 18, 11, 7.5), new Ellipse(5, 19 + lump, 8, 6.5), Ellipse.Circle(-9, 17.5, 4.5)), 0, 18, -2);
        c.Fill(tuber, skin, Shading.Sphere);
        foreach (var (x, y) in new[] { (-6.0, 16.0), (1.0, 14.5), (5.0, 20.5), (-2.5, 21.0), (9.0, 17.0) })
        {
            Foliage.Dots(c, [(x, y)], skin[Tone.Shadow], skin);
            Foliage.Dots(c, [(x - 1, y - 1)], skin[Tone.Light], skin);
        }
    }

    public static void Carrot(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var root = Body(s, new Hsv(24, 0.88, 0.98), new Hsv(30, 0.85, 0.96));
        var leaves = Leaves(s);
        const int lean = 5;
        var shape = new Turned(new Union(new Polygon((-4.3, 8.5), (4.3, 8.5), (0.9, 29.5), (-0.9, 29.5)), new Ellipse(0, 8.5, 4.3, 1.8)), 0, 18, lean);
        var (topX, topY) = (6.1, 10.1);
        foreach (var (x, y) in new[] { (3.5, 1.0), (9.0, 0.5), (13.0, 4.0) })
            Foliage.FillLeaf(c, topX, topY, x + r.Range(-0.6, 0.6), y, 1.9, leaves);
        c.Fill(shape, root, Shading.Sphere);
        foreach (var (y, x1, x2) in new[] { (13.0, -4.0, -1.0), (17.5, 0.5, 3.2), (21.5, -2.5, -0.3), (25.0, 0.2, 1.5) })
            c.Fill(new Turned(new Box(x1, y, x2, y + 0.55), 0, 18, lean), root, Shading.Flat(Tone.Shadow));
    }

    public static void Egg(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var variant = s.Spec.Variant?.ToLowerInvariant() ?? "";
        if (variant.Contains("boiled") || variant.Contains("raw") || variant.Contains("whole") || variant.Contains("easter"))
        {
            var shell = Foliage.Material(s) ?? Ramp.From(s.MainColour(new Hsv(35, 0.22, 0.97), new Hsv(30, 0.35, 0.88)));
            c.FillCentred(new Union(new Ellipse(0, 19.5, 9, 10.5), new Ellipse(0, 15, 7.2, 11)), shell, Shading.Sphere);
            Shine(c, shell, -4, 11, 1.4, 2.6);
            return;
        }
        var white = Ramp.From(White);
        var yolk = Foliage.Material(s) ?? Ramp.From(s.MainColour(new Hsv(42, 0.9, 1), new Hsv(36, 0.92, 1)));
        var wobble = r.Range(-1, 1);
        c.Fill(new Union(Ellipse.Circle(-5, 17, 8), Ellipse.Circle(4.5, 18 + wobble, 8.5), new Ellipse(0, 21.5, 11, 6.5), Ellipse.Circle(-1, 12.5, 6)), white, Shading.Sphere);
        c.Fill(Ellipse.Circle(-0.5, 17.5, 4.8), yolk, Shading.Sphere, separate: true);
        Shine(c, yolk, -2, 15.5, 1.2, 0.9);
    }

    public static void Bread(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var crust = Body(s, Crust, new Hsv(28, 0.72, 0.78));
        var height = r.Range(-1, 1);
        var loaf = new Union(new Ellipse(0, 17 + height, 13, 8.5), new Box(-13, 17 + height, 13, 26), new Ellipse(0, 26, 13, 2.5));
        c.FillCentred(loaf, crust, Shading.Sphere);
        var cut = Ramp.From(new Hsv(38, 0.35, 0.96));
        foreach (var x in new[] { -7.0, 0.0, 7.0 })
            c.Fill(new Capsule(x - 2, 16 + height, x + 2, 11 + height, 0.8), cut, Shading.Flat(Tone.Base));
        c.FillCentred(new Box(-13, 27, 13, 28.5), crust, Shading.Flat(Tone.Shadow));
    }

    public static void Cheese(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var cheese = Body(s, Cheddar, new Hsv(42, 0.7, 0.98));
        var rise = r.Range(-1, 1);
        var top = new Polygon((-13, 19), (5, 6 + rise), (13, 14));
        var front = new Polygon((-13, 19), (13, 14), (13, 27), (-13, 28));
        c.Fill(front, cheese, Shading.Flat(Tone.Base));
        c.Fill(top, cheese, Shading.Flat(Tone.Light));
        foreach (var (x, y, radius) in new[] { (-7.0, 23.0, 2.0), (3.0, 21.0, 1.5), (8.5, 24.0, 2.2), (-1.5, 25.8, 1.1), (4.0, 12.0, 1.4), (-3.0, 16.0, 0.9) })
            c.Fill(new Ellipse(x, y, radius, radius * 0.85), cheese, Shading.Flat(Tone.Shadow));
        c.Fill(Ellipse.Circle(13, 21, 2.2), cheese, Shading.Flat(Tone.Shadow));
    }

    public static void Pizza(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var cheese = Ramp.From(new Hsv(46, 0.72, 0.98));
        var topping = Body(s, new Hsv(358, 0.75, 0.78), new Hsv(5, 0.7, 0.72));
        var slice = new Polygon((-12, 7), (12, 7), (0, 29.5));
        c.Fill(slice, cheese, Shading.Sphere);
        foreach (var (x, y) in new[] { (-5.5, 12.5), (5.0, 11.5), (0.5, 18.5) })
        {
            c.Fill(Ellipse.Circle(x, y, 2.4), topping, Shading.Sphere, separate: true);
            Foliage.Dots(c, [(x - 0.8, y - 0.8)], topping[Tone.Light], topping);
        }
        if (r.Chance(0.5))
            Foliage.Dots(c, [(-1, 13), (4, 22), (-4, 16.5)], Ramp.From(Lettuce)[Tone.Shadow], cheese);
        c.Fill(new Capsule(4, 22, 3.4, 25.5, 0.9), cheese, Shading.Flat(Tone.Light));
        c.Fill(new Capsule(-12.5, 6.5, 12.5, 6.5, 2.6), Ramp.From(Crust), Shading.Sphere, separate: true);
    }

    public static void Cake(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var frosting = Foliage.PartOrMain(s, "frosting", Frostings);
        var sponge = Ramp.From(r.Chance(0.6) ? new Hsv(38, 0.42, 0.95) : new Hsv(20, 0.6, 0.45));
        c.FillCentred(new Ellipse(0, 28.5, 14, 2.2), Ramp.From(new Hsv(210, 0.05, 0.92)), Shading.Flat(Tone.Base));
        c.FillCentred(new Union(new Box(-11, 15, 11, 27), new Ellipse(0, 27, 11, 2)), sponge, Shading.Cylinder, separate: true);
        c.FillCentred(new Box(-11, 21, 11, 22.3), Ramp.From(new Hsv(350, 0.7, 0.8)), Shading.Cylinder);
        var drips = new IShape[] { new Ellipse(0, 15, 11, 3.2), new Capsule(-9, 16, -9, 18.5, 1.3), new Capsule(-5, 16, -5, 20, 1.3), new Capsule(-1, 16, -1, 17.5, 1.3), new Capsule(3, 16, 3, 19.5, 1.3), new Capsule(7, 16, 7, 18, 1.3) };
        c.Fill(new Union(drips), frosting, Shading.Cylinder, separate: true);
        c.FillCentred(new Ellipse(0, 14.4, 9.5, 2.2), frosting, Shading.Flat(Tone.Light));
        if (r.Chance(0.5))
        {
            c.FillCentred(new Box(-0.9, 6.5, 0.9, 13.5), Ramp.From(s.SecondColour(new Hsv(200, 0.45, 0.95))), Shading.Cylinder);
            Flames.Burn(c, FlamePalette.Of(new Hsv(28, 0.85, 1)), 0, 6.8, 1.5, 5, 0, 0);
        }
        else
        {
            foreach (var x in new[] { -6.0, 0.0, 6.0 })
                c.Fill(Ellipse.Circle(x, 12, 2.2), Ramp.From(new Hsv(354, 0.82, 0.86)), Shading.Sphere, separate: true);
        }
    }

    public static void Cupcake(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var frosting = Foliage.PartOrMain(s, "frosting", Frostings);
        var wrapper = Foliage.Part(s, "wrapper", r.Pick([new Hsv(200, 0.45, 0.9), new Hsv(330, 0.4, 0.95), new Hsv(50, 0.5, 0.95)]));
        var cup = new Polygon((-8.5, 18.5), (8.5, 18.5), (6.3, 29.5), (-6.3, 29.5));
        c.FillCentred(cup, wrapper, Shading.Cylinder);
        foreach (var x in new[] { -5.0, -2.0, 1.0, 4.0 })
            c.Fill(new Capsule(x * 1.15, 19, x * 0.85, 29, 0.35).Within(cup), wrapper, Shading.Flat(Tone.Shadow));
        c.FillCentred(new Ellipse(0, 18, 10.5, 3.2), frosting, Shading.Sphere, separate: true);
        c.FillCentred(new Ellipse(0, 14.5, 8.2, 3.2), frosting, Shading.Sphere, separate: true);
        c.FillCentred(new Ellipse(0, 11, 5.6, 2.9), frosting, Shading.Sphere, separate: true);
        c.FillCentred(new Ellipse(0, 8, 3, 2.5), frosting, Shading.Sphere, separate: true);
        for (var i = 0; i < 7; i++)
        {
            var (x, y) = (r.Range(-7, 7), r.Range(12.5, 18.5));
            if (Math.Abs(x) < 7 - ((18.5 - y) * 0.6))
                Foliage.Dots(c, [(x, y)], Ramp.From(SprinkleColours[i % SprinkleColours.Length])[Tone.Base], frosting);
        }
        c.Fill(Ellipse.Circle(0.5, 5, 2.2), Ramp.From(new Hsv(354, 0.82, 0.86)), Shading.Sphere, separate: true);
        c.Fill(new Capsule(1, 3, 2.8, 0.8, 0.4), Ramp.From(Stalk), Shading.Flat(Tone.Base));
    }

    public static void Pie(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var filling = Body(s, new Hsv(352, 0.82, 0.78), new Hsv(265, 0.6, 0.6), new Hsv(0, 0.8, 0.7));
        var crust = Ramp.From(Crust);
        var tin = Ramp.From(new Hsv(210, 0.08, 0.75));
        c.FillCentred(new Polygon((-14, 19), (14, 19), (11.5, 26.5), (-11.5, 26.5)).Or(new Ellipse(0, 26.5, 11.5, 2)), tin, Shading.Cylinder);
        var top = new Ellipse(0, 17.5, 13.5, 6.5);
        c.FillCentred(top, filling, Shading.Sphere);
        var lattice = new List<IShape>();
        foreach (var x in new[] { -8.0, -3.0, 2.0, 7.0 })
            lattice.Add(new Capsule(x - 2.5, 12, x + 2.5, 23, 0.75));
        foreach (var x in new[] { -6.0, -1.0, 4.0, 9.0 })
            lattice.Add(new Capsule(x + 2.5, 12, x - 2.5, 23, 0.75));
        c.Fill(new Union([.. lattice]).Within(top), crust, Shading.Bevel);
        c.FillCentred(top.Minus(new Ellipse(0, 17.5, 11.5, 5)), crust, Shading.Sphere, separate: true);
        for (var i = 0; i < 16; i++)
        {
            var (x, y) = Compass.Point(0, 17.5, 12.7, 6, i * 3);
            Foliage.Dots(c, [(x, y)], crust[Tone.Light], crust);
        }
        if (r.Chance(0.5))
        {
            var steam = Ramp.From(White);
            c.Fill(Foliage.Stem(0.55, (-3, 9.5), (-2, 7.5), (-3, 5.5), (-2, 3.5)), steam, Shading.Flat(Tone.Light));
            c.Fill(Foliage.Stem(0.55, (3, 9), (4, 7), (3, 5), (4, 3)), steam, Shading.Flat(Tone.Light));
        }
    }

    public static void Drumstick(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var meat = Body(s, new Hsv(24, 0.72, 0.74), new Hsv(18, 0.7, 0.68));
        var bone = SpriteSketch.Bone;
        c.Fill(new Capsule(0, 16, 8, 24, 1.7), bone, Shading.Cylinder);
        c.Fill(new Union(Ellipse.Circle(10.5, 23.5, 2.3), Ellipse.Circle(7.5, 26.5, 2.3)), bone, Shading.Sphere, separate: true);
        var lump = r.Range(-0.6, 0.6);
        c.Fill(new Turned(new Union(new Ellipse(-4, 12.5, 10, 8 + lump), new Ellipse(2, 16, 5, 4)), -4, 12.5, 6), meat, Shading.Sphere, separate: true);
        Shine(c, meat, -8, 8.5, 2.2, 1.2);
        Foliage.Dots(c, [(-3, 10), (-6, 14), (0, 13.5)], meat[Tone.Shadow], meat);
    }

    public static void Steak(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var meat = Body(s, new Hsv(12, 0.62, 0.6), new Hsv(6, 0.65, 0.66));
        var fat = Ramp.From(new Hsv(35, 0.22, 0.96));
        var tilt = r.Range(-1, 1);
        var cut = new Union(new Ellipse(-2, 17, 12.5, 8.5), new Ellipse(6, 20.5 + tilt, 7, 6.5), Ellipse.Circle(-9, 20, 5));
        c.Fill(cut, fat, Shading.Sphere);
        var lean = new Union(new Ellipse(-2, 17.5, 10.8, 6.8), new Ellipse(6, 20.5 + tilt, 5.5, 5), Ellipse.Circle(-8.5, 20, 3.8));
        c.Fill(lean, meat, Shading.Sphere);
        foreach (var x in new[] { -7.0, -1.0, 5.0 })
            c.Fill(new Capsule(x - 2.5, 13.5, x + 2.5, 24, 0.6).Within(lean), meat, Shading.Flat(Tone.Outline));
        c.Fill(new Capsule(-10, 17, 8, 16, 0.35).Within(lean), fat, Shading.Flat(Tone.Shadow));
    }

    public static void Burger(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var bun = Ramp.From(Bun);
        var patty = Body(s, new Hsv(18, 0.6, 0.42), new Hsv(12, 0.55, 0.38));
        c.FillCentred(new Union(new Box(-11.5, 23, 11.5, 26.5), new Ellipse(0, 26.5, 11.5, 2.5)), bun, Shading.Cylinder);
        c.FillCentred(new Capsule(-11, 21, 11, 21, 2.6), patty, Shading.Cylinder, separate: true);
        var cheese = Ramp.From(Cheddar);
        c.Fill(new Union(new Box(-12, 17.3, 12, 18.8), new Polygon((-8, 18.5), (-4, 18.5), (-6, 22)), new Polygon((3, 18.5), (8, 18.5), (5.5, 22.5))), cheese, Shading.Flat(Tone.Base), separate: true);
        var lettuce = Ramp.From(Lettuce);
        c.FillCentred(new Union([.. Enumerable.Range(0, 9).Select(i => (IShape)Ellipse.Circle(-12 + (i * 3), 16.8 + (i % 2 * 0.6), 1.7))]), lettuce, Shading.Flat(Tone.Base), separate: true);
        var dome = new Ellipse(0, 15, 12.5, 9 + r.Range(-0.8, 0.4)).Within(new Box(-16, 0, 16, 15)).Or(new Box(-12.5, 13.5, 12.5, 15.6));
        c.FillCentred(dome, bun, Shading.Sphere, separate: true);
        Foliage.Dots(c, [(-6, 10), (-1.5, 8), (3, 10.5), (7, 9), (-3.5, 12.5), (1.5, 6.8), (-8, 13)], SpriteSketch.Cream[Tone.Highlight], bun);
    }

    public static void Sandwich(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var bread = Ramp.From(new Hsv(40, 0.25, 0.98));
        var crust = Ramp.From(Crust);
        var filling = Body(s, new Hsv(350, 0.4, 0.92), new Hsv(4, 0.75, 0.85));
        void Slice(double top, double bottom)
        {
            c.FillCentred(new Union(new Box(-12, top + 1.5, 12, bottom), new Ellipse(-9.5, top + 1.8, 3, 2), new Ellipse(9.5, top + 1.8, 3, 2), new Box(-9.5, top, 9.5, top + 2)), crust, Shading.Bevel, separate: true);
            c.FillCentred(new Union(new Box(-11, top + 2, 11, bottom - 1), new Box(-9, top + 1, 9, top + 2)), bread, Shading.Flat(Tone.Base));
        }
        Slice(20.5, 28.5);
        c.FillCentred(new Box(-12.5, 18.5, 12.5, 20.8), filling, Shading.Cylinder, separate: true);
        c.Fill(new Polygon((-13.5, 16.5), (12.5, 16.5), (14, 19.5), (-12, 19.5)), Ramp.From(Cheddar), Shading.Flat(Tone.Base), separate: true);
        var wave = r.Range(0, 1);
        c.FillCentred(new Union([.. Enumerable.Range(0, 10).Select(i => (IShape)Ellipse.Circle(-13.5 + (i * 3) + wave, 15.5 + (i % 2 * 0.7), 1.8))]), Ramp.From(Lettuce), Shading.Flat(Tone.Base), separate: true);
        Slice(6.5, 15);
    }

    public static void HotDog(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var bun = Ramp.From(Bun);
        var sausage = Body(s, new Hsv(8, 0.68, 0.72), new Hsv(14, 0.65, 0.68));
        var tilt = r.Range(-0.8, 0.8);
        c.Fill(new Capsule(-11, 17 - tilt, 11, 17 + tilt, 4.2), bun, Shading.Flat(Tone.Shadow));
        c.Fill(new Capsule(-14.5, 16.5 - tilt, 14.5, 16.5 + tilt, 3.1), sausage, Shading.Cylinder, separate: true);
        var mustard = Ramp.From(s.SecondColour(new Hsv(50, 0.9, 1)));
        var zigzag = Enumerable.Range(0, 9).Select(i => (X: -9 + (i * 2.25), Y: 15.3 + (i % 2 == 0 ? -0.9 : 0.9) + (tilt * (-9 + (i * 2.25)) / 14.5))).ToArray();
        c.Fill(Foliage.Stem(0.55, zigzag), mustard, Shading.Flat(Tone.Base));
        c.Fill(new Capsule(-11.5, 22 - tilt, 11.5, 22 + tilt, 3.4), bun, Shading.Sphere, separate: true);
    }

    public static void Taco(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var shell = Ramp.From(new Hsv(44, 0.7, 0.96));
        var meat = Body(s, new Hsv(20, 0.6, 0.45), new Hsv(15, 0.55, 0.5));
        const double rimY = 14;
        c.Fill(new Ellipse(0, rimY, 11, 3.5), meat, Shading.Sphere);
        var lettuce = Ramp.From(Lettuce);
        c.Fill(new Union([.. Enumerable.Range(0, 8).Select(i => (IShape)Ellipse.Circle(-10.5 + (i * 3), rimY - 1 - (i % 2 * 1.2) - r.Range(0, 0.8), 2))]), lettuce, Shading.Sphere);
        foreach (var x in new[] { -6.0, 1.5, 7.0 })
            c.Fill(new Box(x - 1.2, rimY - 3.5, x + 1.2, rimY - 1.3), Ramp.From(new Hsv(2, 0.8, 0.9)), Shading.Bevel);
        c.Fill(Ellipse.Circle(-2, rimY - 3, 1.5), Ramp.From(Cheddar), Shading.Flat(Tone.Base));
        var front = new Ellipse(0, rimY, 14, 15).Within(new Box(-16, rimY, 16, 32));
        c.FillCentred(front, shell, Shading.Sphere, separate: true);
        Foliage.Dots(c, [(-6, 20), (4, 23), (-1, 26), (8, 18), (-9, 16.5)], shell[Tone.Shadow], shell);
    }

    public static void Coffee(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var mug = Foliage.Material(s) ?? Ramp.From(s.MainColour(new Hsv(40, 0.06, 0.96), new Hsv(2, 0.7, 0.8), new Hsv(210, 0.55, 0.75)));
        var coffee = Foliage.Part(s, "liquid", new Hsv(22, 0.7, 0.38));
        c.Fill(new Ellipse(8, 19.5, 5, 5.5).Minus(new Ellipse(8, 19.5, 2.4, 3)), mug, Shading.Sphere);
        c.Fill(new Union(new Box(-9, 12, 7, 26.5), new Ellipse(-1, 26.5, 8, 2.4), new Ellipse(-1, 12, 8, 2.4)), mug, Shading.Cylinder, separate: true);
        c.Fill(new Ellipse(-1, 12.2, 6.6, 1.5), coffee, Shading.Flat(Tone.Base));
        var steam = Ramp.From(new Hsv(210, 0.05, 0.96));
        var drift = r.Range(-0.6, 0.6);
        c.Fill(Foliage.Stem(0.7, (-4, 9), (-3 + drift, 7), (-4, 5), (-3 + drift, 3)), steam, Shading.Flat(Tone.Base));
        c.Fill(Foliage.Stem(0.7, (2, 8.5), (3, 6.5), (2 - drift, 4.5), (3, 2)), steam, Shading.Flat(Tone.Base));
        if (s.Mood != SpriteMood.Neutral)
            s.Face(-4.5, 18, 21);
    }

    public static void Milk(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var carton = Ramp.From(new Hsv(40, 0.04, 0.97));
        var label = Ramp.From(s.MainColour(new Hsv(212, 0.7, 0.85), new Hsv(200, 0.6, 0.9), new Hsv(350, 0.6, 0.9)));
        const double left = -8;
        const double right = 3;
        const double side = 9;
        c.Fill(new Polygon((right, 12), (side, 9.5), (side, 27.5), (right, 29.5)), carton, Shading.Flat(Tone.Shadow));
        c.Fill(new Polygon((-2.5, 5), (right, 12), (side, 9.5), (3.5, 2.8)), carton, Shading.Flat(Tone.Base));
        c.Fill(new Box(left, 12, right, 29.5), carton, Shading.Flat(Tone.Light), separate: true);
        c.Fill(new Polygon((left, 12), (right, 12), (-2.5, 5)), carton, Shading.Flat(Tone.Highlight), separate: true);
        c.Fill(new Polygon((-3.4, 3.8), (3.4, 1.2), (4.4, 3.2), (-2.4, 5.6)), carton, Shading.Bevel, separate: true);
        var band = r.Range(16.5, 18);
        c.Fill(new Box(left, band, right, band + 7), label, Shading.Flat(Tone.Base));
        c.Fill(new Polygon((right, band), (side, band - 1.8), (side, band + 5.2), (right, band + 7)), label, Shading.Flat(Tone.Shadow));
        c.Fill(new Union(Ellipse.Circle(-2.5, band + 4.3, 1.7), new Polygon((-4.1, band + 3.8), (-0.9, band + 3.8), (-2.5, band + 0.8))), carton, Shading.Flat(Tone.Highlight));
    }

    public static void Honey(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var honey = Ramp.From(s.PartColour("liquid", new Hsv(40, 0.85, 0.96)));
        var pot = Foliage.Material(s) ?? Ramp.From(s.MainColour(new Hsv(30, 0.7, 0.75), new Hsv(35, 0.5, 0.85)));
        if (r.Chance(0.6))
        {
            c.Fill(new Capsule(3, 10, 10, 2.5, 0.8), SpriteSketch.Wood, Shading.Cylinder);
            c.Fill(new Ellipse(10.5, 2.8, 2, 2.2), SpriteSketch.Wood, Shading.Sphere);
        }
        c.FillCentred(new Ellipse(0, 20.5, 11.5, 9.2), pot, Shading.Sphere);
        c.FillCentred(new Box(-7.5, 9.5, 7.5, 13), pot, Shading.Cylinder, separate: true);
        c.FillCentred(new Ellipse(0, 9.8, 7.5, 1.8), honey, Shading.Flat(Tone.Base));
        c.FillCentred(new Union(new Box(-8, 11.5, 8, 14), new Capsule(-5, 13, -5, 17, 1.3), new Capsule(2, 13, 2, 19, 1.3), new Capsule(6, 13, 6, 15.5, 1.1)), honey, Shading.Cylinder, separate: true);
        c.FillCentred(new Box(-5, 20, 5, 25.5), Ramp.From(new Hsv(45, 0.2, 0.97)), Shading.Bevel, separate: true);
        c.FillCentred(Compass.Ring(0, 22.7, 2, 2, 6), honey, Shading.Flat(Tone.Base));
    }

    public static void Chocolate(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var chocolate = Ramp.From(s.PartColour("body", new Hsv(20, 0.62, 0.42)));
        var wrapper = Ramp.From(s.MainColour(new Hsv(355, 0.75, 0.82), new Hsv(215, 0.65, 0.75), new Hsv(140, 0.5, 0.6)));
        for (var row = 0; row < 3; row++)
        {
            foreach (var x in new[] { -8.5, 0.5 })
                c.Fill(new Box(x, 3 + (row * 5.5), x + 8, 8 + (row * 5.5)), chocolate, Shading.Bevel, separate: true);
        }
        var tear = r.Range(-0.8, 0.8);
        c.Fill(new Polygon((-9, 18 + tear), (-6, 16.5), (-3, 18.5), (0, 16.5 - tear), (3, 18.5), (6, 16.5), (9, 18 - tear), (9, 20.5), (-9, 20.5)), SpriteSketch.Silver, Shading.Flat(Tone.Light), separate: true);
        c.Fill(new Box(-9.5, 20, 9.5, 29.5), wrapper, Shading.Cylinder, separate: true);
        c.Fill(new Box(-9.5, 23.2, 9.5, 25.2), SpriteSketch.Gold, Shading.Flat(Tone.Base));
    }

    public static void Lollipop(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var candy = Ramp.From(s.MainColour(new Hsv(340, 0.65, 0.95), new Hsv(195, 0.6, 0.95), new Hsv(280, 0.5, 0.9), new Hsv(120, 0.55, 0.85)));
        var stripe = Ramp.From(s.SecondColour(new Hsv(40, 0.05, 0.99)));
        const double y = 11.5;
        const double radius = 9.8;
        c.FillCentred(new Box(-1.05, 18, 1.05, 30), Ramp.From(new Hsv(40, 0.05, 0.95)), Shading.Cylinder);
        var disc = Ellipse.Circle(0, y, radius);
        c.Fill(disc, stripe, Shading.Sphere);
        var turn = r.Next(8);
        for (var arm = 0; arm < 4; arm++)
        {
            var start = turn + (arm * 12);
            var swirl = new List<(double, double)> { (0, y) };
            for (var k = 0; k <= 4; k++)
                swirl.Add(Compass.Point(0, y, radius * (0.25 + (k * 0.2)), radius * (0.25 + (k * 0.2)), start + (k * 3)));
            for (var k = 4; k >= 0; k--)
                swirl.Add(Compass.Point(0, y, radius * (0.25 + (k * 0.2)), radius * (0.25 + (k * 0.2)), start + (k * 3) + 6));
            c.Fill(new Polygon([.. swirl]).Within(disc), candy, Shading.Flat(Tone.Base));
        }
        Shine(c, stripe, -4.5, y - 4.5, 1.6, 1.1);
    }

    public static void Candy(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var wrapper = Ramp.From(s.MainColour(new Hsv(350, 0.72, 0.95), new Hsv(200, 0.65, 0.95), new Hsv(50, 0.8, 1), new Hsv(280, 0.5, 0.9)));
        var flare = r.Range(-0.8, 0.8);
        c.Fill(new Polygon((-5, 16), (-13.5, 10 - flare), (-11.5, 13), (-12.5, 16), (-11.5, 19), (-13.5, 22 + flare)), wrapper, Shading.Bevel);
        c.Fill(new Polygon((5, 16), (13.5, 10 - flare), (11.5, 13), (12.5, 16), (11.5, 19), (13.5, 22 + flare)), wrapper, Shading.Bevel);
        var sweet = new Ellipse(0, 16, 7.5, 6.2);
        c.FillCentred(sweet, wrapper, Shading.Sphere, separate: true);
        var stripe = Ramp.From(s.SecondColour(new Hsv(40, 0.05, 0.99)));
        foreach (var x in new[] { -5.0, 0.0, 5.0 })
            c.Fill(new Capsule(x - 2, 21.5, x + 2, 10.5, 0.9).Within(sweet), stripe, Shading.Flat(Tone.Base));
        Shine(c, wrapper, -3.5, 12.5, 1.4, 0.9);
    }

    public static void Donut(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var dough = Ramp.From(new Hsv(32, 0.62, 0.86));
        var frosting = Foliage.PartOrMain(s, "frosting", Frostings);
        var hole = new Ellipse(0, 16, 3.6, 3);
        c.FillCentred(new Ellipse(0, 17.5, 13, 11).Minus(hole), dough, Shading.Sphere);
        var icing = new Union(new Ellipse(0, 16, 11.5, 9), Ellipse.Circle(-8, 21, 2.6), Ellipse.Circle(-2, 24, 2.4), Ellipse.Circle(5, 23.3, 2.6), Ellipse.Circle(10, 19, 2)).Minus(new Ellipse(0, 16, 4.6, 3.8));
        c.Fill(icing, frosting, Shading.Sphere);
        c.FillCentred(hole.Offset(0, 0.9).Within(new Ellipse(0, 16, 4.6, 3.8)).Minus(hole), dough, Shading.Flat(Tone.Shadow));
        var placed = 0;
        for (var attempt = 0; attempt < 200 && placed < 10; attempt++)
        {
            var (x, y) = (r.Range(-10, 10), r.Range(9, 23));
            if (!icing.Contains(x, y) || !icing.Contains(x + 1.5, y - 1))
                continue;
            c.Fill(new Capsule(x, y, x + 0.9, y - 0.6, 0.45), Ramp.From(SprinkleColours[placed % SprinkleColours.Length]), Shading.Flat(Tone.Base));
            placed++;
        }
    }

    public static void Cookie(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var dough = Body(s, new Hsv(34, 0.58, 0.86), new Hsv(30, 0.62, 0.8));
        var chip = Ramp.From(new Hsv(18, 0.6, 0.3));
        var bite = new Union(Ellipse.Circle(9.5, 6.5, 3.6), Ellipse.Circle(12.5, 10.5, 3.2), Ellipse.Circle(13.5, 15, 2.4));
        var cookie = Ellipse.Circle(0, 17.5, 12).Minus(bite);
        c.Fill(cookie, dough, Shading.Sphere);
        foreach (var (x, y) in new[] { (-6.0, 12.0), (1.0, 10.5), (-2.0, 17.5), (5.0, 17.0), (-7.0, 21.5), (1.5, 24.0), (7.5, 22.0), (-3.0, 26.5) })
        {
            var (dx, dy) = (r.Range(-0.6, 0.6), r.Range(-0.6, 0.6));
            c.Fill(new Ellipse(x + dx, y + dy, 1.5, 1.2).Within(cookie), chip, Shading.Sphere);
        }
        Foliage.Dots(c, [(14.5, 9), (12, 4.5)], dough[Tone.Base], dough);
    }

    public static void IceCream(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var scoop = Foliage.PartOrMain(s, "scoop", new Hsv(340, 0.35, 0.98), new Hsv(22, 0.55, 0.55), new Hsv(150, 0.3, 0.92), new Hsv(45, 0.2, 0.98));
        var cone = Ramp.From(new Hsv(34, 0.6, 0.86));
        var shape = new Polygon((-7, 16.5), (7, 16.5), (0, 30.5));
        c.FillCentred(shape, cone, Shading.Cylinder);
        foreach (var x in new[] { -6.0, -2.0, 2.0, 6.0 })
        {
            c.Fill(new Capsule(x - 3, 16, x + 3, 24, 0.35).Within(shape), cone, Shading.Flat(Tone.Shadow));
            c.Fill(new Capsule(x + 3, 16, x - 3, 24, 0.35).Within(shape), cone, Shading.Flat(Tone.Shadow));
        }
        var stacked = r.Chance(0.4);
        if (stacked)
        {
            var second = Ramp.From(s.SecondColour(new Hsv(40, 0.2, 0.98)));
            c.FillCentred(Ellipse.Circle(0, 8.5, 6), second, Shading.Sphere);
        }
        c.FillCentred(Ellipse.Circle(0, 12.5 + (stacked ? 1 : 0), 7.5), scoop, Shading.Sphere, separate: true);
        c.FillCentred(new Union([.. Enumerable.Range(0, 5).Select(i => (IShape)Ellipse.Circle(-6 + (i * 3), 17.3, 1.9))]), scoop, Shading.Cylinder, separate: true);
        if (!stacked)
        {
            c.Fill(Ellipse.Circle(0.5, 4.5, 2.2), Ramp.From(new Hsv(354, 0.82, 0.86)), Shading.Sphere, separate: true);
            c.Fill(new Capsule(1, 2.5, 2.8, 0.5, 0.4), Ramp.From(Stalk), Shading.Flat(Tone.Base));
        }
    }

    public static void Sushi(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var fish = Body(s, new Hsv(16, 0.68, 0.98), new Hsv(352, 0.65, 0.82));
        var rice = Ramp.From(White);
        c.Fill(new Capsule(-10, 21.5, 10, 21.5, 5.5), rice, Shading.Sphere);
        Foliage.Dots(c, [(-7, 24), (-3, 25.5), (2, 24.5), (6, 25.5), (8.5, 23), (-9, 21.5)], rice[Tone.Shadow], rice);
        var arch = r.Range(-0.6, 0.6);
        var slice = new Union(new Ellipse(0, 16.5 + arch, 13, 4.8), new Ellipse(-9.5, 18.5, 4.5, 3.2), new Ellipse(9.5, 18.5, 4.5, 3.2)).Within(new Box(-16, 0, 16, 20));
        c.Fill(slice, fish, Shading.Sphere, separate: true);
        foreach (var x in new[] { -7.0, -2.5, 2.0, 6.5 })
            c.Fill(new Capsule(x - 1, 20, x + 2, 12, 0.45).Within(slice), fish, Shading.Flat(Tone.Highlight));
        c.Fill(new Box(-1.8, 12.5 + arch, 1.8, 27.2), Ramp.From(new Hsv(150, 0.35, 0.22)), Shading.Flat(Tone.Base), separate: true);
    }
}
