namespace SpriteDX.Modules.Generation.Rendering.Designs.Buildings;

/// <summary>
/// Surface patterns as shapes (planks, bricks, panels), one pixel thick at any grid so they read as texture, not as parts.
/// Clip them to the surface with <see cref="ShapeExtensions.Within"/> and fill them with a darker tone of its ramp.
/// </summary>
internal static class Textures
{
    /// <summary>One pixel in design units at this grid.</summary>
    public static double Pixel(SpriteSketch s) => 32.0 / s.Grid;

    /// <summary>Paints a pattern onto a surface in one tone; on 16 px grids texture would only be noise, so it is left out.</summary>
    public static void Paint(SpriteSketch s, IShape pattern, IShape surface, Ramp ramp, Tone tone = Tone.Shadow)
    {
        if (s.Grid >= 32)
            s.Canvas.Fill(pattern.Within(surface), ramp, Shading.Flat(tone));
    }

    /// <summary>Horizontal lines every <paramref name="period"/> units: planks, shingles, block courses.</summary>
    public static IShape Rows(SpriteSketch s, double period, double offset = 0) => new Lines(period, offset, Pixel(s), Vertical: false);

    /// <summary>Vertical lines every <paramref name="period"/> units: boards, siding, bars.</summary>
    public static IShape Columns(SpriteSketch s, double period, double offset = 0) => new Lines(period, offset, Pixel(s), Vertical: true);

    /// <summary>Courses of bricks with the joints staggered every other row.</summary>
    public static IShape Bricks(SpriteSketch s, double height, double width) => new BrickJoints(height, width, Pixel(s));

    private static double Wrap(double value, double period) => ((value % period) + period) % period;

    private sealed record Lines(double Period, double Offset, double Thickness, bool Vertical) : IShape
    {
        public bool Contains(double x, double y) => Wrap((Vertical ? x : y) - Offset, Period) < Thickness;
    }

    private sealed record BrickJoints(double Height, double Width, double Thickness) : IShape
    {
        public bool Contains(double x, double y)
        {
            var course = Math.Floor(y / Height);
            if (y - (course * Height) < Thickness)
                return true;
            var stagger = Wrap(course, 2) == 0 ? 0 : Width / 2;
            return Wrap(x + stagger, Width) < Thickness;
        }
    }
}
