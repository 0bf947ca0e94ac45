namespace SpriteDX.Modules.Generation.Rendering.Designs.Buildings;

/// <summary>Pieces buildings share (roofs, windows, doors, battlements, flags), drawn front-on and lit from the top left.</summary>
internal static class BuildingParts
{
    public static readonly Ramp Interior = Ramp.From(new Hsv(240, 0.35, 0.16));
    public static readonly Ramp Brick = Ramp.From(new Hsv(10, 0.55, 0.62));
    public static readonly Ramp Thatch = Ramp.From(new Hsv(42, 0.62, 0.82));
    public static readonly Ramp Iron = Ramp.From(new Hsv(222, 0.14, 0.36));
    public static readonly Ramp Plaster = Ramp.From(new Hsv(40, 0.18, 0.94));

    private static readonly Hsv LitWindow = new(46, 0.7, 1);
    private static readonly Hsv DayWindow = new(200, 0.42, 0.88);

    /// <summary>Wall colour: the prompt's "walls", else its main colour, else the material or the design's own.</summary>
    public static Ramp Walls(SpriteSketch s, params Hsv[] defaults) =>
        Ramp.From(s.PartColour("walls", s.NamedColour ?? s.MaterialOr(Ramp.From(s.Random.Pick(defaults))).Colour));

    /// <summary>Roof colour: the prompt's "roof", else one of the design's own.</summary>
    public static Ramp Roof(SpriteSketch s, params Hsv[] defaults) => Ramp.From(s.PartColour("roof", s.Random.Pick(defaults)));

    /// <summary>Windows are lit at night, when the prompt asks for a glow, or when the place is haunted.</summary>
    public static bool LitWindows(SpriteSketch s) => s.Spec.Has("glow") || s.Mood is SpriteMood.Spooky or SpriteMood.Evil;

    public static Ramp Glass(SpriteSketch s) =>
        Ramp.From(s.PartColour("windows", LitWindows(s) ? LitWindow : DayWindow));

    /// <summary>A window with a frame, panes and a cross of glazing bars; boarded up when the place is spooky.</summary>
    public static void Window(SpriteSketch s, Box box, Ramp frame, bool arched = false)
    {
        var c = s.Canvas;
        var u = Textures.Pixel(s);
        var glass = Glass(s);
        var (cx, cy) = ((box.Left + box.Right) / 2, (box.Top + box.Bottom) / 2);
        var halfWidth = (box.Right - box.Left) / 2;
        IShape pane = arched ? new Box(box.Left, box.Top + halfWidth, box.Right, box.Bottom).Or(Ellipse.Circle(cx, box.Top + halfWidth, halfWidth)) : box;
        IShape outer = arched
            ? new Box(box.Left - u, box.Top + halfWidth, box.Right + u, box.Bottom + u).Or(Ellipse.Circle(cx, box.Top + halfWidth, halfWidth + u))
            : new Box(box.Left - u, box.Top - u, box.Right + u, box.Bottom + u);
        c.Fill(outer, frame, Shading.Flat(Tone.Light), separate: true);
        c.Fill(pane, glass, Shading.Flat(LitWindows(s) ? Tone.Light : Tone.Base));
        c.Fill(pane.Minus(pane.Offset(u, u)), glass, Shading.Flat(Tone.Shadow));
        if (s.Grid >= 32 && halfWidth * 2 >= 3.5)
            c.Fill(new Union(new Box(cx - (u / 2), box.Top, cx + (u / 2), box.Bottom), new Box(box.Left, cy - (u / 2), box.Right, cy + (u / 2))).Within(pane), frame, Shading.Flat(Tone.Light));
        if (s.Mood == SpriteMood.Spooky)
            c.Fill(new Capsule(box.Left - 0.5, box.Bottom - 1, box.Right + 0.5, box.Top + 1, Math.Max(0.6, u * 0.6)), SpriteSketch.Wood, Shading.Flat(Tone.Base));
    }

    /// <summary>A door from <paramref name="bottom"/> up, square or arched, of planks with a knob.</summary>
    public static void Door(SpriteSketch s, double x, double bottom, double width, double height, Ramp wood, bool arched = false)
    {
        var c = s.Canvas;
        var half = width / 2;
        var top = bottom - height;
        IShape door = arched ? new Box(x - half, top + half, x + half, bottom).Or(Ellipse.Circle(x, top + half, half)) : new Box(x - half, top, x + half, bottom);
        c.Fill(door, wood, Shading.Bevel, separate: true);
        Textures.Paint(s, Textures.Columns(s, 2, x - half + 1), door, wood);
        c.Fill(Ellipse.Circle(x + (half * 0.5), bottom - (height * 0.45), Math.Max(0.6, Textures.Pixel(s) * 0.5)), SpriteSketch.Gold, Shading.Flat(Tone.Light));
    }

    /// <summary>A dark doorway or opening, square or arched.</summary>
    public static void Opening(SpriteSketch s, double x, double bottom, double width, double height)
    {
        var half = width / 2;
        var top = bottom - height;
        s.Canvas.Fill(new Box(x - half, top + half, x + half, bottom).Or(Ellipse.Circle(x, top + half, half)), Interior, Shading.Flat(Tone.Base), separate: true);
    }

    /// <summary>A gabled roof over a wall from <paramref name="left"/> to <paramref name="right"/>, with rows of shingles.</summary>
    public static IShape GabledRoof(SpriteSketch s, double left, double right, double eave, double peak, Ramp ramp, double overhang = 2)
    {
        var centre = (left + right) / 2;
        var roof = new Polygon((left - overhang, eave), (centre, peak), (right + overhang, eave), (right + overhang, eave + 1.5), (left - overhang, eave + 1.5));
        s.Canvas.Fill(roof, ramp, Shading.Split(centre, peak, -1, 0), separate: true);
        Textures.Paint(s, Textures.Rows(s, 2.5, eave + 1.5), roof, ramp);
        return roof;
    }

    /// <summary>A row of merlons along a wall top: the notched line that says "castle".</summary>
    public static void Battlements(SpriteSketch s, double left, double right, double top, double height, Ramp stone)
    {
        var width = right - left;
        var count = Math.Max(2, (int)Math.Round(width / Math.Max(4.2, 4 * Textures.Pixel(s))));
        var merlon = width / ((2 * count) - 1);
        var notch = Math.Max(height * 0.5, 2 * Textures.Pixel(s));
        var shape = new Union([new Box(left, top + notch, right, Math.Max(top + height, top + notch + 1)), .. Enumerable.Range(0, count).Select(i => new Box(left + (2 * i * merlon), top, left + (((2 * i) + 1) * merlon), top + notch + 1))]);
        s.Canvas.Fill(shape, stone, Shading.Bevel, separate: true);
        if (s.Mood == SpriteMood.Evil)
        {
            foreach (var i in Enumerable.Range(0, count))
            {
                var mx = left + (((2 * i) + 0.5) * merlon);
                s.Canvas.Fill(new Polygon((mx - (merlon * 0.4), top), (mx, top - 2.2), (mx + (merlon * 0.4), top)), stone, Shading.Flat(Tone.Light));
            }
        }
    }

    /// <summary>A pole with a pennant flying right; the prompt's "flag" colour, else the given one.</summary>
    public static void Flag(SpriteSketch s, double x, double top, double poleHeight, Hsv fallback)
    {
        var c = s.Canvas;
        var pole = Math.Max(0.45, Textures.Pixel(s) * 0.5);
        c.Fill(new Box(x - pole, top, x + pole, top + poleHeight), SpriteSketch.Steel, Shading.Flat(Tone.Light));
        c.Fill(new Polygon((x + pole, top), (x + 5.5, top + 1.4), (x + pole, top + 2.8)), Ramp.From(s.PartColour("flag", fallback)), Shading.Flat(Tone.Base));
    }

    /// <summary>A chimney with a cap, standing on a roof; smoke curls from it when the place is lived in.</summary>
    public static void Chimney(SpriteSketch s, double x, double top, double bottom, bool smoke)
    {
        var c = s.Canvas;
        if (smoke)
            c.Fill(new Union(Ellipse.Circle(x + 0.5, top - 2.2, 1.5), Ellipse.Circle(x + 2.3, top - 4.3, 1.2)), Ramp.From(new Hsv(220, 0.05, 0.85)), Shading.Sphere);
        c.Fill(new Box(x - 1.6, top, x + 1.6, bottom), Brick, Shading.Bevel);
        c.Fill(new Box(x - 2.1, top - 0.6, x + 2.1, top + 0.8), Brick, Shading.Bevel, separate: true);
    }
}
