namespace SpriteDX.Modules.Generation.Rendering.Designs.Effects;

/// <summary>
/// Directions round the circle in 7.5° steps, from a written-out quarter of cosines rather than Math.Sin and Math.Cos,
/// whose last bits may differ between platforms and would break byte-identical sprites. Step 0 points right; steps
/// turn clockwise on screen (y grows downwards), so step 12 points down and step 36 up.
/// </summary>
internal static class Compass
{
    public const int Steps = 48;

    private const int QuarterSteps = Steps / 4;

    private static readonly double[] QuarterCosines =
    [
        1, 0.9914448614, 0.9659258263, 0.9238795325, 0.8660254038, 0.7933533403, 0.7071067812,
        0.6087614290, 0.5, 0.3826834324, 0.2588190451, 0.1305261922, 0,
    ];

    public static (double X, double Y) Direction(int step)
    {
        var wrapped = ((step % Steps) + Steps) % Steps;
        var (quarter, within) = (wrapped / QuarterSteps, wrapped % QuarterSteps);
        var (cos, sin) = (QuarterCosines[within], QuarterCosines[QuarterSteps - within]);
        return quarter switch
        {
            0 => (cos, sin),
            1 => (-sin, cos),
            2 => (-cos, -sin),
            _ => (sin, -cos),
        };
    }

    /// <summary>The point <paramref name="radius"/> away from (x, y) in the direction of <paramref name="step"/>.</summary>
    public static (double X, double Y) Point(double x, double y, double radiusX, double radiusY, int step)
    {
        var (dx, dy) = Direction(step);
        return (x + (radiusX * dx), y + (radiusY * dy));
    }

    /// <summary>A star of <paramref name="points"/> tips (a divisor of 24), the first tip at <paramref name="firstStep"/>.</summary>
    public static IShape Star(double x, double y, int points, double outer, double inner, int firstStep = 36) =>
        new Polygon([.. Enumerable.Range(0, points * 2).Select(i =>
        {
            var radius = i % 2 == 0 ? outer : inner;
            return Point(x, y, radius, radius, firstStep + (i * Steps / (points * 2)));
        })]);

    /// <summary>A regular polygon of <paramref name="corners"/> corners (a divisor of 48), squashed to an ellipse's radii.</summary>
    public static IShape Ring(double x, double y, double radiusX, double radiusY, int corners, int firstStep = 0) =>
        new Polygon([.. Enumerable.Range(0, corners).Select(i => Point(x, y, radiusX, radiusY, firstStep + (i * Steps / corners)))]);
}

/// <summary>A shape turned clockwise about (x, y) by a <see cref="Compass"/> step: a tilted lemon, a leaning carrot.</summary>
internal sealed class Turned(IShape shape, double x, double y, int step) : IShape
{
    private readonly (double Cos, double Sin) _turn = Compass.Direction(step);

    public bool Contains(double px, double py)
    {
        var (dx, dy) = (px - x, py - y);
        return shape.Contains(x + (dx * _turn.Cos) + (dy * _turn.Sin), y - (dx * _turn.Sin) + (dy * _turn.Cos));
    }
}
