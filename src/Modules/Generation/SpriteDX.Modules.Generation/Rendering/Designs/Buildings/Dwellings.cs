namespace SpriteDX.Modules.Generation.Rendering.Designs.Buildings;

/// <summary>Places people live and trade in, front-on and standing on the bottom rows: houses, barns, huts, tents, shops.</summary>
internal static class Dwellings
{
    private const double Ground = 29.5;

    public static void House(SpriteSketch s)
    {
        if (s.Spec.Variant == "cottage")
        {
            Cottage(s);
            return;
        }
        var (r, c) = (s.Random, s.Canvas);
        var walls = BuildingParts.Walls(s, new Hsv(40, 0.18, 0.94), new Hsv(38, 0.3, 0.88), new Hsv(200, 0.2, 0.9), new Hsv(28, 0.45, 0.72));
        var roof = BuildingParts.Roof(s, new Hsv(6, 0.68, 0.72), new Hsv(215, 0.38, 0.52), new Hsv(22, 0.55, 0.5), new Hsv(150, 0.4, 0.45));
        var door = Ramp.From(s.PartColour("door", new Hsv(24, 0.6, 0.5)));
        var (left, right, wallTop) = (-10.5, 10.5, 16.0);
        BuildingParts.Chimney(s, 6.5, 5, 12, smoke: s.Mood == SpriteMood.Neutral && r.Chance(0.6));
        var wall = new Box(left, wallTop, right, Ground);
        c.Fill(wall, walls, Shading.Bevel);
        if (s.Spec.Material == "wooden" || (walls.Colour.Hue is > 15 and < 40 && walls.Colour.Saturation > 0.35))
            Textures.Paint(s, Textures.Rows(s, 2.2, wallTop), wall, walls);
        BuildingParts.GabledRoof(s, left, right, wallTop - 1.5, 3.5, roof, overhang: 2.5);
        BuildingParts.Window(s, new Box(-1.5, 9.5, 1.5, 12.5), walls, arched: true);
        var doorX = r.Chance(0.5) ? 0 : 4.5;
        BuildingParts.Door(s, doorX, Ground, 5, 9, door);
        if (doorX == 0)
        {
            BuildingParts.Window(s, new Box(-8.5, 19, -4.5, 23), walls);
            BuildingParts.Window(s, new Box(4.5, 19, 8.5, 23), walls);
        }
        else
        {
            BuildingParts.Window(s, new Box(-8.5, 19, -1.5, 23.5), walls);
        }
    }

    private static void Cottage(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var walls = BuildingParts.Walls(s, new Hsv(40, 0.12, 0.96), new Hsv(45, 0.25, 0.92));
        var roof = Ramp.From(s.PartColour("roof", BuildingParts.Thatch.Colour));
        var beams = Ramp.From(new Hsv(24, 0.55, 0.4));
        var door = Ramp.From(s.PartColour("door", new Hsv(r.Pick([140.0, 205, 2]), 0.55, 0.6)));
        BuildingParts.Chimney(s, -6, 6, 13, smoke: s.Mood == SpriteMood.Neutral);
        var wall = new Box(-11, 17, 11, Ground);
        c.Fill(wall, walls, Shading.Bevel);
        c.Fill(new Union(new Box(-11, 17, -10, Ground), new Box(10, 17, 11, Ground), new Box(-11, 23, 11, 24), new Capsule(-10, 23.5, -6, 18, 0.45), new Capsule(10, 23.5, 6, 18, 0.45)), beams, Shading.Flat(Tone.Base));
        var thatch = new Ellipse(0, 18.5, 14.5, 12).Within(new Box(-16, 0, 16, 18.5));
        c.Fill(thatch, roof, Shading.Sphere, separate: true);
        Textures.Paint(s, Textures.Columns(s, 2.3), thatch.Minus(thatch.Offset(0, 2.5)), roof);
        BuildingParts.Door(s, 0, Ground, 5, 9.5, door, arched: true);
        foreach (var x in new[] { -7.0, 7.0 })
        {
            BuildingParts.Window(s, new Box(x - 2, 19.5, x + 2, 23), beams);
            c.Fill(new Box(x - 2.8, 23.2, x + 2.8, 24.8), SpriteSketch.Wood, Shading.Bevel, separate: true);
            foreach (var dx in new[] { -1.8, 0.0, 1.8 })
                c.Fill(Ellipse.Circle(x + dx, 23.2, 0.9), Ramp.From(new Hsv(r.Pick([340.0, 2, 50]), 0.65, 0.95)), Shading.Flat(Tone.Base));
        }
    }

    public static void Barn(SpriteSketch s)
    {
        var c = s.Canvas;
        var walls = BuildingParts.Walls(s, new Hsv(2, 0.7, 0.7), new Hsv(355, 0.6, 0.62));
        var roof = BuildingParts.Roof(s, new Hsv(220, 0.12, 0.45), new Hsv(20, 0.4, 0.4));
        var trim = BuildingParts.Plaster;
        var wall = new Box(-13, 13, 13, Ground);
        c.Fill(wall, walls, Shading.Bevel);
        Textures.Paint(s, Textures.Columns(s, 2.2, -13), wall, walls);
        var roofShape = new Polygon((-15, 15), (-12.5, 7.5), (0, 2.5), (12.5, 7.5), (15, 15), (13, 15), (11.2, 9), (0, 4.6), (-11.2, 9), (-13, 15));
        var gable = new Polygon((-13, 15), (-11.2, 9), (0, 4.6), (11.2, 9), (13, 15));
        c.Fill(gable, walls, Shading.Bevel);
        Textures.Paint(s, Textures.Columns(s, 2.2, -13), gable, walls);
        c.Fill(roofShape, roof, Shading.Split(0, 2.5, -1, 0), separate: true);
        var door = new Box(-6, 17.5, 6, Ground);
        c.Fill(door, Ramp.From(s.PartColour("door", walls.Colour.With(value: walls.Colour.Value * 0.85))), Shading.Bevel, separate: true);
        var u = Textures.Pixel(s);
        if (s.Grid >= 32)
        {
            var brace = 0.6 * u;
            var frame = 1.2 * u;
            c.Fill(new Union(new Box(-6, 17.5, -6 + frame, Ground), new Box(6 - frame, 17.5, 6, Ground), new Box(-6, 17.5, 6, 17.5 + frame), new Box(-6, Ground - frame, 6, Ground), new Capsule(-5.5, 18, 5.5, Ground - 0.5, brace), new Capsule(-5.5, Ground - 0.5, 5.5, 18, brace)).Within(door), trim, Shading.Flat(Tone.Base));
        }
        c.Fill(new Box(-2.7, 7.5, 2.7, 12.5), trim, Shading.Flat(Tone.Base), separate: true);
        c.Fill(new Box(-1.7, 8.5, 1.7, 12.5), BuildingParts.Interior, Shading.Flat(Tone.Base));
        c.Fill(new Box(-1.7, 10.6, 1.7, 12.5), BuildingParts.Thatch, Shading.Flat(Tone.Base));
        c.Fill(new Box(-13, 15, 13, 15 + u), trim, Shading.Flat(Tone.Base));
    }

    public static void Hut(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var walls = BuildingParts.Walls(s, new Hsv(28, 0.45, 0.62), new Hsv(32, 0.35, 0.72));
        var roof = Ramp.From(s.PartColour("roof", BuildingParts.Thatch.Colour));
        var wall = new Box(-9, 18, 9, Ground);
        c.Fill(wall, walls, Shading.Bevel);
        Textures.Paint(s, Textures.Columns(s, 1.8, -9), wall, walls);
        var eave = r.Range(19.5, 20.5);
        var cone = new Polygon([(-14, eave), (0, 5), (14, eave), .. Enumerable.Range(0, 14).Select(i => (12 - (i * 2), eave + (i % 2 == 0 ? 1.5 : 0)))]);
        c.Fill(cone, roof, Shading.Split(0, 5, -1, 0), separate: true);
        Textures.Paint(s, new Union(Textures.Rows(s, 3.3, 8), Textures.Columns(s, 3.1, 0.5)).Within(new Polygon((-11, eave), (0, 7), (11, eave))), cone, roof);
        c.Fill(new Union(new Box(-0.6, 2.5, 0.6, 6.5), Ellipse.Circle(0, 2.8, 1)), SpriteSketch.Wood, Shading.Flat(Tone.Base));
        BuildingParts.Opening(s, r.Chance(0.5) ? 0 : 3.5, Ground, 5, 7);
    }

    public static void Igloo(SpriteSketch s)
    {
        var c = s.Canvas;
        var ice = Ramp.From(s.PartColour("walls", s.NamedColour ?? s.MaterialOr(Ramp.From(new Hsv(198, 0.12, 0.98))).Colour));
        var dome = new Ellipse(0, Ground, 14.5, 16).Within(new Box(-16, 0, 16, Ground));
        c.Fill(dome, ice, Shading.Sphere);
        Textures.Paint(s, Textures.Bricks(s, 3.2, 5.5), dome, ice);
        var tunnel = new Box(-5.5, 22, 5.5, Ground).Or(Ellipse.Circle(0, 22, 5.5));
        c.Fill(tunnel, ice, Shading.Sphere, separate: true);
        Textures.Paint(s, Textures.Bricks(s, 2.8, 4), tunnel.Minus(Ellipse.Circle(0, 23.5, 3.5).Or(new Box(-3.5, 23.5, 3.5, Ground))), ice);
        BuildingParts.Opening(s, 0, Ground, 6.5, 7);
        if (s.Spec.Has("glow"))
            s.Canvas.Fill(new Box(-2, 26, 2, Ground), Ramp.From(new Hsv(40, 0.7, 1)), Shading.Flat(Tone.Base));
    }

    public static void Tent(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var cloth = BuildingParts.Walls(s, new Hsv(28, 0.8, 0.95), new Hsv(120, 0.5, 0.55), new Hsv(2, 0.72, 0.85), new Hsv(205, 0.6, 0.8));
        var stripes = r.Chance(0.4);
        c.Fill(new Union(new Capsule(-10.5, 21, -14.5, Ground, 0.45), new Capsule(10.5, 21, 14.5, Ground, 0.45)), SpriteSketch.Leather, Shading.Flat(Tone.Light));
        BuildingParts.Flag(s, 0, 1.5, 4.5, new Hsv(2, 0.75, 0.9));
        var tent = new Polygon((-13, Ground), (0, 5), (13, Ground));
        c.Fill(tent, cloth, Shading.Split(0, 5, -1, 0), separate: true);
        if (stripes)
        {
            var white = BuildingParts.Plaster;
            foreach (var x in new[] { -8.0, 4.0 })
                c.Fill(new Polygon((x, Ground), (0, 5), (x + 4, Ground)).Within(tent), white, Shading.Split(0, 5, -1, 0));
        }
        c.Fill(new Polygon((-5, Ground), (0, 14), (5, Ground)), BuildingParts.Interior, Shading.Flat(Tone.Base));
        c.Fill(new Polygon((-5, Ground), (0, 14), (-1.5, Ground)), cloth, Shading.Flat(Tone.Light), separate: true);
        if (s.Spec.Has("glow") || s.Spec.Has("fire"))
            c.Fill(new Ellipse(1.8, Ground - 1.5, 1.2, 1.5), SpriteSketch.Flame, Shading.Flat(Tone.Light));
    }

    public static void Shop(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var walls = BuildingParts.Walls(s, new Hsv(40, 0.18, 0.94), new Hsv(10, 0.5, 0.68), new Hsv(160, 0.3, 0.7), new Hsv(210, 0.25, 0.85));
        var awning = Ramp.From(s.PartColour("awning", s.SecondColour(r.Pick([new Hsv(2, 0.75, 0.88), new Hsv(140, 0.6, 0.6), new Hsv(210, 0.7, 0.82)]))));
        var door = Ramp.From(s.PartColour("door", new Hsv(24, 0.6, 0.5)));
        var wall = new Box(-12, 8.5, 12, Ground);
        c.Fill(wall, walls, Shading.Bevel);
        if (walls.Colour.Hue is < 20 or > 350)
            Textures.Paint(s, Textures.Bricks(s, 2, 4), wall, walls);
        c.Fill(new Box(-13, 7, 13, 9), walls, Shading.Bevel, separate: true);
        var sign = new Box(-8.5, 2.5, 8.5, 7);
        c.Fill(sign, SpriteSketch.Wood, Shading.Bevel, separate: true);
        c.Fill(new Union(new Box(-6.5, 4.2, -4.5, 5.4), new Box(-3.5, 4.2, 0, 5.4), new Box(1, 4.2, 2.5, 5.4), new Box(3.5, 4.2, 6.5, 5.4)), SpriteSketch.Cream, Shading.Flat(Tone.Base));
        BuildingParts.Window(s, new Box(-10, 19.5, 1.5, 26.5), SpriteSketch.Wood);
        foreach (var (x, hue) in new[] { (-7.5, 2.0), (-4.5, 46.0), (-1.5, 120.0) })
            c.Fill(new Box(x - 1, 23.5, x + 1, 26.5), Ramp.From(new Hsv(hue, 0.7, 0.9)), Shading.Bevel);
        BuildingParts.Door(s, 6.5, Ground, 5.5, 10, door);
        var canopy = new Polygon((-13.5, 11.5), (13.5, 11.5), (15, 16.5), (-15, 16.5));
        var scallops = new Union([.. Enumerable.Range(0, 10).Select(i => Ellipse.Circle(-13.5 + (i * 3), 16.5, 1.5))]);
        c.Fill(canopy.Or(scallops), awning, Shading.Flat(Tone.Base), separate: true);
        c.Fill(new Union([.. Enumerable.Range(0, 5).Select(i => new Box(-15 + (i * 6), 0, -12 + (i * 6), 32))]).Within(canopy.Or(scallops)), BuildingParts.Plaster, Shading.Flat(Tone.Base));
        c.Fill(canopy.Minus(canopy.Offset(0, 1)), awning, Shading.Flat(Tone.Light));
    }

    public static void Stall(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var wood = Ramp.From(s.NamedColour ?? s.MaterialOr(SpriteSketch.Wood).Colour);
        var awning = Ramp.From(s.PartColour("awning", s.SecondColour(r.Pick([new Hsv(2, 0.75, 0.88), new Hsv(140, 0.6, 0.6), new Hsv(210, 0.7, 0.82), new Hsv(46, 0.85, 0.96)]))));
        c.FillPair(new Box(-12, 9, -10.5, Ground), wood, Shading.Bevel);
        var counter = new Box(-13.5, 20, 13.5, Ground);
        var goods = r.Next(2);
        foreach (var i in Enumerable.Range(0, 7))
        {
            var x = -9.5 + (i * 3.2);
            var hue = goods == 0 ? (i % 3 == 1 ? 95.0 : i % 3 == 2 ? 40 : 2) : 30;
            c.Fill(Ellipse.Circle(x, 18.6, 1.7), Ramp.From(new Hsv(hue, goods == 0 ? 0.78 : 0.55, goods == 0 ? 0.9 : 0.8)), Shading.Sphere, separate: true);
        }
        c.Fill(counter, wood, Shading.Bevel, separate: true);
        Textures.Paint(s, Textures.Columns(s, 3, -13.5), counter, wood);
        c.Fill(new Box(-13.5, 20, 13.5, 21.5), wood, Shading.Flat(Tone.Light));
        var canopy = new Polygon((-12, 4), (12, 4), (15, 9.5), (-15, 9.5));
        var scallops = new Union([.. Enumerable.Range(0, 11).Select(i => Ellipse.Circle(-15 + (i * 3), 9.5, 1.5))]);
        var cloth = canopy.Or(scallops).Within(new Box(-15, 0, 15, 32));
        c.Fill(cloth, awning, Shading.Flat(Tone.Base), separate: true);
        c.Fill(new Union([.. Enumerable.Range(0, 6).Select(i => new Polygon((-15 + (i * 6), 11.5), (-12 + (i * 6), 11.5), ((-12 + (i * 6)) * 0.8, 3), ((-15 + (i * 6)) * 0.8, 3)))]).Within(cloth), BuildingParts.Plaster, Shading.Flat(Tone.Base));
        c.Fill(canopy.Minus(canopy.Offset(0, 1)), awning, Shading.Flat(Tone.Light));
    }
}
