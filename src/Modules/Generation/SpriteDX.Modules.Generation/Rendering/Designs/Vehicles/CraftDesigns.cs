using SpriteDX.Modules.Generation.Rendering.Designs.Buildings;

namespace SpriteDX.Modules.Generation.Rendering.Designs.Vehicles;

/// <summary>Vehicles of water, air and space: boats and planes from the side facing right, rockets and balloons upright.</summary>
internal static class CraftDesigns
{
    private static readonly Hsv Canvas = new(40, 0.14, 0.96);
    private static readonly Hsv PirateBlack = new(240, 0.12, 0.17);
    private static readonly Hsv White = new(210, 0.05, 0.96);

    public static void Boat(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var hull = Ramp.From(s.PartColour("hull", s.NamedColour ?? s.MaterialOr(SpriteSketch.Wood).Colour));
        var sail = Ramp.From(s.PartColour("sail", s.SecondColour(r.Chance(0.7) ? Canvas : new Hsv(2, 0.7, 0.88))));
        var wood = SpriteSketch.Wood;
        var mastX = r.Range(-1.5, 0.5);
        c.Fill(new Box(mastX - 0.6, 3, mastX + 0.6, 20), wood, Shading.Bevel);
        c.Fill(new Polygon((mastX - 0.8, 3.5), (mastX - 0.8, 18), (mastX - 12, 18)), sail, Shading.Split(mastX - 6, 12, -1, -0.3), separate: true);
        c.Fill(new Polygon((mastX + 0.8, 5.5), (mastX + 0.8, 18), (mastX + 10, 18)), sail, Shading.Split(mastX + 4, 13, -1, -0.3), separate: true);
        c.Fill(new Polygon((mastX + 0.6, 3), (mastX + 4.5, 3.9), (mastX + 0.6, 4.8)), Ramp.From(new Hsv(2, 0.75, 0.9)), Shading.Flat(Tone.Base));
        var shape = new Polygon((-13.5, 19.5), (14.5, 18.3), (12, 23.5), (9, 26.5), (-9.5, 26.5), (-12.2, 23.5));
        c.Fill(shape, hull, Shading.Bevel, separate: true);
        Textures.Paint(s, Textures.Rows(s, 2.6, 19.8), shape, hull);
        c.Fill(new Polygon((-13.5, 19.5), (14.5, 18.3), (14.3, 19.6), (-13.3, 20.6)), hull, Shading.Flat(Tone.Light));
        Waves(s, level: 27.5);
    }

    public static void Ship(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var pirate = s.Spec.Variant == "pirate";
        var hull = Ramp.From(s.PartColour("hull", s.NamedColour ?? s.MaterialOr(Ramp.From(pirate ? new Hsv(20, 0.55, 0.38) : SpriteSketch.Wood.Colour)).Colour));
        var sail = Ramp.From(s.PartColour("sail", pirate ? PirateBlack : Canvas));
        var trim = Ramp.From(s.SecondColour(pirate ? new Hsv(44, 0.7, 0.85) : new Hsv(44, 0.78, 0.94)));
        var wood = SpriteSketch.Wood;
        c.Fill(new Capsule(11, 16, 15.5, 11.5, 0.6), wood, Shading.Flat(Tone.Base));
        c.Fill(new Capsule(15.5, 11.5, 5.5, 3, 0.3), wood, Shading.Flat(Tone.Shadow));
        var masts = new[] { (X: -4.5, Top: 2.5), (X: 5.0, Top: 4.5) };
        foreach (var (x, top) in masts)
            c.Fill(new Box(x - 0.6, top, x + 0.6, 18), wood, Shading.Bevel);
        foreach (var (x, top) in masts)
        {
            var upper = new Polygon((x - 4, top + 2.5), (x + 4, top + 2.5), (x + 4.6, top + 7.5), (x, top + 8.2), (x - 4.6, top + 7.5));
            var lower = new Polygon((x - 5, top + 9.2), (x + 5, top + 9.2), (x + 5.6, top + 14.5), (x, top + 15.3), (x - 5.6, top + 14.5));
            c.Fill(upper, sail, Shading.Sphere, separate: true);
            c.Fill(lower, sail, Shading.Sphere, separate: true);
            if (pirate && x < 0)
                Skull(s, x, top + 12);
        }
        var flagTop = masts[0].Top;
        var flag = pirate ? Ramp.From(PirateBlack) : Ramp.From(s.PartColour("flag", new Hsv(2, 0.75, 0.9)));
        c.Fill(new Polygon((masts[0].X + 0.6, flagTop - 1.5), (masts[0].X + 5.5, flagTop - 0.7), (masts[0].X + 5, flagTop + 1.5), (masts[0].X + 0.6, flagTop + 1.5)), flag, Shading.Flat(Tone.Base), separate: true);
        c.Fill(new Box(masts[0].X - 0.6, flagTop - 2, masts[0].X + 0.6, flagTop), wood, Shading.Bevel);
        var shape = new Polygon((-15.5, 13.5), (-10, 13.5), (-9.5, 17), (11, 17), (15, 15.5), (13, 22), (10.5, 26.5), (-11.5, 26.5), (-14.5, 21.5));
        c.Fill(shape, hull, Shading.Bevel, separate: true);
        Textures.Paint(s, Textures.Rows(s, 2.4, 17.5), shape, hull);
        c.Fill(new Union(new Box(-15.5, 13.5, -9.8, 14.5), new Polygon((-9.5, 17), (11, 17), (15, 15.5), (14.7, 16.6), (11, 18.2), (-9.5, 18.2))), trim, Shading.Flat(Tone.Base));
        foreach (var x in new[] { -7.5, -2.5, 2.5, 7.5 })
            c.Fill(new Box(x - 0.9, 20, x + 0.9, 21.6), VehicleParts.Dark, Shading.Flat(Tone.Base));
        if (r.Chance(0.5) || s.Spec.Has("glow"))
            c.Fill(new Box(-14.5, 11, -13, 13.2), VehicleParts.Lamp, Shading.Flat(Tone.Light), separate: true);
        Waves(s, level: 27.5);
    }

    public static void Submarine(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var paint = Ramp.From(s.PartColour("hull", s.MainColour(new Hsv(48, 0.85, 0.96), new Hsv(210, 0.15, 0.55), new Hsv(2, 0.7, 0.78), new Hsv(165, 0.5, 0.6))));
        var glass = VehicleParts.Glass(s);
        c.Fill(new Polygon((-12, 20), (-15.5, 14.5), (-13.5, 14.5), (-9, 19)), paint, Shading.Bevel);
        c.Fill(new Polygon((-12, 20), (-15.5, 25.5), (-13.5, 25.5), (-9, 21)), paint, Shading.Bevel);
        c.Fill(new Ellipse(-15, 20, 0.9, 3.2), SpriteSketch.Steel, Shading.Sphere);
        c.Fill(new Box(-1, 5, 0.2, 11), SpriteSketch.Steel, Shading.Bevel);
        c.Fill(new Box(-1, 4.5, 2.5, 5.8), SpriteSketch.Steel, Shading.Bevel);
        c.Fill(new Polygon((-5.5, 16), (-4.5, 10), (3, 10), (4.5, 16)), paint, Shading.Bevel);
        var body = new Capsule(-10, 20, 10, 20, 5.6);
        c.Fill(body, paint, Shading.Sphere, separate: true);
        c.Fill(new Box(-16, 23.5, 16, 24.5).Within(body), paint, Shading.Flat(Tone.Shadow));
        var portholes = r.Chance(0.5) ? new[] { -5.0, 0.0, 5.0 } : [-4.0, 2.0];
        foreach (var x in portholes)
            VehicleParts.Porthole(s, x, 19.5, 1.9, SpriteSketch.Steel, glass);
        if (s.Spec.Has("glow") || r.Chance(0.4))
            c.Fill(Ellipse.Circle(14.6, 19, 1.1), VehicleParts.Lamp, Shading.Flat(Tone.Highlight), separate: true);
    }

    public static void Spaceship(SpriteSketch s)
    {
        if (s.Spec.Variant is "saucer" or "ufo")
        {
            Saucer(s);
            return;
        }
        var (r, c) = (s.Random, s.Canvas);
        var paint = Ramp.From(s.PartColour("hull", s.MainColour(new Hsv(212, 0.08, 0.9), new Hsv(2, 0.7, 0.85), new Hsv(215, 0.65, 0.8), new Hsv(280, 0.45, 0.7))));
        var accent = Ramp.From(s.SecondColour(r.Pick([new Hsv(2, 0.78, 0.9), new Hsv(28, 0.9, 0.98), new Hsv(205, 0.75, 0.9)])));
        var nozzle = Ramp.From(s.PartColour("thrusters", new Hsv(220, 0.15, 0.45)).With(value: 0.5));
        VehicleParts.Flame(s, -11, 16.2, -1, 0, 5, 2.9);
        c.Fill(new Box(-11.5, 13.2, -8, 19.2), nozzle, Shading.Bevel);
        c.Fill(new Polygon((-8.5, 13.5), (-4, 12.5), (-8, 4.5), (-10.5, 4.5)), accent, Shading.Bevel);
        var fuselage = new Polygon((-9, 13.5), (-6, 11.8), (4, 11.8), (15.5, 16.2), (4, 20.2), (-6, 20.2), (-9, 18.8));
        c.Fill(fuselage, paint, Shading.Bevel, separate: true);
        c.Fill(new Polygon((-6, 16.5), (12, 16.5), (15.5, 16.2), (11, 17.8), (-6, 17.8)), accent, Shading.Flat(Tone.Base));
        VehicleParts.Pane(s, new Ellipse(3, 12, 4.2, 2.6).Within(new Box(-16, 0, 16, 12.6)), VehicleParts.Glass(s));
        var wing = new Polygon((-7, 18.5), (3, 18.5), (-2.5, 27.5), (-8.5, 27.5));
        c.Fill(wing, paint, Shading.Bevel, separate: true);
        c.Fill(new Polygon((-8.5, 26), (-2, 26), (-2.5, 27.5), (-8.5, 27.5)), accent, Shading.Flat(Tone.Base));
        c.Fill(new Box(-1, 24, 6, 25), SpriteSketch.Steel, Shading.Bevel, separate: true);
        if (s.Spec.Has("glow"))
            c.Fill(Ellipse.Circle(15, 16.2, 0.9), VehicleParts.Lamp, Shading.Flat(Tone.Highlight));
    }

    public static void Saucer(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var paint = Ramp.From(s.PartColour("hull", s.MainColour(new Hsv(210, 0.06, 0.85), new Hsv(150, 0.4, 0.7), new Hsv(280, 0.35, 0.75))));
        var glass = Ramp.From(s.PartColour("windows", new Hsv(175, 0.4, 0.92)));
        var lights = Ramp.From(s.PartColour("thrusters", s.SecondColour(new Hsv(50, 0.75, 1))));
        if (s.Spec.Has("glow") || r.Chance(0.4))
            c.FillCentred(new Polygon((-5, 23), (5, 23), (10, 31), (-10, 31)), Ramp.From(lights.Colour.With(saturation: 0.35, value: 1)), Shading.Flat(Tone.Base));
        c.FillCentred(new Ellipse(0, 22.5, 7.5, 2.8), paint, Shading.Sphere);
        c.FillCentred(new Ellipse(0, 15, 8, 7.5).Within(new Box(-16, 0, 16, 18.5)), glass, Shading.Sphere);
        if (r.Chance(0.6))
        {
            var alien = Ramp.From(new Hsv(110, 0.6, 0.75));
            c.FillCentred(new Ellipse(0, 14.5, 3, 3.4), alien, Shading.Sphere);
            c.FillCentred(new Ellipse(-1.3, 14.2, 0.8, 1.1).Or(new Ellipse(1.3, 14.2, 0.8, 1.1)), VehicleParts.Dark, Shading.Flat(Tone.Base));
        }
        c.FillCentred(new Ellipse(0, 19.5, 15, 4.2), paint, Shading.Sphere, separate: true);
        c.FillCentred(new Box(-15, 19.8, 15, 20.6).Within(new Ellipse(0, 19.5, 15, 4.2)), paint, Shading.Flat(Tone.Shadow));
        foreach (var x in new[] { -10.0, -5.0, 0.0, 5.0, 10.0 })
            c.Fill(Ellipse.Circle(x, 21.2, 1.1), lights, Shading.Flat(Tone.Light));
    }

    public static void Rocket(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var paint = Ramp.From(s.PartColour("hull", s.MainColour(White, new Hsv(210, 0.1, 0.85))));
        var trim = Ramp.From(s.SecondColour(s.NamedColour is { } named && (named.Hue < 20 || named.Hue > 340) && named.Saturation > 0.4 ? White : new Hsv(2, 0.78, 0.9)));
        var width = r.Range(5.5, 6.5);
        VehicleParts.Flame(s, 0, 26.5, 0, 1, 5, 3);
        c.FillCentred(new Box(-3.4, 24.5, 3.4, 27), SpriteSketch.Steel, Shading.Cylinder);
        c.FillPair(new Polygon((-width + 1, 16.5), (-width + 1, 25), (-width - 4, 28.5), (-width - 4, 23.5)), trim, Shading.Bevel);
        var body = new Ellipse(0, 17, width, 14.5).Within(new Box(-16, 0, 16, 25.5));
        c.FillCentred(body, paint, Shading.Cylinder, separate: true);
        c.FillCentred(body.Within(new Box(-16, 0, 16, 8.5)), trim, Shading.Cylinder);
        c.FillCentred(new Box(-8, 20.5, 8, 22).Within(body), trim, Shading.Cylinder);
        VehicleParts.Porthole(s, 0, 13.5, 2.6, SpriteSketch.Steel, VehicleParts.Glass(s));
        c.FillCentred(new Box(-0.6, 19, 0.6, 27).Within(body), trim, Shading.Flat(Tone.Shadow));
    }

    public static void Airplane(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var propeller = r.Chance(0.5);
        var paint = Ramp.From(s.MainColour(propeller ? [new Hsv(2, 0.75, 0.88), new Hsv(46, 0.85, 0.97), new Hsv(205, 0.7, 0.85)] : [White, new Hsv(210, 0.08, 0.88)]));
        var accent = Ramp.From(s.SecondColour(r.Pick([new Hsv(215, 0.75, 0.8), new Hsv(2, 0.78, 0.88), new Hsv(28, 0.9, 0.98)])));
        var glass = VehicleParts.Glass(s);
        c.Fill(new Polygon((-15, 14), (-11, 14), (-13, 6.5), (-15.3, 6.5)), accent, Shading.Bevel);
        var fuselage = new Union(new Capsule(-7, 16.5, 11.5, 16.5, 3.5), new Polygon((-8, 13), (-8, 20), (-15.3, 16.2), (-15.3, 14)));
        c.Fill(fuselage, paint, Shading.Bevel, separate: true);
        c.Fill(new Polygon((-15.3, 16.2), (-8, 18.5), (12, 18.5), (14.5, 17.8), (13.5, 19.3), (-8, 20), (-15.3, 16.6)), accent, Shading.Flat(Tone.Base));
        c.Fill(new Ellipse(-11.5, 16.5, 3.5, 1.1), accent, Shading.Bevel, separate: true);
        if (propeller)
        {
            VehicleParts.Pane(s, new Polygon((1, 13.2), (5, 13.2), (6.5, 11), (2, 11)), glass);
            c.Fill(Ellipse.Circle(14.5, 16.5, 1.3), SpriteSketch.Steel, Shading.Sphere, separate: true);
            c.Fill(new Ellipse(15.2, 16.5, 0.8, 7), Ramp.From(new Hsv(220, 0.1, 0.6)), Shading.Flat(Tone.Base));
        }
        else
        {
            for (var x = -6.0; x <= 6; x += 2.2)
                c.Fill(new Box(x, 15, x + 1, 16.2), glass, Shading.Flat(Tone.Shadow));
            VehicleParts.Pane(s, new Polygon((10.5, 14.2), (13, 14.2), (14.2, 15.6), (10.5, 15.6)), glass);
        }
        var wing = new Polygon((-3, 17.5), (3.5, 17.5), (-1.5, 25.5), (-5, 25.5));
        c.Fill(wing, paint, Shading.Bevel, separate: true);
        if (!propeller)
            c.Fill(new Capsule(-1.5, 21.5, 3, 21.5, 1.4), SpriteSketch.Steel, Shading.Bevel, separate: true);
    }

    public static void Helicopter(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var paint = Ramp.From(s.MainColour(new Hsv(2, 0.78, 0.85), new Hsv(46, 0.85, 0.96), new Hsv(205, 0.7, 0.8), new Hsv(95, 0.4, 0.48)));
        var blades = VehicleParts.Chassis;
        c.Fill(new Union(new Box(-3, 27, 13, 28.2), new Capsule(13, 27.6, 14.5, 26, 0.6)), blades, Shading.Bevel);
        c.Fill(new Union(new Box(0, 23, 1, 27.5), new Box(9, 23, 10, 27.5)), blades, Shading.Bevel);
        c.Fill(new Polygon((0, 14.5), (0, 20), (-13, 17.8), (-13, 16.2)), paint, Shading.Bevel);
        c.Fill(new Polygon((-15.5, 11), (-13, 11), (-11.5, 18), (-14.5, 18)), paint, Shading.Bevel, separate: true);
        c.Fill(new Union(new Capsule(-13.5, 9.5, -13.5, 16.5, 0.6), new Capsule(-17, 13, -10, 13, 0.6)), blades, Shading.Flat(Tone.Base));
        c.Fill(new Box(3.6, 8.5, 5.2, 12.5), blades, Shading.Bevel);
        var cabin = new Ellipse(5, 18, 8, 6.2);
        c.Fill(cabin, paint, Shading.Sphere, separate: true);
        VehicleParts.Pane(s, new Ellipse(8, 17, 5, 4).Within(new Box(6, 0, 16, 18.5)).Within(cabin), VehicleParts.Glass(s));
        c.Fill(new Box(-1, 16.8, 5, 19.5), paint, Shading.Flat(Tone.Shadow));
        c.Fill(new Box(-0.6, 17.2, 4.4, 19.1), VehicleParts.Glass(s), Shading.Flat(Tone.Shadow));
        var span = r.Range(13, 15.5);
        c.Fill(new Box(4.4 - span, 7.4, Math.Min(15.5, 4.4 + span), 7.4 + Math.Max(1.2, Textures.Pixel(s))), blades, Shading.Bevel);
    }

    public static void HotAirBalloon(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var main = s.MainColour(new Hsv(2, 0.78, 0.9), new Hsv(205, 0.7, 0.85), new Hsv(280, 0.5, 0.75), new Hsv(145, 0.6, 0.65));
        var second = s.SecondColour(r.Pick([new Hsv(46, 0.85, 0.98), White, new Hsv(28, 0.85, 0.97)]));
        var envelope = new Union(new Ellipse(0, 11, 12, 10.5), new Polygon((-10.3, 16), (10.3, 16), (4, 23.5), (-4, 23.5)));
        var (mainRamp, secondRamp) = (Ramp.From(main), Ramp.From(second));
        c.FillPair(new Capsule(-4, 23, -3, 26.5, 0.4), SpriteSketch.Wood, Shading.Flat(Tone.Shadow));
        c.FillCentred(envelope, mainRamp, Shading.Sphere);
        foreach (var (inner, outer) in new[] { (2.6, 5.6), (8.6, 12.0) })
            c.FillCentred(new Ellipse(0, 11, outer, 11.5).Minus(new Ellipse(0, 11, inner, 11.5)).Within(envelope), secondRamp, Shading.Sphere);
        c.FillCentred(new Box(-4.5, 22.3, 4.5, 23.8), SpriteSketch.Leather, Shading.Bevel);
        if (s.Spec.Has("fire") || s.Spec.Has("glow"))
            c.FillCentred(new Ellipse(0, 24.5, 1.2, 1.6), SpriteSketch.Flame, Shading.Flat(Tone.Light));
        var basket = new Box(-3.6, 26, 3.6, 30);
        c.FillCentred(basket, SpriteSketch.Wood, Shading.Bevel, separate: true);
        Textures.Paint(s, Textures.Rows(s, 1.5, 26.5), basket, SpriteSketch.Wood);
    }

    /// <summary>A strip of water under a floating vessel so it sits on the sea rather than in the air.</summary>
    private static void Waves(SpriteSketch s, double level)
    {
        var water = Ramp.From(s.PartColour("liquid", new Hsv(205, 0.7, 0.85)));
        var c = s.Canvas;
        c.Fill(new Union(new Capsule(-13, level, 13, level, 1.6), Ellipse.Circle(-8, level - 1, 1.6), Ellipse.Circle(1, level - 1, 1.6), Ellipse.Circle(10, level - 1, 1.6)), water, Shading.Bevel);
        c.Fill(new Union(new Capsule(-9.5, level - 1.6, -6.5, level - 1.6, 0.3), new Capsule(-0.5, level - 1.6, 2.5, level - 1.6, 0.3), new Capsule(8.5, level - 1.6, 11.5, level - 1.6, 0.3)), water, Shading.Flat(Tone.Highlight));
    }

    private static void Skull(SpriteSketch s, double x, double y)
    {
        var c = s.Canvas;
        c.Fill(new Union(Ellipse.Circle(x, y, 2.1), new Box(x - 1.2, y + 1, x + 1.2, y + 2.8)), SpriteSketch.Bone, Shading.Flat(Tone.Base));
        if (s.Grid >= 32)
            c.Fill(new Union(Ellipse.Circle(x - 0.9, y, 0.6), Ellipse.Circle(x + 0.9, y, 0.6)), VehicleParts.Dark, Shading.Flat(Tone.Base));
    }
}
