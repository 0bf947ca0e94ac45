namespace SpriteDX.Modules.Generation.Rendering.Designs.Items;

/// <summary>Game items drawn as their familiar icon silhouettes; the prompt's colour goes to the part that defines the item.</summary>
internal static class ItemDesigns
{
    public static IReadOnlyDictionary<string, Design> Subjects { get; } = new Dictionary<string, Design>
    {
        ["sword"] = new(Sword),
        ["potion"] = new(Potion),
        ["shield"] = new(Shield),
        ["gem"] = new(Gem),
        ["key"] = new(Key),
        ["chest"] = new(Chest),
        ["coin"] = new(Coin),
        ["heart"] = new(Heart),
    };

    private static readonly double Diagonal = Math.Sqrt(0.5);

    /// <summary>
    /// Unit directions of a five-pointed star, point up, alternating tips and notches. Written out rather than computed
    /// with Math.Sin and Math.Cos, whose last bits may differ between platforms and would break byte-identical output.
    /// </summary>
    private static readonly (double X, double Y)[] StarDirections =
    [
        (0, -1), (0.5877852523, -0.8090169944), (0.9510565163, -0.3090169944), (0.9510565163, 0.3090169944),
        (0.5877852523, 0.8090169944), (0, 1), (-0.5877852523, 0.8090169944), (-0.9510565163, 0.3090169944),
        (-0.9510565163, -0.3090169944), (-0.5877852523, -0.8090169944),
    ];

    public static void Sword(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var blade = s.NamedColour is { } named ? Ramp.From(named) : SpriteSketch.Steel;
        var hilt = Ramp.From(s.SecondColour(r.Chance(0.6) ? new Hsv(44, 0.78, 0.94) : new Hsv(210, 0.1, 0.7)));
        var (dx, dy) = (Diagonal, -Diagonal);
        var (nx, ny) = (Diagonal, Diagonal);
        var (gx, gy) = (-7.0, 23.0);
        var length = r.Range(20, 26);
        var halfWidth = r.Range(1.5, 2.8);
        var (tx, ty) = (gx + (dx * length), gy + (dy * length));
        var (bx, by) = (tx - (dx * halfWidth * 1.8), ty - (dy * halfWidth * 1.8));

        c.Fill(
            new Polygon((gx + (nx * halfWidth), gy + (ny * halfWidth)), (bx + (nx * halfWidth), by + (ny * halfWidth)), (tx, ty), (bx - (nx * halfWidth), by - (ny * halfWidth)), (gx - (nx * halfWidth), gy - (ny * halfWidth))),
            blade,
            Shading.Split(gx, gy, -nx, -ny));
        c.Fill(new Capsule(gx + (dx * 2), gy + (dy * 2), bx - (dx * 2), by - (dy * 2), 0.3), blade, Shading.Flat(Tone.Base));
        c.Fill(new Capsule(gx - dx, gy - dy, gx - (dx * 6), gy - (dy * 6), 1.2), SpriteSketch.Leather, Shading.Bevel);
        var guard = halfWidth + r.Range(2.5, 4.5);
        IShape guardShape = r.Chance(0.5)
            ? new Capsule(gx + (nx * guard), gy + (ny * guard), gx - (nx * guard), gy - (ny * guard), 1.3)
            : new Union(
                new Capsule(gx + (nx * guard) + (dx * 1.5), gy + (ny * guard) + (dy * 1.5), gx, gy, 1.1),
                new Capsule(gx - (nx * guard) + (dx * 1.5), gy - (ny * guard) + (dy * 1.5), gx, gy, 1.1));
        c.Fill(guardShape, hilt, Shading.Sphere, separate: true);
        c.Fill(Ellipse.Circle(gx - (dx * 7.4), gy - (dy * 7.4), 1.9), hilt, Shading.Sphere, separate: true);
        if (r.Chance(0.5))
        {
            c.Fill(Ellipse.Circle(gx, gy, 1.2), Ramp.From(new Hsv(r.Pick([350.0, 210, 140]), 0.75, 0.9)), Shading.Sphere);
        }
    }

    public static void Potion(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var liquid = Ramp.From(s.MainColour(new Hsv(352, 0.78, 0.9), new Hsv(214, 0.72, 0.92), new Hsv(108, 0.72, 0.82), new Hsv(285, 0.62, 0.82), new Hsv(32, 0.8, 0.96)));
        var glass = SpriteSketch.Glass;
        var round = r.Chance(0.55);
        var level = r.Range(0.35, 0.6);
        IShape bottle, inside;
        double neckTop;
        if (round)
        {
            var radius = r.Range(8.5, 10);
            var centreY = 30 - radius;
            neckTop = centreY - radius - r.Range(3.5, 5.5);
            bottle = new Union(Ellipse.Circle(0, centreY, radius), new Box(-2.6, neckTop, 2.6, centreY));
            inside = Ellipse.Circle(0, centreY, radius - 1.6);
            inside = inside.Within(new Box(-16, centreY - radius + (2 * radius * level), 16, 32));
        }
        else
        {
            var halfBase = r.Range(9, 11);
            neckTop = r.Range(6.5, 9);
            bottle = new Union(new Polygon((-2.6, 13), (2.6, 13), (halfBase, 27.5), (halfBase - 2, 29.8), (2 - halfBase, 29.8), (-halfBase, 27.5)), new Box(-2.6, neckTop, 2.6, 14));
            inside = new Polygon((-1.6, 14), (1.6, 14), (halfBase - 1.8, 27.3), (halfBase - 3, 28.4), (3 - halfBase, 28.4), (1.8 - halfBase, 27.3))
                .Within(new Box(-16, 14 + (14 * level), 16, 32));
        }
        c.FillCentred(bottle, glass, Shading.Sphere);
        c.FillCentred(inside, liquid, Shading.Sphere);
        c.FillCentred(new Box(-8, 0, 8, 32).Within(inside).Minus(inside.Offset(0, -1.1)), liquid, Shading.Flat(Tone.Light));
        for (var i = 0; i < 3; i++)
        {
            c.Fill(Ellipse.Circle(r.Range(-4, 4), 28 - r.Range(1, 6), r.Range(0.6, 1.1)).Within(inside), liquid, Shading.Flat(Tone.Highlight));
        }
        c.Fill(new Capsule(-5.5, 19.5, -6, 23.5, 0.7).Within(bottle), glass, Shading.Flat(Tone.Highlight));
        c.FillCentred(new Box(-3.7, neckTop - 0.5, 3.7, neckTop + 1.5), glass, Shading.Bevel, separate: true);
        c.FillCentred(new Box(-2.2, neckTop - 4, 2.2, neckTop - 0.5), SpriteSketch.Wood, Shading.Bevel, separate: true);
    }

    public static void Shield(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var field = Ramp.From(s.MainColour(new Hsv(218, 0.7, 0.76), new Hsv(0, 0.74, 0.78), new Hsv(135, 0.6, 0.6), new Hsv(278, 0.5, 0.64)));
        var charge = Ramp.From(s.SecondColour(r.Chance(0.6) ? new Hsv(46, 0.78, 0.96) : new Hsv(215, 0.04, 0.96)));
        var rim = r.Chance(0.5) ? SpriteSketch.Steel : SpriteSketch.Gold;
        if (r.Chance(0.3))
        {
            c.FillCentred(Ellipse.Circle(0, 16, 13.5), rim, Shading.Sphere);
            c.FillCentred(Ellipse.Circle(0, 16, 11.3), field, Shading.Sphere);
            c.FillCentred(new Difference(Ellipse.Circle(0, 16, 8.3), Ellipse.Circle(0, 16, 6.9)), charge, Shading.Flat(Tone.Base));
            c.FillCentred(Ellipse.Circle(0, 16, 3.3), rim, Shading.Sphere, separate: true);
            return;
        }
        var outer = new Polygon((-11.5, 3), (11.5, 3), (11.5, 14), (10, 20), (6, 25.5), (0, 29.5), (-6, 25.5), (-10, 20), (-11.5, 14));
        var inner = new Polygon((-9.5, 5), (9.5, 5), (9.5, 14), (8.2, 19.2), (4.8, 24), (0, 27.2), (-4.8, 24), (-8.2, 19.2), (-9.5, 14));
        c.FillCentred(outer, rim, Shading.Bevel);
        c.FillCentred(inner, field, Shading.Sphere);
        switch (r.Next(4))
        {
            case 0:
                c.FillCentred(new Union(new Box(-1.6, 5, 1.6, 27.5), new Box(-9.5, 11.5, 9.5, 14.6)).Within(inner), charge, Shading.Bevel);
                break;
            case 1:
                c.FillCentred(new Polygon((-9.5, 18), (0, 9), (9.5, 18), (9.5, 22), (0, 13), (-9.5, 22)).Within(inner), charge, Shading.Bevel);
                break;
            case 2:
                c.FillCentred(new Box(0, 5, 9.5, 28).Within(inner), charge, Shading.Sphere);
                break;
            default:
                c.FillCentred(Star(0, 15, 6, 2.6), charge, Shading.Bevel, separate: true);
                break;
        }
    }

    public static void Gem(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var gem = Ramp.From(s.MainColour(new Hsv(350, 0.8, 0.86), new Hsv(145, 0.75, 0.76), new Hsv(222, 0.78, 0.88), new Hsv(275, 0.55, 0.86), new Hsv(40, 0.85, 0.98), new Hsv(188, 0.25, 1)));
        if (r.Chance(0.6))
        {
            var width = r.Range(11, 13.5);
            var table = width * 0.45;
            var crownY = r.Range(11.5, 13);
            const double top = 6;
            const double culet = 28;
            c.FillCentred(new Polygon((-table, top), (table, top), (width, crownY), (0, culet), (-width, crownY)), gem, Shading.Flat(Tone.Base));
            c.Fill(new Polygon((-table, top), (-table * 0.3, top), (-width * 0.5, crownY), (-width, crownY)), gem, Shading.Flat(Tone.Highlight));
            c.Fill(new Polygon((-table * 0.3, top), (table, top), (width * 0.5, crownY), (-width * 0.5, crownY)), gem, Shading.Flat(Tone.Light));
            var pavilion = new[] { Tone.Light, Tone.Base, Tone.Light, Tone.Shadow };
            for (var i = 0; i < pavilion.Length; i++)
            {
                var (left, right) = (-width + (i * width * 0.5), -width + ((i + 1) * width * 0.5));
                c.Fill(new Polygon((left, crownY), (right, crownY), (0, culet)), gem, Shading.Flat(pavilion[i]));
            }
        }
        else
        {
            var half = r.Range(8, 10);
            var cut = half * 0.45;
            const double bevel = 3;
            var (top, bottom) = (4.0, 28.0);
            c.FillCentred(new Polygon((-half + cut, top), (half - cut, top), (half, top + cut), (half, bottom - cut), (half - cut, bottom), (-half + cut, bottom), (-half, bottom - cut), (-half, top + cut)), gem, Shading.Flat(Tone.Base));
            c.Fill(new Polygon((-half + cut, top), (half - cut, top), (half - bevel, top + bevel), (-half + bevel, top + bevel)), gem, Shading.Flat(Tone.Highlight));
            c.Fill(new Polygon((-half, top + cut), (-half + cut, top), (-half + bevel, top + bevel), (-half + bevel, bottom - bevel), (-half + cut, bottom), (-half, bottom - cut)), gem, Shading.Flat(Tone.Light));
            c.Fill(new Polygon((half, top + cut), (half, bottom - cut), (half - cut, bottom), (half - bevel, bottom - bevel), (half - bevel, top + bevel)), gem, Shading.Flat(Tone.Shadow));
            c.Fill(new Polygon((-half + bevel, bottom - bevel), (half - bevel, bottom - bevel), (half - cut, bottom), (-half + cut, bottom)), gem, Shading.Flat(Tone.Shadow));
            c.Fill(new Capsule(-half + bevel + 1.5, top + bevel + 6, -half + bevel + 4.5, top + bevel + 2, 0.6), gem, Shading.Flat(Tone.Highlight));
        }
        Sparkle(c, c.PixelX(-5.5), c.PixelY(9));
    }

    public static void Key(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var metal = Ramp.From(s.MainColour(new Hsv(44, 0.78, 0.94), new Hsv(210, 0.1, 0.84), new Hsv(30, 0.62, 0.74)));
        var bowY = r.Range(5.5, 6.5);
        var bowX = bowY * r.Range(1, 1.2);
        var bow = new Ellipse(0, 8.5, bowX, bowY).Minus(new Ellipse(0, 8.5, bowX - 3.2, bowY - 3.2));
        c.FillCentred(new Box(-1.4, 13, 1.4, 29.2), metal, Shading.Cylinder);
        c.Fill(new Box(1.4, 22.2, r.Range(4.5, 6), 24.6), metal, Shading.Bevel);
        c.Fill(new Box(1.4, 26.6, r.Range(3.8, 5.5), 29.2), metal, Shading.Bevel);
        c.FillCentred(bow, metal, Shading.Sphere, separate: true);
        c.FillCentred(new Box(-3, 14.4, 3, 16.6), metal, Shading.Bevel, separate: true);
    }

    public static void Chest(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var wood = Ramp.From(s.NamedColour ?? new Hsv(r.Range(20, 30), r.Range(0.55, 0.68), r.Range(0.5, 0.64)));
        var bands = Ramp.From(s.SecondColour(r.Chance(0.65) ? new Hsv(44, 0.78, 0.94) : new Hsv(212, 0.12, 0.74)));
        var body = new Box(-12.5, 16, 12.5, 28.5);
        var lid = new Union(new Box(-12.5, 10, 12.5, 16), new Ellipse(0, 10, 12.5, r.Range(3.5, 5.5)).Within(new Box(-16, 0, 16, 10)));
        c.FillCentred(body, wood, Shading.Bevel);
        foreach (var plankY in new[] { 19.8, 23.8 })
        {
            c.FillCentred(new Box(-12, plankY, 12, plankY + 0.5), wood, Shading.Flat(Tone.Shadow));
        }
        c.FillCentred(lid, wood, Shading.Bevel, separate: true);
        var bandX = r.Range(7.5, 9.5);
        c.FillPair(new Box(-bandX - 1.5, 0, -bandX + 1.1, 32).Within(lid.Or(body)), bands, Shading.Bevel);
        c.FillCentred(new Box(-12.5, 15, 12.5, 16.8), bands, Shading.Bevel, separate: true);
        c.FillCentred(new Box(-2.3, 13.4, 2.3, 19), bands, Shading.Bevel, separate: true);
        c.FillCentred(new Box(-0.6, 15.2, 0.6, 17.4), SpriteSketch.Ink, Shading.Flat(Tone.Base));
    }

    public static void Coin(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var metal = Ramp.From(s.MainColour(new Hsv(46, 0.82, 0.97), new Hsv(44, 0.75, 0.92)));
        var radiusX = r.Chance(0.3) ? r.Range(8.5, 10) : 12.5;
        var inner = new Ellipse(0, 16, radiusX - 2.4, 10.1);
        c.FillCentred(new Ellipse(0, 16, radiusX, 12.5), metal, Shading.Sphere);
        c.FillCentred(inner, metal, Shading.Flat(Tone.Base));
        c.Fill(inner.Minus(inner.Offset(1.2, 1.2)), metal, Shading.Flat(Tone.Shadow));
        c.Fill(inner.Minus(inner.Offset(-1.2, -1.2)), metal, Shading.Flat(Tone.Light));
        var emblem = r.Next(3) switch
        {
            0 => Star(0, 16, radiusX * 0.55, radiusX * 0.24),
            1 => HeartShape(0, 16.5, radiusX * 0.05),
            _ => new Polygon((-radiusX * 0.45, 19.5), (radiusX * 0.45, 19.5), (radiusX * 0.45, 12.5), (radiusX * 0.2, 15.5), (0, 11.5), (-radiusX * 0.2, 15.5), (-radiusX * 0.45, 12.5)),
        };
        c.Fill(emblem.Offset(1, 1), metal, Shading.Flat(Tone.Shadow));
        c.Fill(emblem, metal, Shading.Flat(Tone.Light));
        Sparkle(c, c.PixelX(-radiusX * 0.62), c.PixelY(8.5));
    }

    public static void Heart(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var colour = Ramp.From(s.MainColour(new Hsv(354, 0.8, 0.92), new Hsv(340, 0.55, 0.98)));
        var scale = r.Range(0.95, 1.12);
        c.FillCentred(HeartShape(0, 16, scale), colour, Shading.Sphere);
        c.Fill(new Ellipse(-5.8 * scale, 10.2, 2.2, 1.5), colour, Shading.Flat(Tone.Highlight));
        c.Fill(Ellipse.Circle(-8.3 * scale, 13.3, 0.8), colour, Shading.Flat(Tone.Highlight));
        if (s.Mood is SpriteMood.Evil or SpriteMood.Spooky)
        {
            c.Fill(new Union(new Capsule(0.5, 8.5, -1.5, 13, 0.5), new Capsule(-1.5, 13, 1.5, 17, 0.5), new Capsule(1.5, 17, -0.5, 22, 0.5)), colour, Shading.Flat(Tone.Outline));
        }
        else if (s.Mood != SpriteMood.Neutral)
        {
            s.Face(-3.5, 15, 18);
        }
    }

    private static IShape Star(double x, double y, double outer, double inner) =>
        new Polygon([.. StarDirections.Select((direction, i) =>
        {
            var radius = i % 2 == 0 ? outer : inner;
            return (x + (radius * direction.X), y + (radius * direction.Y));
        })]);

    private static IShape HeartShape(double x, double y, double scale) => new Union(
        Ellipse.Circle(x - (5.3 * scale), y - (4.5 * scale), 6.3 * scale),
        Ellipse.Circle(x + (5.3 * scale), y - (4.5 * scale), 6.3 * scale),
        new Polygon((x - (11.4 * scale), y - (3 * scale)), (x + (11.4 * scale), y - (3 * scale)), (x, y + (11.5 * scale))));

    private static void Sparkle(PixelCanvas c, int px, int py) =>
        c.Stamp(px - 1, py - 1, c.Size >= 32 ? [".o.", "ooo", ".o."] : ["o"], _ => new Rgba(255, 255, 255, 255), SpriteSketch.Ink);
}
