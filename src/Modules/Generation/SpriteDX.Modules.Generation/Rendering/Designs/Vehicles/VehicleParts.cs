using SpriteDX.Modules.Generation.Rendering.Designs.Buildings;

namespace SpriteDX.Modules.Generation.Rendering.Designs.Vehicles;

/// <summary>The pieces vehicles share (wheels, glass, lamps, flames), so every vehicle's wheel or window looks alike.</summary>
internal static class VehicleParts
{
    public static readonly Ramp Rubber = Ramp.From(new Hsv(235, 0.14, 0.26));
    public static readonly Ramp Chassis = Ramp.From(new Hsv(230, 0.12, 0.34));
    public static readonly Ramp Lamp = Ramp.From(new Hsv(50, 0.7, 1));
    public static readonly Ramp TailLight = Ramp.From(new Hsv(358, 0.8, 0.9));
    public static readonly Ramp Siren = Ramp.From(new Hsv(218, 0.85, 0.95));
    public static readonly Ramp Dark = Ramp.From(new Hsv(235, 0.3, 0.2));

    private static readonly double Diagonal = Math.Sqrt(0.5);

    /// <summary>Window glass: the prompt's "windows" colour, else a pale sky blue.</summary>
    public static Ramp Glass(SpriteSketch s) => Ramp.From(s.PartColour("windows", new Hsv(198, 0.42, 0.9)));

    /// <summary>Wheel hubs: the prompt's "wheels" colour, else steel.</summary>
    public static Ramp Hub(SpriteSketch s) => s.Spec.PartColours.ContainsKey("wheels") ? Ramp.From(s.PartColour("wheels", default)) : SpriteSketch.Steel;

    /// <summary>A rubber tyre with a hub, seen from the side.</summary>
    public static void Wheel(SpriteSketch s, double x, double y, double radius)
    {
        var c = s.Canvas;
        c.Fill(Ellipse.Circle(x, y, radius), Rubber, Shading.Sphere, separate: true);
        c.Fill(Ellipse.Circle(x, y, radius * 0.5), Hub(s), Shading.Sphere);
        if (s.Grid >= 32 && radius >= 3.5)
            c.Fill(Ellipse.Circle(x, y, 0.7), Rubber, Shading.Flat(Tone.Shadow));
    }

    /// <summary>A wooden or metal wheel with a rim, spokes and hub: carts, carriages, bicycles.</summary>
    public static void SpokedWheel(SpriteSketch s, double x, double y, double radius, Ramp ramp, double rim)
    {
        var c = s.Canvas;
        var spoke = Math.Max(0.45, Textures.Pixel(s) * 0.5);
        var (d, h) = (radius * Diagonal, radius);
        c.Fill(
            new Union(new Capsule(x - h, y, x + h, y, spoke), new Capsule(x, y - h, x, y + h, spoke), new Capsule(x - d, y - d, x + d, y + d, spoke), new Capsule(x - d, y + d, x + d, y - d, spoke)),
            ramp,
            Shading.Flat(Tone.Shadow));
        c.Fill(Ellipse.Circle(x, y, radius).Minus(Ellipse.Circle(x, y, radius - rim)), ramp, Shading.Sphere, separate: true);
        c.Fill(Ellipse.Circle(x, y, Math.Max(1, radius * 0.22)), ramp, Shading.Sphere);
    }

    /// <summary>A pane of glass with a diagonal glint across its top left.</summary>
    public static void Pane(SpriteSketch s, IShape pane, Ramp glass)
    {
        var c = s.Canvas;
        c.Fill(pane, glass, Shading.Flat(Tone.Base), separate: true);
        c.Fill(pane.Minus(pane.Offset(0, -Textures.Pixel(s))), glass, Shading.Flat(Tone.Shadow));
        c.Fill(pane.Minus(pane.Offset(Textures.Pixel(s), Textures.Pixel(s))), glass, Shading.Flat(Tone.Light));
    }

    /// <summary>A round window with a rim.</summary>
    public static void Porthole(SpriteSketch s, double x, double y, double radius, Ramp rim, Ramp glass)
    {
        var c = s.Canvas;
        c.Fill(Ellipse.Circle(x, y, radius), rim, Shading.Sphere, separate: true);
        c.Fill(Ellipse.Circle(x, y, radius * 0.6), glass, Shading.Sphere);
    }

    /// <summary>A flame or exhaust plume from a nozzle at (x, y), pointing along (dx, dy): a tapered outer flame and a hot core.</summary>
    public static void Flame(SpriteSketch s, double x, double y, double dx, double dy, double length, double halfWidth)
    {
        var c = s.Canvas;
        var ramp = Ramp.From(s.PartColour("thrusters", s.PartColour("flame", new Hsv(28, 0.9, 1))));
        var core = Ramp.From(s.PartColour("thrusters", s.PartColour("flame", new Hsv(28, 0.9, 1))).With(saturation: 0.35, value: 1));
        var (nx, ny) = (-dy, dx);
        if (s.Spec.Has("fire"))
            length *= 1.35;
        c.Fill(
            new Polygon((x + (nx * halfWidth), y + (ny * halfWidth)), (x + (dx * length * 0.45) + (nx * halfWidth * 0.8), y + (dy * length * 0.45) + (ny * halfWidth * 0.8)), (x + (dx * length), y + (dy * length)), (x + (dx * length * 0.45) - (nx * halfWidth * 0.8), y + (dy * length * 0.45) - (ny * halfWidth * 0.8)), (x - (nx * halfWidth), y - (ny * halfWidth))),
            ramp,
            Shading.Flat(Tone.Base));
        c.Fill(
            new Polygon((x + (nx * halfWidth * 0.5), y + (ny * halfWidth * 0.5)), (x + (dx * length * 0.55), y + (dy * length * 0.55)), (x - (nx * halfWidth * 0.5), y - (ny * halfWidth * 0.5))),
            core,
            Shading.Flat(Tone.Light));
    }

    /// <summary>Lights that tell the front and back of a road vehicle apart.</summary>
    public static void Lights(SpriteSketch s, IShape head, IShape tail)
    {
        s.Canvas.Fill(head, Lamp, Shading.Flat(s.Spec.Has("glow") ? Tone.Highlight : Tone.Light));
        s.Canvas.Fill(tail, TailLight, Shading.Flat(Tone.Base));
    }
}
