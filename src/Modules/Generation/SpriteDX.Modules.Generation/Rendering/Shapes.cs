namespace SpriteDX.Modules.Generation.Rendering;

/// <summary>
/// A region in design space: x runs from -16 (left) to 16 (right) around the vertical axis, y from 0 (top) to 32 (bottom),
/// whatever the grid size, so one design describes the sprite at 16, 32 and 64 pixels.
/// </summary>
internal interface IShape
{
    bool Contains(double x, double y);
}

internal sealed record Ellipse(double X, double Y, double RadiusX, double RadiusY) : IShape
{
    public static Ellipse Circle(double x, double y, double radius) => new(x, y, radius, radius);

    public bool Contains(double x, double y)
    {
        var dx = (x - X) / RadiusX;
        var dy = (y - Y) / RadiusY;
        return (dx * dx) + (dy * dy) <= 1;
    }
}

internal sealed record Box(double Left, double Top, double Right, double Bottom) : IShape
{
    public bool Contains(double x, double y) => x >= Left && x <= Right && y >= Top && y <= Bottom;
}

/// <summary>A thick line segment with round ends.</summary>
internal sealed record Capsule(double X1, double Y1, double X2, double Y2, double Radius) : IShape
{
    public bool Contains(double x, double y)
    {
        var (dx, dy) = (X2 - X1, Y2 - Y1);
        var lengthSquared = (dx * dx) + (dy * dy);
        var t = lengthSquared == 0 ? 0 : Math.Clamp((((x - X1) * dx) + ((y - Y1) * dy)) / lengthSquared, 0, 1);
        var (px, py) = (X1 + (t * dx) - x, Y1 + (t * dy) - y);
        return (px * px) + (py * py) <= Radius * Radius;
    }
}

internal sealed class Polygon(params (double X, double Y)[] points) : IShape
{
    public bool Contains(double x, double y)
    {
        var inside = false;
        for (int i = 0, j = points.Length - 1; i < points.Length; j = i++)
        {
            var (xi, yi) = points[i];
            var (xj, yj) = points[j];
            if ((yi > y) != (yj > y) && x < xi + ((y - yi) * (xj - xi) / (yj - yi)))
            {
                inside = !inside;
            }
        }
        return inside;
    }
}

internal sealed class Union(params IShape[] shapes) : IShape
{
    public bool Contains(double x, double y) => shapes.Any(shape => shape.Contains(x, y));
}

internal sealed class Difference(IShape shape, IShape cut) : IShape
{
    public bool Contains(double x, double y) => shape.Contains(x, y) && !cut.Contains(x, y);
}

internal sealed class Intersection(IShape shape, IShape clip) : IShape
{
    public bool Contains(double x, double y) => shape.Contains(x, y) && clip.Contains(x, y);
}

internal sealed class Mirrored(IShape shape) : IShape
{
    public bool Contains(double x, double y) => shape.Contains(-x, y);
}

internal sealed class Shifted(IShape shape, double dx, double dy) : IShape
{
    public bool Contains(double x, double y) => shape.Contains(x - dx, y - dy);
}

internal static class ShapeExtensions
{
    public static IShape Offset(this IShape shape, double dx, double dy) => new Shifted(shape, dx, dy);

    public static IShape Minus(this IShape shape, IShape cut) => new Difference(shape, cut);

    public static IShape Within(this IShape shape, IShape clip) => new Intersection(shape, clip);

    public static IShape Or(this IShape shape, params IShape[] others) => new Union([shape, .. others]);
}
