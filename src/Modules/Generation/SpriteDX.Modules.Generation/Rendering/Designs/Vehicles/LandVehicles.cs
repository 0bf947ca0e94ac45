using SpriteDX.Modules.Generation.Rendering.Designs.Buildings;

namespace SpriteDX.Modules.Generation.Rendering.Designs.Vehicles;

/// <summary>Vehicles on wheels, runners or tracks, seen from the side and facing right, standing on the bottom rows.</summary>
internal static class LandVehicles
{
    private const double Ground = 29.5;

    public static void Car(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var variant = s.Spec.Variant;
        var paint = Ramp.From(variant switch
        {
            "police" => s.MainColour(new Hsv(224, 0.55, 0.4)),
            "taxi" => s.MainColour(new Hsv(46, 0.85, 0.98)),
            _ => s.MainColour(new Hsv(2, 0.78, 0.88), new Hsv(214, 0.72, 0.86), new Hsv(46, 0.82, 0.97), new Hsv(150, 0.55, 0.62), new Hsv(205, 0.06, 0.95)),
        });
        var glass = VehicleParts.Glass(s);
        var low = variant is "sports" or "race";
        var wheelY = Ground - 3.8;
        var wheelRadius = low ? 3.7 : 3.9;
        var wheelX = low ? 9.5 : r.Range(8, 9);

        if (low)
        {
            if (r.Chance(0.7) || variant == "race")
                c.Fill(new Union(new Box(-15.5, 13.5, -11, 15.2), new Box(-13.6, 15, -12.6, 18)), VehicleParts.Chassis, Shading.Bevel);
            var body = new Polygon((-15, wheelY + 0.8), (-15, 18.5), (-12, 17.2), (-6.5, 16.8), (-2.5, 13.2), (3.5, 13.2), (8.5, 17.2), (14.5, 18.6), (15.5, 21), (15.5, wheelY + 0.8));
            c.Fill(body, paint, Shading.Bevel);
            VehicleParts.Pane(s, new Polygon((-5, 17), (-2, 14.3), (0.2, 14.3), (0.2, 17)), glass);
            VehicleParts.Pane(s, new Polygon((1.3, 14.3), (3.1, 14.3), (6.6, 17), (1.3, 17)), glass);
            if (variant == "race" || r.Chance(0.4))
            {
                var stripe = Ramp.From(s.SecondColour(new Hsv(210, 0.04, 0.98)));
                c.Fill(new Box(-15, 20, 15.5, 21.2).Within(body), stripe, Shading.Flat(Tone.Base));
                if (variant == "race")
                {
                    c.Fill(Ellipse.Circle(-1, 21, 2.6), stripe, Shading.Flat(Tone.Light));
                    c.Fill(new Box(-1.5, 19.5, -0.5, 22.5), VehicleParts.Dark, Shading.Flat(Tone.Base));
                }
            }
            VehicleParts.Lights(s, new Box(14, 19, 15.5, 20.2), new Box(-15, 18.6, -13.8, 20));
        }
        else
        {
            var roof = r.Range(9.5, 11);
            var body = new Polygon((-14.5, wheelY + 0.8), (-14.5, 17.5), (-12.5, 15.6), (-8.5, 15), (-5.5, roof), (3.8, roof), (8.3, 15), (13.5, 16), (14.8, 18.5), (14.8, wheelY + 0.8));
            c.Fill(body, paint, Shading.Bevel);
            VehicleParts.Pane(s, new Polygon((-7, 15), (-4.8, roof + 1.2), (-0.8, roof + 1.2), (-0.8, 15)), glass);
            VehicleParts.Pane(s, new Polygon((0.3, roof + 1.2), (3.3, roof + 1.2), (6.3, 15), (0.3, 15)), glass);
            c.Fill(new Box(-0.8, 16.2, 0.3, 22.5), paint, Shading.Flat(Tone.Shadow));
            c.Fill(new Box(1.3, 17.2, 3, 17.9), paint, Shading.Flat(Tone.Light));
            switch (variant)
            {
                case "police":
                    c.Fill(new Box(-6.5, 16.2, 5.5, 21.8), Ramp.From(new Hsv(210, 0.04, 0.97)), Shading.Flat(Tone.Base));
                    c.Fill(new Box(-3, roof - 1.8, 0, roof), VehicleParts.TailLight, Shading.Bevel, separate: true);
                    c.Fill(new Box(0, roof - 1.8, 3, roof), VehicleParts.Siren, Shading.Bevel, separate: true);
                    break;
                case "taxi":
                    c.Fill(new Box(-2.2, roof - 2.2, 2.2, roof), Ramp.From(new Hsv(210, 0.04, 0.97)), Shading.Bevel, separate: true);
                    Textures.Paint(s, new Union(Textures.Columns(s, 2), Textures.Rows(s, 2)).Within(new Box(-14.5, 19, 14.8, 20.5)), body, VehicleParts.Dark, Tone.Base);
                    break;
            }
            VehicleParts.Lights(s, new Box(13.4, 17.2, 14.8, 18.8), new Box(-14.5, 17.8, -13.2, 19.6));
        }
        c.Fill(new Box(12.2, wheelY - 0.9, 15.6, wheelY + 0.9), SpriteSketch.Steel, Shading.Bevel, separate: true);
        c.Fill(new Box(-15.5, wheelY - 0.9, -12.2, wheelY + 0.9), SpriteSketch.Steel, Shading.Bevel, separate: true);
        VehicleParts.Wheel(s, -wheelX, wheelY, wheelRadius);
        VehicleParts.Wheel(s, wheelX, wheelY, wheelRadius);
    }

    public static void Truck(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var paint = Ramp.From(s.MainColour(new Hsv(2, 0.78, 0.85), new Hsv(214, 0.7, 0.8), new Hsv(40, 0.85, 0.95), new Hsv(140, 0.5, 0.55)));
        var cargo = Ramp.From(s.SecondColour(r.Pick([new Hsv(210, 0.05, 0.94), new Hsv(30, 0.2, 0.85), new Hsv(205, 0.12, 0.7)])));
        const double wheelY = Ground - 3.6;
        c.Fill(new Box(-15, 20.5, 14, 23.5), VehicleParts.Chassis, Shading.Bevel);
        var box = new Box(-15, r.Range(5, 6.5), 2.5, 21.5);
        c.Fill(box, cargo, Shading.Bevel, separate: true);
        Textures.Paint(s, Textures.Columns(s, 3.5, -15), new Box(-14, box.Top + 1.5, 1.5, 20.5), cargo);
        var cab = new Polygon((3.5, wheelY), (3.5, 9), (10.5, 9), (13.5, 14), (15, 15), (15.3, wheelY));
        c.Fill(cab, paint, Shading.Bevel, separate: true);
        VehicleParts.Pane(s, new Polygon((5.5, 10.5), (9.8, 10.5), (12.3, 14.5), (5.5, 14.5)), VehicleParts.Glass(s));
        c.Fill(new Box(5, 17, 7, 17.8), paint, Shading.Flat(Tone.Light));
        c.Fill(new Box(3.6, 15.5, 4.4, 22), paint, Shading.Flat(Tone.Shadow));
        VehicleParts.Lights(s, new Box(13.8, 16, 15.3, 18), new Box(-15, 19.5, -13.8, 21.2));
        c.Fill(new Box(13, 20.8, 15.8, 22.8), SpriteSketch.Steel, Shading.Bevel, separate: true);
        foreach (var x in new[] { -11.0, -4.5, 10.0 })
            VehicleParts.Wheel(s, x, wheelY, 3.6);
    }

    public static void Bus(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var paint = Ramp.From(s.MainColour(new Hsv(44, 0.86, 0.97), new Hsv(2, 0.78, 0.85), new Hsv(205, 0.65, 0.8), new Hsv(145, 0.55, 0.6)));
        var stripe = Ramp.From(s.SecondColour(new Hsv(210, 0.06, 0.96)));
        var glass = VehicleParts.Glass(s);
        const double wheelY = Ground - 3.4;
        var top = r.Range(6.5, 8);
        var body = new Polygon((-15.5, top + 1.5), (-14, top), (13.5, top), (15.5, top + 2), (15.5, wheelY + 0.5), (-15.5, wheelY + 0.5));
        c.Fill(body, paint, Shading.Bevel);
        c.Fill(new Box(-15.5, 18, 15.5, 19.4).Within(body), stripe, Shading.Flat(Tone.Base));
        for (var x = -13.8; x < 5; x += 4.6)
            VehicleParts.Pane(s, new Box(x, top + 2.5, x + 3.6, top + 7.5), glass);
        VehicleParts.Pane(s, new Box(7, top + 2.5, 10.5, wheelY - 1.5), glass);
        c.Fill(new Box(8.6, top + 2.5, 8.9, wheelY - 1.5), paint, Shading.Flat(Tone.Shadow));
        VehicleParts.Pane(s, new Polygon((12, top + 2.5), (14.6, top + 2.5), (15.5, top + 4), (15.5, top + 9), (12, top + 9)), glass);
        c.Fill(new Box(-12, top - 1, -2, top), VehicleParts.Chassis, Shading.Bevel);
        VehicleParts.Lights(s, new Box(14.2, 21, 15.5, 22.6), new Box(-15.5, 21, -14.2, 22.6));
        VehicleParts.Wheel(s, -9.5, wheelY, 3.4);
        VehicleParts.Wheel(s, 4, wheelY, 3.4);
    }

    public static void Tractor(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var paint = Ramp.From(s.MainColour(new Hsv(115, 0.65, 0.6), new Hsv(2, 0.8, 0.82), new Hsv(205, 0.65, 0.7), new Hsv(32, 0.85, 0.95)));
        var hubs = s.Spec.PartColours.ContainsKey("wheels") ? VehicleParts.Hub(s) : Ramp.From(s.SecondColour(new Hsv(48, 0.85, 0.96)));
        var rear = r.Range(7, 7.8);
        var (rearX, rearY) = (-6.5, Ground - rear);
        c.Fill(new Box(-12.5, 4.5, 1.5, 6.2), paint, Shading.Bevel);
        c.Fill(new Union(new Box(-11.8, 6, -10.6, 16), new Box(-0.2, 6, 1, 16)), VehicleParts.Chassis, Shading.Bevel);
        VehicleParts.Pane(s, new Box(-10.6, 7, -0.2, 13.5), VehicleParts.Glass(s));
        c.Fill(new Union(new Box(-1, 14.5, 13, 21.5), Ellipse.Circle(13, 18, 2.6)), paint, Shading.Bevel, separate: true);
        Textures.Paint(s, Textures.Rows(s, 1.6, 0.4), new Box(11, 16, 14.5, 20.5), VehicleParts.Chassis, Tone.Base);
        c.Fill(new Union(new Box(5.5, 8, 7, 14.5), new Box(5.2, 7.2, 7.3, 8.4)), SpriteSketch.Steel, Shading.Cylinder, separate: true);
        c.Fill(new Box(-14, 13.5, 1, 16.5), paint, Shading.Bevel, separate: true);
        c.Fill(new Ellipse(rearX, rearY, rear + 1.2, rear + 1.2).Within(new Box(-16, 0, 16, rearY - 3)).Minus(Ellipse.Circle(rearX, rearY, rear)), paint, Shading.Bevel);
        TyreWithTread(s, rearX, rearY, rear, hubs);
        TyreWithTread(s, 10, Ground - 4, 4, hubs);
        VehicleParts.Lights(s, Ellipse.Circle(14.5, 16.2, 0.9), new Box(-14, 16.5, -12.8, 18));
    }

    public static void Tank(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var armour = Ramp.From(s.MainColour(new Hsv(88, 0.45, 0.5), new Hsv(38, 0.42, 0.68), new Hsv(210, 0.12, 0.52), new Hsv(70, 0.35, 0.42)));
        var tracks = new Capsule(-12, Ground - 4.2, 12.5, Ground - 4.2, 4.2);
        c.Fill(tracks, VehicleParts.Rubber, Shading.Bevel);
        Textures.Paint(s, Textures.Columns(s, 1.6), tracks.Minus(new Capsule(-12, Ground - 4.2, 12.5, Ground - 4.2, 3.2)), VehicleParts.Rubber, Tone.Light);
        for (var x = -10.5; x <= 11; x += 4.3)
            c.Fill(Ellipse.Circle(x, Ground - 4.2, 2.3), SpriteSketch.Steel, Shading.Sphere, separate: true);
        var hull = new Polygon((-15, 21.5), (-13.5, 17), (12.5, 17), (15.5, 21.5));
        c.Fill(hull, armour, Shading.Bevel, separate: true);
        var barrelY = r.Range(12.5, 13.5);
        c.Fill(new Union(new Box(5, barrelY - 0.8, 15.5, barrelY + 0.8), new Box(13.5, barrelY - 1.3, 15.5, barrelY + 1.3)), armour, Shading.Bevel);
        var turret = new Polygon((-8, 17), (-7, 11.5), (-2, 9.8), (4.5, 10.2), (7.5, 13), (7.5, 17));
        c.Fill(turret, armour, Shading.Bevel, separate: true);
        c.Fill(new Ellipse(-2.5, 9.8, 2.5, 1.2), armour, Shading.Sphere, separate: true);
        c.Fill(new Capsule(-6, 10.5, -8, 3.5, 0.35), VehicleParts.Chassis, Shading.Flat(Tone.Base));
        if (s.Mood == SpriteMood.Evil || r.Chance(0.4))
        {
            var mark = s.Mood == SpriteMood.Evil ? VehicleParts.TailLight : Ramp.From(new Hsv(45, 0.7, 0.95));
            c.Fill(Ellipse.Circle(1, 19.2, 1.2), mark, Shading.Flat(Tone.Base));
        }
    }

    public static void Train(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var paint = Ramp.From(s.MainColour(new Hsv(0, 0.75, 0.75), new Hsv(145, 0.6, 0.48), new Hsv(218, 0.6, 0.6), new Hsv(230, 0.15, 0.32)));
        var trim = Ramp.From(s.SecondColour(new Hsv(44, 0.78, 0.94)));
        var iron = VehicleParts.Chassis;
        if (r.Chance(0.8))
        {
            c.Fill(new Union(Ellipse.Circle(9, 3.6, 2.2), Ellipse.Circle(12.5, 2.8, 1.7)), Ramp.From(new Hsv(220, 0.05, 0.92)), Shading.Sphere);
        }
        c.Fill(new Box(-15, 21.5, 13.5, 24), iron, Shading.Bevel);
        c.Fill(new Polygon((12, 19), (15.5, 26.5), (11.5, 26.5)), iron, Shading.Bevel);
        var boiler = new Box(-4.5, 12.5, 12.5, 21.5);
        c.Fill(boiler, paint, Shading.Bevel, separate: true);
        c.Fill(new Box(-4.5, 13.5, 12.5, 14.4), paint, Shading.Flat(Tone.Light));
        c.Fill(new Box(11.5, 12.5, 13.5, 21.5), iron, Shading.Bevel, separate: true);
        foreach (var bandX in new[] { 0.0, 5.0 })
            c.Fill(new Box(bandX, 12.5, bandX + 1, 21.5), trim, Shading.Flat(Tone.Base));
        c.Fill(new Polygon((6, 12.5), (9, 12.5), (10.2, 6), (4.8, 6)), iron, Shading.Bevel, separate: true);
        c.Fill(new Ellipse(1.5, 12.5, 2, 2).Within(new Box(-16, 0, 16, 12.8)), trim, Shading.Sphere, separate: true);
        var cab = new Box(-14.5, 7.5, -4, 21.5);
        c.Fill(cab, paint, Shading.Bevel, separate: true);
        c.Fill(new Box(-15.5, 6, -3, 7.8), iron, Shading.Bevel, separate: true);
        VehicleParts.Pane(s, new Box(-12, 9.5, -7, 14), VehicleParts.Glass(s));
        c.Fill(new Box(-14.5, 16, -4, 16.9), trim, Shading.Flat(Tone.Base));
        VehicleParts.Lights(s, new Box(13.5, 13.5, 15, 15.5), new Box(-15, 17.5, -14.5, 18));
        var spokes = s.Spec.PartColours.ContainsKey("wheels") ? VehicleParts.Hub(s) : paint;
        VehicleParts.SpokedWheel(s, -10, Ground - 3.8, 3.8, spokes, 1.2);
        VehicleParts.SpokedWheel(s, -1.5, Ground - 3.8, 3.8, spokes, 1.2);
        VehicleParts.SpokedWheel(s, 7.5, Ground - 2.7, 2.7, spokes, 1);
        c.Fill(new Capsule(-10, Ground - 3, -1.5, Ground - 3, 0.6), SpriteSketch.Steel, Shading.Flat(Tone.Light));
    }

    public static void Bicycle(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var frame = Ramp.From(s.MainColour(new Hsv(2, 0.75, 0.85), new Hsv(205, 0.7, 0.85), new Hsv(150, 0.6, 0.65), new Hsv(45, 0.85, 0.96)));
        var tube = Math.Max(0.75, Textures.Pixel(s) * 0.55);
        var radius = r.Range(6.2, 7);
        var wheelY = Ground - radius;
        var (back, front) = (-8.5, 8.5);
        foreach (var x in new[] { back, front })
        {
            c.Fill(new Union(new Capsule(x - radius + 1, wheelY, x + radius - 1, wheelY, tube * 0.5), new Capsule(x, wheelY - radius + 1, x, wheelY + radius - 1, tube * 0.5)), SpriteSketch.Steel, Shading.Flat(Tone.Light));
            c.Fill(Ellipse.Circle(x, wheelY, radius).Minus(Ellipse.Circle(x, wheelY, radius - Math.Max(1.3, Textures.Pixel(s) * 1.1))), VehicleParts.Rubber, Shading.Sphere);
            c.Fill(Ellipse.Circle(x, wheelY, 1), SpriteSketch.Steel, Shading.Flat(Tone.Base));
        }
        var (crankX, crankY) = (-0.5, wheelY);
        var (seatX, seatY) = (-3.5, wheelY - 9.5);
        var (stemX, stemY) = (5.5, wheelY - 10);
        c.Fill(
            new Union(
                new Capsule(back, wheelY, crankX, crankY, tube),
                new Capsule(back, wheelY, seatX + 0.5, seatY + 1, tube),
                new Capsule(crankX, crankY, seatX, seatY, tube),
                new Capsule(crankX, crankY, stemX, stemY + 1.5, tube),
                new Capsule(seatX + 0.3, seatY + 1.5, stemX, stemY + 1.5, tube),
                new Capsule(stemX, stemY, front, wheelY, tube)),
            frame,
            Shading.Flat(Tone.Base));
        c.Fill(new Union(new Capsule(stemX, stemY, stemX - 1, stemY - 2.5, tube), new Capsule(stemX - 1, stemY - 2.5, stemX + 1.5, stemY - 3, tube)), SpriteSketch.Steel, Shading.Flat(Tone.Base));
        c.Fill(new Ellipse(seatX - 0.5, seatY - 0.8, 2.6, 1), SpriteSketch.Leather, Shading.Sphere, separate: true);
        c.Fill(Ellipse.Circle(crankX, crankY, 1.6), SpriteSketch.Steel, Shading.Sphere, separate: true);
        c.Fill(new Capsule(crankX, crankY, crankX + 2, crankY + 2.5, tube), VehicleParts.Chassis, Shading.Flat(Tone.Base));
        if (r.Chance(0.4))
            c.Fill(new Box(front - 1, stemY - 1.2, front + 2.5, stemY + 2), Ramp.From(new Hsv(30, 0.45, 0.6)), Shading.Bevel, separate: true);
    }

    public static void Motorcycle(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var paint = Ramp.From(s.MainColour(new Hsv(2, 0.8, 0.85), new Hsv(220, 0.3, 0.3), new Hsv(205, 0.75, 0.85), new Hsv(32, 0.85, 0.95)));
        const double radius = 4.8;
        const double wheelY = Ground - radius;
        var (back, front) = (-9.5, 9.5);
        c.Fill(new Capsule(-12, wheelY - 1, -2, wheelY - 1, 1.1), SpriteSketch.Steel, Shading.Bevel);
        c.Fill(new Capsule(front, wheelY, 6.5, 11.5, 0.8), SpriteSketch.Steel, Shading.Flat(Tone.Light));
        c.Fill(new Polygon((-12.5, 16.5), (-5, 15.8), (-5, 18.5), (-11, 18.8)), paint, Shading.Bevel);
        c.Fill(new Box(-3.5, 17.5, 3.5, 23), VehicleParts.Chassis, Shading.Bevel, separate: true);
        Textures.Paint(s, Textures.Rows(s, 1.5), new Box(-3, 18.5, 3, 22.5), SpriteSketch.Steel, Tone.Base);
        c.Fill(new Polygon((-9, 14.8), (-2.5, 15.2), (-2, 17.5), (-9, 17.2)), SpriteSketch.Leather, Shading.Bevel, separate: true);
        c.Fill(new Ellipse(1.5, 15.5, 4.5, 2.6), paint, Shading.Sphere, separate: true);
        c.Fill(new Union(new Capsule(6.5, 11.5, 4.5, 10, 0.7), new Capsule(4.5, 10, 3.5, 10, 0.7)), VehicleParts.Chassis, Shading.Flat(Tone.Base));
        c.Fill(Ellipse.Circle(8.3, 13.6, 1.5), VehicleParts.Lamp, Shading.Sphere, separate: true);
        c.Fill(new Ellipse(front, wheelY, radius + 0.9, radius + 0.9).Within(new Box(front - 5, 0, front + 2, wheelY - 2.5)).Minus(Ellipse.Circle(front, wheelY, radius + 0.1)), paint, Shading.Bevel);
        VehicleParts.Wheel(s, back, wheelY, radius);
        VehicleParts.Wheel(s, front, wheelY, radius);
        if (r.Chance(0.5))
            c.Fill(new Polygon((5, 11), (7, 8.5), (8, 8.8), (7.8, 12)), VehicleParts.Glass(s), Shading.Flat(Tone.Light), separate: true);
    }

    public static void Cart(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var wood = Ramp.From(s.NamedColour ?? s.MaterialOr(SpriteSketch.Wood).Colour);
        var frame = s.Spec.PartColours.ContainsKey("wheels") ? VehicleParts.Hub(s) : Ramp.From(SpriteSketch.Wood.Colour.With(value: 0.45));
        const double radius = 6.5;
        const double wheelY = Ground - radius;
        c.Fill(new Capsule(6, 17.5, 15.5, 21.5, 0.9), frame, Shading.Flat(Tone.Base));
        c.Fill(new Capsule(-12, 19.5, -12.5, Ground - 0.5, 0.8), frame, Shading.Flat(Tone.Base));
        switch (r.Next(3))
        {
            case 0:
                c.Fill(new Ellipse(-3, 13.5, 9.5, 5).Within(new Box(-16, 0, 16, 13.5)), Ramp.From(new Hsv(48, 0.65, 0.92)), Shading.Sphere);
                Textures.Paint(s, Textures.Columns(s, 2.5), new Ellipse(-3, 13.5, 8, 3.5).Within(new Box(-16, 0, 16, 13)), Ramp.From(new Hsv(48, 0.65, 0.92)));
                break;
            case 1:
                foreach (var (x, y) in new[] { (-9.0, 11.5), (-5.5, 11.5), (-2.0, 11.5), (1.5, 11.5), (-7.2, 8.5), (-3.7, 8.5), (-0.2, 8.5) })
                    c.Fill(Ellipse.Circle(x, y, 1.9), Ramp.From(new Hsv(r.Chance(0.7) ? 2 : 95, 0.78, 0.88)), Shading.Sphere, separate: true);
                break;
            default:
                c.Fill(new Box(-10, 7, -3, 13.5), SpriteSketch.Wood, Shading.Bevel);
                c.Fill(new Box(-3, 9.5, 3.5, 13.5), SpriteSketch.Wood, Shading.Bevel, separate: true);
                break;
        }
        var bed = new Box(-13, 13, 7, 19.5);
        c.Fill(bed, wood, Shading.Bevel, separate: true);
        Textures.Paint(s, Textures.Rows(s, 2.2, 13), bed, wood);
        c.Fill(new Union(new Box(-13, 13, -11.5, 19.5), new Box(5.5, 13, 7, 19.5)), frame, Shading.Bevel);
        VehicleParts.SpokedWheel(s, -2.5, wheelY, radius, frame, 1.4);
    }

    public static void Carriage(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var gold = s.MaterialOr(SpriteSketch.Gold);
        var paint = s.Spec.Material is null || s.NamedColour is not null ? Ramp.From(s.MainColour(new Hsv(350, 0.7, 0.6), new Hsv(225, 0.6, 0.55), new Hsv(230, 0.15, 0.3), new Hsv(150, 0.5, 0.45))) : gold;
        var wheels = s.Spec.PartColours.ContainsKey("wheels") ? VehicleParts.Hub(s) : gold;
        c.Fill(new Capsule(-11, 23, 12, 23, 0.9), VehicleParts.Chassis, Shading.Flat(Tone.Base));
        c.Fill(new Union(new Box(8, 13, 13.5, 14.8), new Capsule(12.5, 14.5, 14.5, 21, 0.7)), VehicleParts.Chassis, Shading.Bevel);
        var body = new Union(new Box(-10.5, 8, 7.5, 18), new Ellipse(-1.5, 18, 9, 5).Within(new Box(-16, 18, 16, 32)));
        c.Fill(body, paint, Shading.Bevel, separate: true);
        c.Fill(new Box(-11.5, 6.2, 8.5, 8.3), paint, Shading.Bevel, separate: true);
        c.Fill(new Box(-11.5, 7.6, 8.5, 8.5), gold, Shading.Flat(Tone.Base));
        foreach (var x in new[] { -9.5, -1.5, 6.5 })
            c.Fill(Ellipse.Circle(x, 5.6, 1.1), gold, Shading.Sphere);
        c.Fill(new Box(-5.5, 10, 2.5, 20.5), paint, Shading.Flat(Tone.Shadow));
        VehicleParts.Pane(s, new Box(-4.5, 11, 1.5, 15.5), VehicleParts.Glass(s));
        c.Fill(new Box(-4.5, 11, 1.5, 12), Ramp.From(new Hsv(350, 0.6, 0.8)), Shading.Flat(Tone.Base));
        c.Fill(Ellipse.Circle(0.5, 18, 0.7), gold, Shading.Flat(Tone.Light));
        c.Fill(new Box(-10.5, 16.5, 7.5, 17.2), gold, Shading.Flat(Tone.Base));
        if (r.Chance(0.6) || s.Spec.Has("glow"))
        {
            c.Fill(new Box(8.3, 9, 10, 12), VehicleParts.Lamp, Shading.Flat(Tone.Light), separate: true);
            c.Fill(new Box(8, 8.2, 10.3, 9), gold, Shading.Flat(Tone.Base));
        }
        VehicleParts.SpokedWheel(s, -7, Ground - 5.5, 5.5, wheels, 1.2);
        VehicleParts.SpokedWheel(s, 8, Ground - 4, 4, wheels, 1.1);
    }

    public static void Sled(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var wood = Ramp.From(s.NamedColour ?? s.MaterialOr(Ramp.From(new Hsv(2, 0.75, 0.8))).Colour);
        var runner = s.Spec.PartColours.ContainsKey("wheels") ? VehicleParts.Hub(s) : SpriteSketch.Steel;
        var thickness = Math.Max(1.3, Textures.Pixel(s) * 1.1);
        const double runnerY = Ground - 1.5;
        if (r.Chance(0.5))
        {
            c.Fill(new Union(new Ellipse(-6, 14.5, 6, 5), Ellipse.Circle(-6, 9.2, 1.6)), Ramp.From(new Hsv(8, 0.7, 0.72)), Shading.Sphere);
            c.Fill(new Box(-7, 10, -5, 11.2), SpriteSketch.Gold, Shading.Flat(Tone.Base));
            c.Fill(new Box(-1.5, 11, 3.5, 16), Ramp.From(new Hsv(140, 0.6, 0.55)), Shading.Bevel, separate: true);
            c.Fill(new Box(0.5, 11, 1.5, 16), SpriteSketch.Gold, Shading.Flat(Tone.Light));
        }
        c.Fill(new Capsule(-13.5, runnerY, 9, runnerY, thickness * 0.6), runner, Shading.Bevel);
        c.Fill(Ellipse.Circle(9, runnerY - 5.2, 5.2).Minus(Ellipse.Circle(9, runnerY - 5.2, 5.2 - thickness)).Within(new Box(9, 0, 16, 32)), runner, Shading.Flat(Tone.Light));
        foreach (var x in new[] { -10.5, -3, 4.5 })
            c.Fill(new Box(x - 0.9, 20, x + 0.9, runnerY), runner, Shading.Bevel);
        var deck = new Polygon((-15, 16), (6, 16), (9.5, 13.5), (11.5, 14.5), (9.5, 18.5), (6, 21), (-15, 21));
        c.Fill(deck, wood, Shading.Bevel, separate: true);
        Textures.Paint(s, Textures.Rows(s, 2.5, 16), deck, wood);
        c.Fill(new Box(-15, 16, 6, 16.8), wood, Shading.Flat(Tone.Light));
    }

    /// <summary>A big rubber tyre with tread blocks around its rim, as farm machines have.</summary>
    private static void TyreWithTread(SpriteSketch s, double x, double y, double radius, Ramp hub)
    {
        var c = s.Canvas;
        c.Fill(Ellipse.Circle(x, y, radius), VehicleParts.Rubber, Shading.Sphere, separate: true);
        Textures.Paint(s, new Union(Textures.Columns(s, 2, x), Textures.Rows(s, 2, y)), Ellipse.Circle(x, y, radius).Minus(Ellipse.Circle(x, y, radius - 1.2)), VehicleParts.Rubber, Tone.Outline);
        c.Fill(Ellipse.Circle(x, y, radius * 0.5), hub, Shading.Sphere);
        c.Fill(Ellipse.Circle(x, y, Math.Max(0.8, radius * 0.15)), hub, Shading.Flat(Tone.Shadow));
    }
}
