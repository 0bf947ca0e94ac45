namespace SpriteDX.Modules.Generation.Rendering.Designs.Buildings;

/// <summary>Tall and famous shapes, front-on on the bottom rows: castles, towers, lighthouses, churches, temples, pyramids, windmills.</summary>
internal static class Landmarks
{
    private const double Ground = 29.5;
    private static readonly double Diagonal = Math.Sqrt(0.5);
    private static readonly Hsv GreyStone = new(30, 0.08, 0.66);
    private static readonly Hsv SandStone = new(38, 0.3, 0.8);

    public static void Castle(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var icy = s.Spec.Variant == "ice" || s.Spec.Material == "icy";
        var stone = icy ? Ramp.From(s.PartColour("walls", s.NamedColour ?? SpriteSketch.Ice.Colour)) : BuildingParts.Walls(s, GreyStone, GreyStone, SandStone);
        var roof = BuildingParts.Roof(s, icy ? [new Hsv(205, 0.55, 0.85)] : [new Hsv(218, 0.6, 0.65), new Hsv(2, 0.7, 0.75), new Hsv(275, 0.45, 0.6)]);
        var flag = r.Pick([new Hsv(2, 0.75, 0.9), new Hsv(46, 0.85, 0.97), new Hsv(215, 0.7, 0.85)]);
        var cones = icy || r.Chance(0.5);

        var keep = new Box(-4, 9.5, 4, 16);
        c.Fill(keep, stone, Shading.Bevel);
        Textures.Paint(s, Textures.Bricks(s, 2.5, 4), keep, stone);
        BuildingParts.Battlements(s, -5, 5, 6.5, 3, stone);
        BuildingParts.Flag(s, 0, 2.5, 4, flag);
        c.Fill(new Box(-1, 11.5, 1, 14).Or(Ellipse.Circle(0, 11.5, 1)), BuildingParts.Glass(s), Shading.Flat(BuildingParts.LitWindows(s) ? Tone.Light : Tone.Shadow));

        var wall = new Box(-8.5, 16, 8.5, Ground);
        c.Fill(wall, stone, Shading.Bevel, separate: true);
        Textures.Paint(s, Textures.Bricks(s, 2.5, 4), wall, stone);
        BuildingParts.Battlements(s, -8.5, 8.5, 13, 3, stone);
        foreach (var side in new[] { -1.0, 1.0 })
        {
            var (left, right) = side < 0 ? (-13.5, -8.5) : (8.5, 13.5);
            var tower = new Box(left, 10.5, right, Ground);
            c.Fill(tower, stone, Shading.Bevel, separate: true);
            Textures.Paint(s, Textures.Bricks(s, 2.5, 4), tower, stone);
            var centre = (left + right) / 2;
            if (cones)
            {
                c.Fill(new Polygon((left - 0.3, 10.8), (centre, 4), (right + 0.3, 10.8)), roof, Shading.Split(centre, 4, -1, 0), separate: true);
                c.Fill(new Box(left - 0.3, 10.2, right + 0.3, 11.4), roof, Shading.Flat(Tone.Shadow));
            }
            else
            {
                BuildingParts.Battlements(s, left, right, 7, 3.5, stone);
            }
            c.Fill(new Box(centre - 0.6, 14, centre + 0.6, 18.5).Or(Ellipse.Circle(centre, 14, 0.6)), BuildingParts.Interior, Shading.Flat(Tone.Base));
            if (icy)
            {
                foreach (var x in new[] { left + 1.5, right - 2 })
                    c.Fill(new Polygon((x - 0.8, 11.4), (x + 0.8, 11.4), (x, 14)), SpriteSketch.Ice, Shading.Flat(Tone.Highlight));
            }
        }
        BuildingParts.Opening(s, 0, Ground, 7, 10);
        if (s.Grid >= 32)
            c.Fill(new Union(Textures.Columns(s, 1.75, 0.5), Textures.Rows(s, 2, 21)).Within(new Box(-3.5, 20, 3.5, Ground - 1.5).Or(Ellipse.Circle(0, 23, 3.5))), BuildingParts.Iron, Shading.Flat(Tone.Light));
    }

    public static void Tower(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var wizard = s.Spec.Variant == "wizard";
        var stone = BuildingParts.Walls(s, wizard ? [new Hsv(250, 0.12, 0.62), GreyStone] : [GreyStone, SandStone]);
        var body = wizard ? new Polygon((-5.5, 11), (5.5, 11), (6.5, Ground), (-6.5, Ground)) : (IShape)new Box(-6, 9, 6, Ground);
        c.Fill(body, stone, Shading.Bevel);
        Textures.Paint(s, Textures.Bricks(s, 2.5, 4), body, stone);
        if (wizard)
        {
            var roof = BuildingParts.Roof(s, new Hsv(265, 0.55, 0.6), new Hsv(222, 0.6, 0.55));
            var hat = new Polygon((-9, 12), (-3, 5), (0, 2), (3.5, 0.8), (2.5, 3.5), (3, 5), (9, 12));
            c.Fill(hat, roof, Shading.Split(0, 2, -1, 0), separate: true);
            c.Fill(new Box(-9.5, 11.2, 9.5, 12.8), roof, Shading.Flat(Tone.Shadow));
            foreach (var (x, y) in new[] { (-3.0, 8.5), (2.5, 6.5), (4.5, 10.0) })
                c.Fill(Ellipse.Circle(x, y, 0.7), SpriteSketch.Gold, Shading.Flat(Tone.Highlight));
            BuildingParts.Window(s, new Box(-1.5, 15, 1.5, 19.5), stone, arched: true);
            c.Fill(new Box(2.2, 20.5, 3.4, 23), BuildingParts.Glass(s), Shading.Flat(Tone.Light));
        }
        else
        {
            c.Fill(new Box(-7.5, 8.5, 7.5, 10.5), stone, Shading.Bevel, separate: true);
            BuildingParts.Battlements(s, -7.5, 7.5, 4.5, 4.5, stone);
            if (s.Spec.Has("flag") || r.Chance(0.5))
                BuildingParts.Flag(s, 0, 1, 4, new Hsv(2, 0.75, 0.9));
            c.Fill(new Box(-0.6, 12, 0.6, 15), BuildingParts.Interior, Shading.Flat(Tone.Base));
            BuildingParts.Window(s, new Box(-1.5, 17.5, 1.5, 20.5), stone, arched: true);
        }
        BuildingParts.Door(s, 0, Ground, 4.5, 6.5, Ramp.From(s.PartColour("door", new Hsv(24, 0.6, 0.5))), arched: true);
    }

    public static void Lighthouse(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var walls = BuildingParts.Walls(s, new Hsv(40, 0.06, 0.96));
        var bands = Ramp.From(s.PartColour("roof", s.SecondColour(r.Pick([new Hsv(2, 0.78, 0.86), new Hsv(215, 0.7, 0.75)]))));
        var beam = Ramp.From(new Hsv(52, 0.45, 1));
        if (s.Spec.Has("glow") || r.Chance(0.3))
        {
            c.Fill(new Polygon((3.5, 6.2), (15.5, 3), (15.5, 11), (3.5, 8.5)), beam, Shading.Flat(Tone.Light));
            c.Fill(new Polygon((-3.5, 6.2), (-15.5, 3), (-15.5, 11), (-3.5, 8.5)), beam, Shading.Flat(Tone.Light));
        }
        var tower = new Polygon((-4.5, 10.5), (4.5, 10.5), (7, Ground), (-7, Ground));
        c.FillCentred(tower, walls, Shading.Cylinder);
        foreach (var y in new[] { 13.5, 20.5 })
            c.FillCentred(new Box(-8, y, 8, y + 3.5).Within(tower), bands, Shading.Cylinder);
        c.FillCentred(new Box(-8, Ground - 1.5, 8, Ground).Within(tower), walls, Shading.Flat(Tone.Shadow));
        BuildingParts.Opening(s, 0, Ground, 3, 5);
        c.Fill(new Box(-0.7, 17.8, 0.7, 19.5), BuildingParts.Interior, Shading.Flat(Tone.Base));
        var lamp = Ramp.From(s.PartColour("flame", new Hsv(48, 0.7, 1)));
        c.FillCentred(new Box(-3.6, 5, 3.6, 9.5), lamp, Shading.Flat(Tone.Light));
        c.FillCentred(Ellipse.Circle(0, 7.3, 1.6), lamp, Shading.Flat(Tone.Highlight));
        c.FillPair(new Box(-3.6, 5, -2.8, 9.5), BuildingParts.Iron, Shading.Flat(Tone.Base));
        c.FillCentred(new Box(-6.5, 9.5, 6.5, 11), BuildingParts.Iron, Shading.Bevel, separate: true);
        c.FillCentred(new Ellipse(0, 5.2, 4.6, 3.4).Within(new Box(-16, 0, 16, 5.2)), bands, Shading.Sphere, separate: true);
        c.FillCentred(new Box(-0.5, 0.8, 0.5, 2.5), BuildingParts.Iron, Shading.Flat(Tone.Base));
    }

    public static void Church(SpriteSketch s)
    {
        var c = s.Canvas;
        var walls = BuildingParts.Walls(s, new Hsv(40, 0.08, 0.95), GreyStone, new Hsv(36, 0.25, 0.88));
        var roof = BuildingParts.Roof(s, new Hsv(215, 0.3, 0.45), new Hsv(6, 0.6, 0.65), new Hsv(20, 0.5, 0.45));
        var nave = new Box(-12.5, 17, 12.5, Ground);
        c.Fill(nave, walls, Shading.Bevel);
        BuildingParts.GabledRoof(s, -12.5, 12.5, 15.5, 9.5, roof, overhang: 1.5);
        foreach (var x in new[] { -9.0, 9.0 })
            BuildingParts.Window(s, new Box(x - 1.3, 19.5, x + 1.3, 25.5), walls, arched: true);
        var tower = new Box(-4.2, 10, 4.2, Ground);
        c.FillCentred(tower, walls, Shading.Bevel, separate: true);
        c.FillCentred(new Polygon((-5.2, 10.5), (0, 3), (5.2, 10.5)), roof, Shading.Split(0, 3, -1, 0), separate: true);
        c.FillCentred(new Union(new Box(-0.5, 0.6, 0.5, 3.5), new Box(-1.5, 1.4, 1.5, 2.2)), SpriteSketch.Gold, Shading.Flat(Tone.Light));
        BuildingParts.Opening(s, 0, 16.5, 3.4, 4.5);
        c.FillCentred(new Ellipse(0, 15.3, 1.1, 1.3), SpriteSketch.Gold, Shading.Sphere);
        c.FillCentred(Ellipse.Circle(0, 19.8, 1.5), BuildingParts.Glass(s), Shading.Flat(Tone.Light), separate: true);
        BuildingParts.Door(s, 0, Ground, 4.8, 7.2, Ramp.From(s.PartColour("door", new Hsv(20, 0.6, 0.45))), arched: true);
    }

    public static void Temple(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var marble = BuildingParts.Walls(s, new Hsv(40, 0.07, 0.94), new Hsv(36, 0.2, 0.9));
        var roof = Ramp.From(s.PartColour("roof", marble.Colour));
        c.FillCentred(new Box(-15, 27.5, 15, Ground), marble, Shading.Bevel);
        c.FillCentred(new Box(-13.5, 25.5, 13.5, 27.5), marble, Shading.Bevel, separate: true);
        c.FillCentred(new Box(-11.5, 13, 11.5, 25.5), BuildingParts.Interior, Shading.Flat(Tone.Light));
        var count = r.Chance(0.5) ? 5 : 4;
        var spacing = 20.0 / (count - 1);
        for (var i = 0; i < count; i++)
        {
            var x = -10 + (i * spacing);
            c.Fill(new Box(x - 1.3, 13.5, x + 1.3, 25.5), marble, Shading.Cylinder, separate: true);
            c.Fill(new Box(x - 2, 12.8, x + 2, 14), marble, Shading.Bevel);
            c.Fill(new Box(x - 1.8, 24.6, x + 1.8, 25.5), marble, Shading.Bevel);
        }
        c.FillCentred(new Box(-13.5, 10, 13.5, 12.8), marble, Shading.Bevel, separate: true);
        c.FillCentred(new Polygon((-14.5, 10.2), (0, 3), (14.5, 10.2)), roof, Shading.Split(0, 3, -1, 0), separate: true);
        c.FillCentred(new Polygon((-10.5, 9.3), (0, 5.2), (10.5, 9.3)), roof, Shading.Flat(Tone.Shadow));
        if (s.Spec.Has("glow") || s.Spec.Has("fire"))
            c.FillCentred(new Ellipse(0, 20, 1.5, 2.5), SpriteSketch.Flame, Shading.Flat(Tone.Light));
    }

    public static void Pyramid(SpriteSketch s)
    {
        var c = s.Canvas;
        var sand = BuildingParts.Walls(s, new Hsv(40, 0.45, 0.88), new Hsv(34, 0.38, 0.82));
        const int courses = 8;
        const double height = 3;
        var shape = new Union([.. Enumerable.Range(0, courses).Select(i => new Box(-15.3 + (i * 1.85), Ground - ((i + 1) * height), 15.3 - (i * 1.85), Ground - (i * height)))]);
        c.FillCentred(shape, sand, Shading.Split(0, 0, -1, 0));
        Textures.Paint(s, Textures.Rows(s, height, Ground - (courses * height)), shape, sand);
        c.FillCentred(new Polygon((-2.5, 6), (0, 3), (2.5, 6)), SpriteSketch.Gold, Shading.Split(0, 3, -1, 0), separate: true);
        BuildingParts.Opening(s, 0, Ground, 3, 4.5);
    }

    public static void Windmill(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var walls = BuildingParts.Walls(s, new Hsv(40, 0.1, 0.94), new Hsv(28, 0.45, 0.65), GreyStone);
        var roof = BuildingParts.Roof(s, new Hsv(6, 0.65, 0.65), new Hsv(22, 0.5, 0.45), new Hsv(215, 0.25, 0.5));
        var sail = Ramp.From(s.PartColour("sail", new Hsv(40, 0.14, 0.96)));
        var wood = SpriteSketch.Wood;
        var body = new Polygon((-5, 12), (5, 12), (8, Ground), (-8, Ground));
        c.FillCentred(body, walls, Shading.Cylinder);
        if (s.Spec.Material == "wooden" || walls.Colour.Saturation > 0.3)
            Textures.Paint(s, Textures.Rows(s, 2.2, 12), body, walls);
        c.FillCentred(new Ellipse(0, 12.5, 6.2, 5.5).Within(new Box(-16, 0, 16, 13)), roof, Shading.Sphere, separate: true);
        BuildingParts.Door(s, 0, Ground, 4, 6, wood, arched: true);
        BuildingParts.Window(s, new Box(-1.2, 16, 1.2, 18.5), walls, arched: true);
        var (hx, hy) = (0.0, 11.5);
        var directions = r.Chance(0.7)
            ? new[] { (Diagonal, -Diagonal), (Diagonal, Diagonal), (-Diagonal, Diagonal), (-Diagonal, -Diagonal) }
            : [(0.0, -1.0), (1.0, 0.0), (0.0, 1.0), (-1.0, 0.0)];
        var frame = Math.Max(0.4, Textures.Pixel(s) * 0.45);
        foreach (var (dx, dy) in directions)
        {
            var (nx, ny) = (-dy, dx);
            (double, double) At(double along, double across) => (hx + (dx * along) + (nx * across), hy + (dy * along) + (ny * across));
            c.Fill(new Polygon(At(3, 0), At(13, 0), At(13, 3.6), At(3, 3.6)), sail, Shading.Flat(Tone.Base), separate: true);
            if (s.Grid >= 32)
            {
                foreach (var along in new[] { 6.3, 9.6 })
                {
                    var (x1, y1) = At(along, 0);
                    var (x2, y2) = At(along, 3.6);
                    c.Fill(new Capsule(x1, y1, x2, y2, frame), wood, Shading.Flat(Tone.Base));
                }
                var (ex1, ey1) = At(3, 3.6);
                var (ex2, ey2) = At(13, 3.6);
                c.Fill(new Capsule(ex1, ey1, ex2, ey2, frame), wood, Shading.Flat(Tone.Base));
            }
            var (tx, ty) = At(13.5, 0);
            c.Fill(new Capsule(hx, hy, tx, ty, Math.Max(0.6, Textures.Pixel(s) * 0.6)), wood, Shading.Flat(Tone.Light));
        }
        c.Fill(Ellipse.Circle(hx, hy, 1.4), wood, Shading.Sphere, separate: true);
    }
}
