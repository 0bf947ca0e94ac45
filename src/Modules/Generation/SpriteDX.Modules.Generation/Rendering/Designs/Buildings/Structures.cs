namespace SpriteDX.Modules.Generation.Rendering.Designs.Buildings;

/// <summary>Built things that are not houses: wells, bridges, gates, doors, fountains, front-on on the bottom rows.</summary>
internal static class Structures
{
    private const double Ground = 29.5;

    public static void Well(SpriteSketch s)
    {
        var c = s.Canvas;
        var stone = BuildingParts.Walls(s, new Hsv(30, 0.08, 0.66), new Hsv(38, 0.25, 0.78));
        var roof = BuildingParts.Roof(s, new Hsv(6, 0.65, 0.65), new Hsv(24, 0.55, 0.5), new Hsv(215, 0.3, 0.5));
        var wood = SpriteSketch.Wood;
        var water = Ramp.From(s.PartColour("liquid", new Hsv(205, 0.65, 0.7)));
        c.FillPair(new Box(-9, 9, -7.4, 22), wood, Shading.Bevel);
        var roofShape = new Polygon((-12, 10.5), (0, 3), (12, 10.5), (12, 11.8), (-12, 11.8));
        c.FillCentred(roofShape, roof, Shading.Split(0, 3, -1, 0), separate: true);
        Textures.Paint(s, Textures.Rows(s, 2.5, 11.8), roofShape, roof);
        c.Fill(new Capsule(-7.4, 13.5, 7.4, 13.5, 0.8), wood, Shading.Flat(Tone.Base));
        c.Fill(new Union(new Capsule(7.4, 13.5, 10, 13.5, 0.55), new Capsule(10, 13.5, 10, 16, 0.55)), SpriteSketch.Steel, Shading.Flat(Tone.Light));
        c.Fill(new Box(-0.35, 13.5, 0.35, 16.5), SpriteSketch.Leather, Shading.Flat(Tone.Base));
        c.Fill(new Polygon((-2, 16.5), (2, 16.5), (1.5, 19.5), (-1.5, 19.5)), wood, Shading.Bevel, separate: true);
        var wall = new Box(-10, 21.5, 10, Ground);
        c.FillCentred(wall, stone, Shading.Bevel, separate: true);
        Textures.Paint(s, Textures.Bricks(s, 2.5, 4.5), wall, stone);
        c.FillCentred(new Ellipse(0, 21.5, 10.5, 2.3), stone, Shading.Sphere, separate: true);
        c.FillCentred(new Ellipse(0, 21.3, 8, 1.1), water, Shading.Flat(Tone.Shadow));
    }

    public static void Bridge(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var water = Ramp.From(s.PartColour("liquid", new Hsv(205, 0.65, 0.85)));
        if (s.Spec.Material == "wooden" || (s.Spec.Material is null && r.Chance(0.3)))
        {
            var wood = Ramp.From(s.NamedColour ?? SpriteSketch.Wood.Colour);
            c.Fill(new Box(-15.5, 26.5, 15.5, 28), water, Shading.Bevel);
            foreach (var x in new[] { -12.5, -4.2, 4.2, 12.5 })
            {
                c.Fill(new Box(x - 0.9, 12, x + 0.9, 28), wood, Shading.Bevel, separate: true);
                c.Fill(new Union(new Capsule(x - 0.5, 18.5, x + 3.5, 25, 0.45), new Capsule(x + 0.5, 18.5, x - 3.5, 25, 0.45)).Within(new Box(-15.5, 0, 15.5, 32)), wood, Shading.Flat(Tone.Shadow));
            }
            var deck = new Box(-15.5, 16, 15.5, 18.5);
            c.Fill(deck, wood, Shading.Bevel, separate: true);
            Textures.Paint(s, Textures.Columns(s, 2), deck, wood);
            c.Fill(new Box(-15.5, 12.2, 15.5, 13.2), wood, Shading.Bevel, separate: true);
            return;
        }
        var stone = BuildingParts.Walls(s, new Hsv(30, 0.08, 0.66), new Hsv(38, 0.28, 0.78));
        var arch = new Ellipse(0, 27.5, 9.5, 11);
        var body = new Ellipse(0, 40, 40, 29).Within(new Box(-15.5, 0, 15.5, 27.5)).Minus(arch);
        c.Fill(arch.Within(new Box(-16, 25, 16, 27.5)), water, Shading.Bevel);
        c.Fill(new Capsule(-4, 25.6, 3, 25.6, 0.3), water, Shading.Flat(Tone.Highlight));
        c.FillCentred(body, stone, Shading.Bevel);
        Textures.Paint(s, Textures.Bricks(s, 2.5, 4.5), body, stone);
        var parapet = body.Minus(body.Offset(0, 2));
        c.FillCentred(parapet, stone, Shading.Flat(Tone.Light));
        c.FillCentred(new Ellipse(0, 27.5, 11, 12.5).Minus(arch).Within(body), stone, Shading.Flat(Tone.Light));
    }

    public static void Gate(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var stone = Ramp.From(s.PartColour("walls", new Hsv(30, 0.08, 0.66)));
        var wooden = s.Spec.Material == "wooden";
        var metal = s.Spec.Material is "iron" or "steel" or null
            ? Ramp.From(s.NamedColour ?? BuildingParts.Iron.Colour)
            : s.MaterialOr(BuildingParts.Iron);
        var u = Textures.Pixel(s);
        if (wooden)
        {
            var wood = Ramp.From(s.PartColour("door", s.NamedColour ?? SpriteSketch.Wood.Colour));
            var doors = new Box(-9.5, 12, 9.5, Ground).Or(new Ellipse(0, 12, 9.5, 5));
            c.FillCentred(doors, wood, Shading.Bevel);
            Textures.Paint(s, Textures.Columns(s, 2.4, 0), doors, wood);
            c.FillCentred(new Box(-u / 2, 0, u / 2, 32).Within(doors), wood, Shading.Flat(Tone.Outline));
            foreach (var y in new[] { 14.0, 24.0 })
                c.FillCentred(new Box(-9.5, y, 9.5, y + 1.3), BuildingParts.Iron, Shading.Bevel);
        }
        else
        {
            var step = Math.Max(2.4, (2 * u) + 0.6);
            var bar = Math.Max(0.5, u * 0.5);
            for (var x = -step / 2; x > -9.5; x -= step)
            {
                var top = 8.5 + (3.5 * (x / 9.5) * (x / 9.5));
                c.FillPair(new Union(new Box(x - bar, top, x + bar, Ground), new Polygon((x - (bar * 2.2), top + 0.5), (x, top - 2), (x + (bar * 2.2), top + 0.5))), metal, Shading.Flat(Tone.Base));
            }
            foreach (var y in new[] { 14.5, 25.5 })
                c.FillCentred(new Box(-9.5, y, 9.5, y + Math.Max(1, u)), metal, Shading.Bevel);
            c.FillCentred(Ellipse.Circle(0, 20, 2.6).Minus(Ellipse.Circle(0, 20, 2.6 - Math.Max(1, u))), metal, Shading.Flat(Tone.Light));
        }
        c.FillPair(new Box(-14.8, 8, -9.5, Ground), stone, Shading.Bevel, separate: true);
        Textures.Paint(s, Textures.Bricks(s, 2.5, 3), new Box(-14.8, 8, -9.5, Ground), stone);
        Textures.Paint(s, Textures.Bricks(s, 2.5, 3), new Box(9.5, 8, 14.8, Ground), stone);
        c.FillPair(new Box(-15.5, 6.5, -8.8, 8.5), stone, Shading.Bevel, separate: true);
        c.FillPair(Ellipse.Circle(-12.15, 4.8, 1.8), stone, Shading.Sphere);
        if (s.Spec.Has("glow") || s.Spec.Has("fire") || r.Chance(0.25))
            c.FillPair(new Ellipse(-12.15, 4.3, 1.2, 1.8), SpriteSketch.Flame, Shading.Flat(Tone.Light));
    }

    public static void Door(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var metalDoor = s.Spec.Material is "iron" or "steel";
        var door = Ramp.From(s.PartColour("door", s.NamedColour ?? (metalDoor ? BuildingParts.Iron.Colour : s.MaterialOr(Ramp.From(r.Pick([new Hsv(24, 0.6, 0.55), new Hsv(18, 0.55, 0.42), new Hsv(140, 0.45, 0.45)]))).Colour)));
        var stone = Ramp.From(s.PartColour("walls", new Hsv(30, 0.08, 0.66)));
        var frame = new Box(-9, 10.5, 9, Ground).Or(Ellipse.Circle(0, 10.5, 9));
        c.FillCentred(frame, stone, Shading.Bevel);
        Textures.Paint(s, Textures.Bricks(s, 2.5, 3.5), frame, stone);
        var leaf = new Box(-6.5, 10.5, 6.5, Ground).Or(Ellipse.Circle(0, 10.5, 6.5));
        c.FillCentred(leaf, door, Shading.Bevel, separate: true);
        if (metalDoor)
        {
            foreach (var y in new[] { 9.0, 15.0, 21.0, 27.0 })
            {
                foreach (var x in new[] { -4.5, 4.5 })
                    c.Fill(Ellipse.Circle(x, y, 0.6), SpriteSketch.Steel, Shading.Flat(Tone.Light));
            }
        }
        else
        {
            Textures.Paint(s, Textures.Columns(s, 2.6, 0.2), leaf, door);
            foreach (var y in new[] { 13.5, 24.0 })
                c.Fill(new Union(new Box(-6.5, y, 2.5, y + 1.3), Ellipse.Circle(2.5, y + 0.65, 1)), BuildingParts.Iron, Shading.Bevel, separate: true);
        }
        c.Fill(Ellipse.Circle(3.5, 19.5, 1.4).Minus(Ellipse.Circle(3.5, 19.5, Math.Max(0.5, Textures.Pixel(s) * 0.5))), SpriteSketch.Gold, Shading.Flat(Tone.Base));
        if (r.Chance(0.5))
        {
            c.FillCentred(Ellipse.Circle(0, 8.5, 1.9), BuildingParts.Interior, Shading.Flat(Tone.Base), separate: true);
            c.FillCentred(new Box(-0.4, 6.6, 0.4, 10.4), BuildingParts.Iron, Shading.Flat(Tone.Light));
        }
        c.FillCentred(new Box(-10.5, 28.5, 10.5, 30), stone, Shading.Bevel, separate: true);
    }

    public static void Fountain(SpriteSketch s)
    {
        var c = s.Canvas;
        var stone = BuildingParts.Walls(s, new Hsv(30, 0.06, 0.78), new Hsv(38, 0.2, 0.85));
        var water = Ramp.From(s.PartColour("liquid", new Hsv(200, 0.6, 0.95)));
        var u = Textures.Pixel(s);
        c.FillCentred(new Ellipse(0, 8, 6, 4.5).Minus(new Ellipse(0, 8, 6 - Math.Max(1.1, u), 4.5 - Math.Max(1.1, u))).Within(new Box(-16, 0, 16, 11)), water, Shading.Flat(Tone.Light));
        c.FillCentred(new Box(-0.8, 3.2, 0.8, 11).Or(Ellipse.Circle(0, 3.4, 1.4)), water, Shading.Flat(Tone.Light));
        c.FillPair(new Union(new Capsule(-7.2, 12, -9.4, 16, 0.7), new Capsule(-9.4, 16, -10.2, 20.5, 0.7)), water, Shading.Flat(Tone.Base));
        c.FillCentred(new Box(-1.6, 13, 1.6, 21), stone, Shading.Cylinder);
        c.FillCentred(new Polygon((-7.5, 11), (7.5, 11), (4, 14.5), (-4, 14.5)), stone, Shading.Bevel, separate: true);
        c.FillCentred(new Ellipse(0, 11, 6.5, 1.1).Within(new Box(-16, 0, 16, 11.4)), water, Shading.Flat(Tone.Base));
        c.FillCentred(new Ellipse(0, 21.5, 12.5, 1.6).Within(new Box(-16, 0, 16, 21.5)), water, Shading.Flat(Tone.Base));
        var basin = new Polygon((-14, 22.5), (14, 22.5), (12.5, Ground), (-12.5, Ground));
        c.FillCentred(basin, stone, Shading.Bevel, separate: true);
        Textures.Paint(s, Textures.Bricks(s, 2.5, 4.5), basin, stone);
        c.FillCentred(new Box(-14.6, 21, 14.6, 23), stone, Shading.Bevel, separate: true);
    }
}
