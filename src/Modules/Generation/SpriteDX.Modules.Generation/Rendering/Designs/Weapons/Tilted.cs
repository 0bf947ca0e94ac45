namespace SpriteDX.Modules.Generation.Rendering.Designs.Weapons;

/// <summary>
/// A shape drawn standing upright and laid on the 45° diagonal, as weapon and tool icons are shown: the upright
/// shape's "up" points to the top right, its "right" to the bottom right. The diagonal is the longest line a square
/// sprite holds, so long things (spears, rods) keep their length; heads are drawn in the upright frame and stay simple.
/// </summary>
/// <param name="x">Where the upright frame's origin lands in design space.</param>
/// <param name="y">Where the upright frame's origin lands in design space.</param>
internal sealed class Tilted(IShape upright, double x, double y) : IShape
{
    /// <summary>cos 45° = sin 45°; Math.Sqrt is exact to the last bit on every platform, unlike Math.Sin.</summary>
    public static readonly double Half = Math.Sqrt(0.5);

    public bool Contains(double x1, double y1)
    {
        var (dx, dy) = (x1 - x, y1 - y);
        return upright.Contains((dx + dy) * Half, (dy - dx) * Half);
    }

    /// <summary>Where a point of the upright frame lands in design space.</summary>
    public static (double X, double Y) Place(double uprightX, double uprightY, double x, double y) =>
        (x + ((uprightX - uprightY) * Half), y + ((uprightX + uprightY) * Half));
}

/// <summary>Laying upright drawings on the diagonal around the sprite's centre.</summary>
internal static class TiltExtensions
{
    public const double CentreY = 16;

    /// <summary>The upright shape on the diagonal through the sprite's centre, shifted along it by <paramref name="slide"/>.</summary>
    public static IShape OnDiagonal(this IShape upright, double slide = 0) => new Tilted(upright, slide * Tilted.Half, CentreY - (slide * Tilted.Half));
}
