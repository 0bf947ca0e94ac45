using System.Globalization;

namespace SpriteDX.BuildingBlocks.Web;

public static class SvgNumbers
{
    /// <summary>An SVG coordinate: invariant culture, at most two decimals, whatever the server's locale.</summary>
    public static string Svg(this double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
