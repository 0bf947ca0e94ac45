using SpriteDX.Modules.Generation.Rendering.Designs.Plants;

namespace SpriteDX.Modules.Generation.Rendering.Designs.Effects;

/// <summary>
/// Effects as four-frame loops: flames sway and climb, portals and spell circles turn, sparkles twinkle, smoke rises.
/// Whatever turns advances by a whole period of its pattern over the four frames, so the loop has no seam; frame 0 is
/// drawn to stand on its own as a still sprite.
/// </summary>
internal static class EffectDesigns
{
    private static readonly Hsv Steam = new(215, 0.06, 0.8);
    private static readonly Hsv CloudWhite = new(210, 0.05, 0.98);

    public static IReadOnlyDictionary<string, Design> Subjects { get; } = new Dictionary<string, Design>
    {
        ["fire"] = new(Fire, Animation.Loop),
        ["fireball"] = new(Fireball, Animation.Loop),
        ["explosion"] = new(Explosion, Animation.Loop),
        ["lightning"] = new(Lightning, Animation.Loop),
        ["sparkle"] = new(Sparkle, Animation.Loop),
        ["campfire"] = new(Campfire, Animation.Loop),
        ["portal"] = new(Portal, Animation.Loop),
        ["smoke"] = new(Smoke, Animation.Loop),
        ["splash"] = new(Splash, Animation.Loop),
        ["tornado"] = new(Tornado, Animation.Loop),
        ["cloud"] = new(Cloud, Animation.Loop),
        ["bubble"] = new(Bubble, Animation.Loop),
        ["snowflake"] = new(Snowflake, Animation.Loop),
        ["sun"] = new(Sun, Animation.Loop),
        ["moon"] = new(Moon, Animation.Loop),
        ["rainbow"] = new(Rainbow, Animation.Loop),
        ["magic"] = new(Magic, Animation.Loop),
    };

    /// <summary>A colour the prompt names or a material it is made of, else one of the effect's own.</summary>
    private static Ramp Colour(SpriteSketch s, params Hsv[] defaults) =>
        s.NamedColour is null && s.Spec.Material is { } material && SpriteSketch.Materials.TryGetValue(material, out var ramp)
            ? ramp
            : Ramp.From(s.MainColour(defaults));

    /// <summary>A four-pointed twinkle; <paramref name="radius"/> 0 draws nothing, so twinkles can blink out between frames.</summary>
    private static void Twinkle(PixelCanvas c, Ramp ramp, double x, double y, double radius)
    {
        if (radius <= 0)
            return;
        if (radius < 2.2)
        {
            c.Stamp(c.PixelX(x) - 1, c.PixelY(y) - 1, c.Size >= 32 ? [".o.", "oOo", ".o."] : ["O"], symbol => symbol switch
            {
                'O' => ramp[Tone.Highlight],
                'o' => ramp[Tone.Light],
                _ => null,
            }, ramp);
            return;
        }
        c.Fill(Compass.Star(x, y, 4, radius, radius * 0.24), ramp, Shading.Flat(Tone.Light));
        c.Fill(Compass.Star(x, y, 4, radius * 0.55, radius * 0.16), ramp, Shading.Flat(Tone.Highlight));
    }

    public static void Fire(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var flames = FlamePalette.For(s);
        var width = r.Range(10, 11.5);
        Flames.Fire(c, flames, 0, 29.5, width, r.Range(23, 26), s.Frame);
        Flames.Embers(c, r, flames, 0, 12, 8, 10, s.Frame, 3);
        if (s.Mood != SpriteMood.Neutral)
            s.Face(-2.5, 21, 24);
    }

    public static void Campfire(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var flames = FlamePalette.For(s);
        var wood = Ramp.From(new Hsv(24, 0.58, 0.5));
        var stone = SpriteSketch.Stone;
        foreach (var x in new[] { -7.5, -2.5, 2.5, 7.5 })
            c.Fill(new Ellipse(x, 25.5, 2.6, 1.8), stone, Shading.Sphere);
        c.Fill(new Capsule(-9.5, 24.5, 9.5, 28.5, 2), wood, Shading.Cylinder);
        Flames.Fire(c, flames, 0, 26, 8.5, r.Range(19, 21), s.Frame);
        c.Fill(new Capsule(9.5, 24.5, -9.5, 28.5, 2), wood, Shading.Cylinder, separate: true);
        c.Fill(new Ellipse(-9.6, 28.4, 1.5, 1.9), SpriteSketch.Cream, Shading.Flat(Tone.Shadow));
        c.Fill(new Ellipse(9.6, 28.4, 1.5, 1.9), SpriteSketch.Cream, Shading.Flat(Tone.Shadow));
        foreach (var x in new[] { -12.5, -6.5, 0.0, 6.5, 12.5 })
            c.Fill(new Ellipse(x, 29.2, 2.9, 1.9), stone, Shading.Sphere, separate: true);
        Flames.Embers(c, r, flames, 0, 9, 7, 8, s.Frame, 3);
    }

    public static void Fireball(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var flames = FlamePalette.For(s);
        double[] stretch = [1, 0.88, 1.06, 0.94];
        double[] wag = [0, 1, 0, -1];
        var (x, y) = (-5.0, 21.0);
        const double ball = 7;
        var tail = r.Range(25, 27) * stretch[s.Frame];
        const int heading = 6;
        var lean = wag[s.Frame] * 1.5;
        c.Fill(new Turned(Flames.Tongue(x, y + ball, ball, tail, lean), x, y, heading), flames.Outer, Shading.Flat(Tone.Base));
        c.Fill(new Turned(Flames.Tongue(x, y + (ball * 0.72), ball * 0.72, tail * 0.68, lean * 0.7), x, y, heading), flames.Middle, Shading.Flat(Tone.Base));
        c.Fill(new Turned(Flames.Tongue(x, y + (ball * 0.45), ball * 0.45, tail * 0.4, lean * 0.5), x, y, heading), flames.Core, Shading.Flat(Tone.Light));
        c.Fill(Ellipse.Circle(x - 0.5, y + 0.5, 2.2), flames.Core, Shading.Flat(Tone.Highlight));
        for (var i = 0; i < 3; i++)
        {
            var along = ((s.Frame + (i * 1.4)) % 4) / 4;
            var (px, py) = (x + 11 + (along * 5) + r.Range(-1, 1) - (i * 2), y - 6 - (along * 5) + (i * 1.5));
            c.Fill(Ellipse.Circle(px, py, 1.2 - (along * 0.5)), flames.Middle, Shading.Flat(Tone.Light));
        }
    }

    public static void Explosion(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var blast = FlamePalette.For(s);
        var smoke = Ramp.From(new Hsv(230, 0.1, 0.55));
        double[] swell = [1, 1.08, 0.96, 1.04];
        var size = swell[s.Frame];
        var (x, y) = (0.0, 16.5);
        foreach (var (px, py, radius) in new[] { (-9.5, 9.5, 4.5), (10.0, 10.5, 4.0), (-10.0, 24.0, 4.0), (9.5, 24.5, 4.5) })
        {
            var drift = s.Frame * 0.6;
            c.Fill(Ellipse.Circle(px + Math.Sign(px) * drift, py + Math.Sign(py - y) * drift, radius), smoke, Shading.Sphere);
        }
        var turn = (s.Frame % 2) * 2;
        c.Fill(Compass.Star(x, y, 12, 14.5 * size, 9 * size, turn), blast.Outer, Shading.Flat(Tone.Base));
        c.Fill(Compass.Star(x, y, 12, 10.5 * size, 6.5 * size, turn + 2), blast.Middle, Shading.Flat(Tone.Base));
        c.Fill(Compass.Star(x, y, 6, 7 * size, 4.5 * size, turn + 4), blast.Core, Shading.Flat(Tone.Light));
        c.Fill(Ellipse.Circle(x, y, 2.6 * size), blast.Core, Shading.Flat(Tone.Highlight));
        for (var i = 0; i < 6; i++)
        {
            var (px, py) = Compass.Point(x, y, 13 + (s.Frame * 0.8), 13 + (s.Frame * 0.8), (i * 8) + 4 + r.Next(3));
            c.Fill(new Box(px - 0.6, py - 0.6, px + 0.6, py + 0.6), blast.Middle, Shading.Flat(Tone.Light));
        }
    }

    public static void Lightning(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var bolt = Colour(s, new Hsv(52, 0.85, 1), new Hsv(52, 0.85, 1), new Hsv(195, 0.55, 1), new Hsv(275, 0.45, 1));
        var jag = r.Range(-1, 1);
        var shape = new Polygon((-1, 1), (8.5, 1), (2.5, 12 + jag), (9, 12 + jag), (-5.5, 31), (-0.5, 17.5 + jag), (-7.5, 17.5 + jag));
        var flash = s.Frame == 1;
        if (s.Frame != 3)
        {
            var branches = SpriteRandom.For(s.Spec.SeedText + "#bolt", s.Frame);
            var from = (X: 4.5, Y: 8.0);
            var to = (X: 12 + branches.Range(-1.5, 1.5), Y: 14 + branches.Range(-2, 2));
            c.Fill(Branch(from, to, (to.X + 1.5, to.Y + 4)), bolt, Shading.Flat(Tone.Base));
            var low = (X: -2.5, Y: 22.0);
            var end = (X: -11 + branches.Range(-1.5, 1.5), Y: 24 + branches.Range(-2, 2));
            c.Fill(Branch(low, end, (end.X - 1, end.Y + 4)), bolt, Shading.Flat(Tone.Base));
        }
        c.Fill(shape, bolt, Shading.Flat(flash ? Tone.Light : Tone.Base));
        c.Fill(new Polygon((1, 2.5), (5.5, 2.5), (0.5, 13.5 + jag), (4.5, 13.5 + jag), (-3, 26)), bolt, Shading.Flat(flash ? Tone.Highlight : Tone.Light));
        foreach (var (px, py, phase) in new[] { (-9.0, 6.0, 0), (11.0, 25.0, 2), (-11.0, 14.0, 1) })
            Twinkle(c, bolt, px, py, (s.Frame + phase) % 4 == 0 ? 2 : (s.Frame + phase) % 4 == 2 ? 1 : 0);

        static IShape Branch(params (double X, double Y)[] points) =>
            new Union([.. points.Zip(points.Skip(1), (a, b) => (IShape)new Capsule(a.X, a.Y, b.X, b.Y, 0.7))]);
    }

    public static void Sparkle(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var glint = Colour(s, new Hsv(50, 0.6, 1), new Hsv(195, 0.4, 1), new Hsv(300, 0.3, 1));
        double[] big = [12.5, 10, 13.5, 10.5];
        double[] small = [4.5, 6, 3, 0];
        c.Fill(Compass.Star(0, 16, 4, big[s.Frame], big[s.Frame] * 0.2), glint, Shading.Flat(Tone.Base));
        c.Fill(Compass.Star(0, 16, 4, big[s.Frame] * 0.62, big[s.Frame] * 0.14), glint, Shading.Flat(Tone.Light));
        c.Fill(Ellipse.Circle(0, 16, 1.4), glint, Shading.Flat(Tone.Highlight));
        var spread = r.Range(0.9, 1.1);
        foreach (var (x, y, phase) in new[] { (-9.5, 6.5, 0), (9.5, 25.0, 2), (10.0, 7.0, 1), (-10.0, 24.5, 3) })
            Twinkle(c, glint, x * spread, y, small[(s.Frame + phase) % 4]);
    }

    public static void Portal(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var energy = Colour(s, new Hsv(275, 0.62, 0.92), new Hsv(190, 0.65, 0.95), new Hsv(130, 0.6, 0.85), new Hsv(15, 0.75, 0.95));
        var rim = Foliage.Part(s, "rim", new Hsv(250, 0.15, 0.5));
        var (rx, ry) = (r.Range(10, 11), 14.0);
        const double y = 16;
        c.FillCentred(new Ellipse(0, y, rx + 1.8, ry + 1.5), rim, Shading.Bevel);
        var inside = new Ellipse(0, y, rx, ry - 0.5);
        c.FillCentred(inside, energy, Shading.Flat(Tone.Shadow));
        var turn = s.Frame * 3;
        for (var arm = 0; arm < 4; arm++)
        {
            var points = Enumerable.Range(0, 6).Select(k => Compass.Point(0, y, rx * (0.15 + (k * 0.16)), ry * (0.15 + (k * 0.16)), (arm * 12) + turn + (k * 4))).ToArray();
            c.Fill(new Union([.. points.Zip(points.Skip(1), (a, b) => (IShape)new Capsule(a.X, a.Y, b.X, b.Y, 0.9))]).Within(inside), energy, Shading.Flat(arm % 2 == 0 ? Tone.Light : Tone.Base));
        }
        c.Fill(new Ellipse(0, y, 2.4, 3), energy, Shading.Flat(Tone.Highlight));
        for (var i = 0; i < 3; i++)
        {
            var (px, py) = Compass.Point(0, y, rx + 2.8, ry + 2, (i * 16) + (s.Frame * 4) + 2);
            Twinkle(c, energy, px, py, 1);
        }
    }

    public static void Smoke(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var smoke = Colour(s, Steam, new Hsv(230, 0.08, 0.62), new Hsv(30, 0.06, 0.85));
        const int puffs = 3;
        var drift = r.Chance(0.5) ? 1 : -1;
        var wisps = Enumerable.Range(0, puffs)
            .Select(k => (k + (s.Frame / 4.0)) / puffs)
            .OrderByDescending(rise => rise);
        foreach (var rise in wisps)
        {
            var x = drift * ((rise * 8) - 3);
            var y = 25.5 - (rise * 21);
            var radius = 3.6 + (rise * 3.8);
            var puff = new Union(
                Ellipse.Circle(x, y, radius),
                Ellipse.Circle(x - (drift * radius * 0.8), y + (radius * 0.4), radius * 0.62),
                Ellipse.Circle(x + (drift * radius * 0.75), y + (radius * 0.5), radius * 0.5));
            c.Fill(puff, smoke, Shading.Sphere);
        }
        c.Fill(new Union(new Ellipse(0, 28, 6.5, 2.4), Ellipse.Circle(-2, 26.5, 2.6), Ellipse.Circle(2.2, 26.8, 2.4)), smoke, Shading.Sphere, separate: true);
    }

    public static void Splash(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var water = Colour(s, new Hsv(205, 0.7, 0.95), new Hsv(190, 0.6, 0.92));
        double[] rise = [0, 1.5, 2.2, 1.2];
        c.FillCentred(new Ellipse(0, 27, 13, 3.2), water, Shading.Sphere);
        c.FillCentred(new Ellipse(0, 26.5, 9, 1.6), water, Shading.Flat(Tone.Shadow));
        var lift = rise[s.Frame];
        (double X, double Height, double Lean)[] crown = [(-8, 9, -3), (-3.5, 13, -1.5), (3.5, 12.5, 1.5), (8, 8.5, 3)];
        foreach (var (x, height, lean) in crown)
            c.Fill(Flames.Tongue(x, 27, 2, height + lift - (Math.Abs(x) > 5 ? lift * 0.5 : 0), lean), water, Shading.Split(x, 20, -1, -0.3));
        var spread = r.Range(0.9, 1.1);
        foreach (var (x, y, phase) in new[] { (-11.0, 11.0, 0), (11.0, 12.0, 2), (-5.0, 6.0, 1), (5.5, 5.0, 3), (0.0, 3.0, 2) })
        {
            var t = (s.Frame + phase) % 4;
            var (px, py) = ((x * spread) + (Math.Sign(x) * t * 0.8), y - (t * 1.2) + (t * t * 0.5));
            c.Fill(new Ellipse(px, py, 1.3, 1.6), water, Shading.Sphere);
        }
    }

    public static void Tornado(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var wind = Colour(s, new Hsv(215, 0.12, 0.72), new Hsv(200, 0.2, 0.8), new Hsv(30, 0.2, 0.6));
        double[] sway = [0, 1.4, 0, -1.4];
        const int bands = 8;
        for (var i = 0; i < bands; i++)
        {
            var along = i / (double)(bands - 1);
            var x = sway[(s.Frame + i) % 4] * along * 1.6;
            var y = 5 + (i * 3.2);
            var radius = 13 - (along * 10.5);
            c.Fill(new Ellipse(x, y, radius, 2.1), wind, Shading.Flat(i % 2 == 0 ? Tone.Base : Tone.Light), separate: true);
        }
        c.Fill(new Ellipse(sway[(s.Frame + 7) % 4] * 1.6, 29.5, 3, 1.2), wind, Shading.Flat(Tone.Shadow));
        var debris = Ramp.From(new Hsv(28, 0.5, 0.45));
        for (var i = 0; i < 3; i++)
        {
            var (px, py) = Compass.Point(0, 10 + (i * 7), 12 - (i * 3), 2.5, (s.Frame * 12) + (i * 16) + r.Next(4));
            c.Fill(new Box(px - 0.7, py - 0.7, px + 0.7, py + 0.7), debris, Shading.Flat(Tone.Base));
        }
    }

    public static void Cloud(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var stormy = s.Spec.Variant is { } variant && (variant.Contains("rain", StringComparison.OrdinalIgnoreCase) || variant.Contains("storm", StringComparison.OrdinalIgnoreCase));
        var cloud = Colour(s, stormy ? new Hsv(225, 0.12, 0.6) : CloudWhite);
        double[] bob = [0, -0.6, -1.2, -0.6];
        var y = (stormy ? 13 : 17) + bob[s.Frame];
        var puff = r.Range(-0.8, 0.8);
        var shape = new Union(Ellipse.Circle(-6.5, y, 6), Ellipse.Circle(1.5, y - 3 + puff, 7.5), Ellipse.Circle(8.5, y + 1, 5), new Capsule(-10, y + 3, 10.5, y + 3, 4));
        c.Fill(shape, cloud, Shading.Sphere);
        c.Fill(new Capsule(-9, y + 5.5, 10, y + 5.5, 1.4).Within(shape), cloud, Shading.Flat(Tone.Shadow));
        if (stormy)
        {
            var rain = Ramp.From(new Hsv(205, 0.6, 0.95));
            for (var i = 0; i < 5; i++)
            {
                var drop = ((s.Frame + i) % 4) * 2.5;
                var x = -8 + (i * 4);
                c.Fill(new Capsule(x, y + 10 + drop, x - 0.8, y + 12 + drop, 0.5), rain, Shading.Flat(Tone.Light));
            }
        }
        if (s.Mood != SpriteMood.Neutral)
            s.Face(-3, y + 1, y + 3.5);
    }

    public static void Bubble(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var film = Colour(s, new Hsv(195, 0.35, 0.98), new Hsv(195, 0.35, 0.98), new Hsv(290, 0.25, 0.98));
        double[] drift = [0, 0.8, 0, -0.8];
        (double X, double Y, double Radius, int Phase)[] bubbles = [(-2, 18.5, 8.5, 0), (8.5, 6.5, 3.8, 1), (-10, 6, 3, 2), (9.5, 22, 2.5, 3)];
        foreach (var (x, y, radius, phase) in bubbles)
        {
            var (px, py) = (x + drift[(s.Frame + phase) % 4], y - (((s.Frame + phase) % 4) * (radius < 5 ? 1 : 0.5)));
            var ball = Ellipse.Circle(px, py, radius);
            c.Fill(ball, film, Shading.Flat(Tone.Highlight));
            c.Fill(ball.Minus(Ellipse.Circle(px + 0.7, py + 0.7, radius - 1.4)), film, Shading.Flat(Tone.Light));
            c.Fill(ball.Minus(Ellipse.Circle(px - 0.9, py - 0.9, radius - 0.6)), film, Shading.Flat(Tone.Base));
            c.Fill(new Ellipse(px - (radius * 0.42), py - (radius * 0.42), radius * 0.26, radius * 0.2), film, Shading.Flat(Tone.Light));
            Foliage.Dots(c, [(px - (radius * 0.45), py - (radius * 0.45))], new Rgba(255, 255, 255, 255), film);
        }
    }

    public static void Snowflake(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var ice = Colour(s, new Hsv(200, 0.35, 1), new Hsv(190, 0.25, 1));
        const double y = 16;
        var reach = r.Range(12.5, 13.5);
        var turn = s.Frame * 2;
        var arms = new List<IShape>();
        for (var arm = 0; arm < 6; arm++)
        {
            var step = (arm * 8) + turn + 36;
            var (tx, ty) = Compass.Point(0, y, reach, reach, step);
            arms.Add(new Capsule(0, y, tx, ty, 1));
            var (bx, by) = Compass.Point(0, y, reach * 0.55, reach * 0.55, step);
            foreach (var side in new[] { -6, 6 })
            {
                var (ex, ey) = Compass.Point(bx, by, reach * 0.32, reach * 0.32, step + side);
                arms.Add(new Capsule(bx, by, ex, ey, 0.8));
            }
        }
        c.Fill(new Union([.. arms]), ice, Shading.Flat(Tone.Base));
        c.Fill(Compass.Ring(0, y, 3.2, 3.2, 6, turn), ice, Shading.Flat(Tone.Light));
        c.Fill(Ellipse.Circle(0, y, 1.2), ice, Shading.Flat(Tone.Highlight));
    }

    public static void Sun(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var sun = Colour(s, new Hsv(46, 0.85, 1), new Hsv(36, 0.85, 1));
        const double y = 16;
        var core = r.Range(7.5, 8.5);
        for (var ray = 0; ray < 12; ray++)
        {
            var step = (ray * 4) + s.Frame;
            var (dx, dy) = Compass.Direction(step);
            var (bx, by) = (dx * (core + 1), y + (dy * (core + 1)));
            var length = ray % 2 == 0 ? 14.5 : 12.5;
            c.Fill(new Polygon((bx - (dy * 2), by + (dx * 2)), (dx * length, y + (dy * length)), (bx + (dy * 2), by - (dx * 2))), sun, Shading.Flat(Tone.Light));
        }
        c.Fill(Ellipse.Circle(0, y, core), sun, Shading.Sphere, separate: true);
        if (s.Mood != SpriteMood.Neutral)
            s.Face(-3, y - 0.5, y + 2.5);
    }

    public static void Moon(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var moon = Colour(s, new Hsv(52, 0.3, 1), new Hsv(210, 0.08, 0.96));
        var bite = r.Range(5, 6.5);
        var crescent = Ellipse.Circle(-2, 16, 11.5).Minus(Ellipse.Circle(-2 + bite, 13, 10));
        c.Fill(crescent, moon, Shading.Sphere);
        foreach (var (x, y, radius) in new[] { (-8.5, 18.0, 1.5), (-5.5, 23.5, 1.2), (-10.0, 12.0, 0.9) })
            c.Fill(Ellipse.Circle(x, y, radius).Within(crescent), moon, Shading.Flat(Tone.Shadow));
        double[] blink = [2.2, 1, 0, 1];
        foreach (var (x, y, phase) in new[] { (9.0, 9.0, 0), (12.0, 19.0, 2), (5.0, 25.0, 1) })
            Twinkle(c, Ramp.From(new Hsv(52, 0.5, 1)), x, y, blink[(s.Frame + phase) % 4]);
        if (s.Mood != SpriteMood.Neutral)
            s.Eyes(-10.5, 15);
    }

    public static void Rainbow(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        Hsv[] bands = [new(0, 0.75, 0.95), new(28, 0.85, 1), new(52, 0.8, 1), new(120, 0.6, 0.8), new(205, 0.7, 0.95), new(275, 0.55, 0.85)];
        const double y = 24;
        const double width = 1.75;
        var outer = r.Range(13.5, 14.5);
        var sky = new Box(-16, 0, 16, y);
        for (var i = 0; i < bands.Length; i++)
        {
            var radius = outer - (i * width);
            var band = Ellipse.Circle(0, y, radius).Minus(Ellipse.Circle(0, y, radius - width)).Within(sky);
            c.FillCentred(band, Ramp.From(bands[i]), Shading.Flat((i + s.Frame) % 4 == 0 ? Tone.Light : Tone.Base));
        }
        var cloud = Ramp.From(CloudWhite);
        foreach (var side in new[] { -1, 1 })
        {
            var x = side * (outer - (bands.Length * width / 2));
            c.Fill(new Union(Ellipse.Circle(x - 2.5, y + 1.5, 3.2), Ellipse.Circle(x + 1, y, 3.8), Ellipse.Circle(x + 3.8, y + 2, 2.6), new Capsule(x - 4, y + 3, x + 5, y + 3, 1.8)), cloud, Shading.Sphere, separate: true);
        }
        var glint = Ramp.From(new Hsv(52, 0.3, 1));
        for (var i = 0; i < 2; i++)
        {
            var (px, py) = Compass.Point(0, y, outer - 4, outer - 4, 30 + (i * 12) + (s.Frame * 3));
            Twinkle(c, glint, px, py, 1);
        }
    }

    public static void Magic(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var glow = Colour(s, new Hsv(275, 0.6, 0.95), new Hsv(190, 0.65, 0.98), new Hsv(330, 0.55, 0.98), new Hsv(48, 0.75, 1));
        const double y = 16;
        var outer = r.Range(13.2, 14);
        c.Fill(Ellipse.Circle(0, y, outer).Minus(Ellipse.Circle(0, y, outer - 1.3)), glow, Shading.Flat(Tone.Base));
        // At 16 px the inner ring and runes would fill the circle in; the ring and the star still read.
        var detailed = c.Size >= 32;
        if (detailed)
            c.Fill(Ellipse.Circle(0, y, outer - 4).Minus(Ellipse.Circle(0, y, outer - 5)), glow, Shading.Flat(Tone.Base));
        for (var rune = 0; detailed && rune < 12; rune++)
        {
            var (px, py) = Compass.Point(0, y, outer - 2.5, outer - 2.5, (rune * 4) - s.Frame);
            c.Fill(new Box(px - 0.6, py - 0.6, px + 0.6, py + 0.6), glow, Shading.Flat(rune % 3 == 0 ? Tone.Highlight : Tone.Light));
        }
        var turn = s.Frame * 2;
        var star = new List<IShape>();
        foreach (var start in new[] { 36, 44 })
        {
            var corners = Enumerable.Range(0, 3).Select(i => Compass.Point(0, y, outer - 5, outer - 5, start + turn + (i * 16))).ToArray();
            for (var i = 0; i < 3; i++)
                star.Add(new Capsule(corners[i].X, corners[i].Y, corners[(i + 1) % 3].X, corners[(i + 1) % 3].Y, 0.55));
        }
        c.Fill(new Union([.. star]), glow, Shading.Flat(Tone.Light));
        c.Fill(Ellipse.Circle(0, y, 2.2), glow, Shading.Flat(Tone.Highlight));
        foreach (var (x, phase) in new[] { (-9.0, 0), (9.0, 2), (0.0, 1) })
        {
            var climb = ((s.Frame + phase) % 4) * 1.6;
            Twinkle(c, glow, x, 2.5 + climb + (x == 0 ? 0 : 3), 1);
        }
    }
}
