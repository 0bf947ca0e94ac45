using System.Globalization;

namespace SpriteDX.Modules.Generation.Rendering;

/// <summary>The palettes a sprite can be limited to; the API's and the page's names are the lower-case ones.</summary>
internal enum SpritePalette
{
    Default,
    Pico8,
    Nes,
    GameBoy,
}

/// <summary>Limits a finished sprite to a console's palette, keeping transparency and the outline's contrast.</summary>
internal static class Palettes
{
    public static readonly IReadOnlyList<string> Names = ["default", "pico8", "nes", "gameboy"];

    private static readonly Rgba[] Pico8 = FromHex(
        "000000 1D2B53 7E2553 008751 AB5236 5F574F C2C3C7 FFF1E8 FF004D FFA300 FFEC27 00E436 29ADFF 83769C FF77A8 FFCCAA");

    /// <summary>The NES's 2C02 colours as emulators commonly show them, its duplicate blacks left out.</summary>
    private static readonly Rgba[] Nes = FromHex(
        "7C7C7C 0000FC 0000BC 4428BC 940084 A80020 A81000 881400 503000 007800 006800 005800 004058 000000 " +
        "BCBCBC 0078F8 0058F8 6844FC D800CC E40058 F83800 E45C10 AC7C00 00B800 00A800 00A844 008888 " +
        "F8F8F8 3CBCFC 6888FC 9878F8 F878F8 F85898 F87858 FCA044 F8B800 B8F818 58D854 58F898 00E8D8 787878 " +
        "A4E4FC B8B8F8 D8B8F8 F8B8F8 F8A4C0 F0D0B0 FCE0A8 F8D878 D8F878 B8F8B8 B8F8D8 00FCFC F8D8F8");

    /// <summary>The original Game Boy's four greens, darkest first.</summary>
    private static readonly Rgba[] GameBoy = FromHex("0F380F 306230 8BAC0F 9BBC0F");

    public static bool TryParse(string? name, out SpritePalette palette)
    {
        palette = SpritePalette.Default;
        if (name is null)
            return true;
        var index = Names.ToList().FindIndex(known => string.Equals(known, name.Trim(), StringComparison.OrdinalIgnoreCase));
        if (index < 0)
            return false;
        palette = (SpritePalette)index;
        return true;
    }

    public static string Name(this SpritePalette palette) => Names[(int)palette];

    public static void Apply(PixelCanvas canvas, SpritePalette palette)
    {
        Func<Rgba, Rgba>? map = palette switch
        {
            SpritePalette.Pico8 => colour => Nearest(colour, Pico8),
            SpritePalette.Nes => colour => Nearest(colour, Nes),
            SpritePalette.GameBoy => ByLightness,
            _ => null,
        };
        if (map is not null)
            canvas.Recolour(map);
    }

    /// <summary>
    /// The Game Boy has no hues, only four shades: mapping by lightness keeps a sprite's shading where a nearest-colour
    /// match would collapse everything that is not green into one or two shades.
    /// </summary>
    private static Rgba ByLightness(Rgba colour)
    {
        var lightness = Lightness(colour);
        var shade = lightness switch
        {
            < 0.2 => 0,
            < 0.45 => 1,
            < 0.72 => 2,
            _ => 3,
        };
        return GameBoy[shade] with { A = colour.A };
    }

    /// <summary>
    /// The nearest colour in Oklab, where distance follows how different colours look: a cheaper RGB distance
    /// matched a bright red to PICO-8's brown, which keeps the lightness but loses the hue people asked for.
    /// </summary>
    private static Rgba Nearest(Rgba colour, Rgba[] palette)
    {
        var (l, a, b) = Oklab(colour);
        var best = palette[0];
        var bestDistance = double.MaxValue;
        foreach (var candidate in palette)
        {
            var (cl, ca, cb) = Oklab(candidate);
            var distance = ((l - cl) * (l - cl)) + ((a - ca) * (a - ca)) + ((b - cb) * (b - cb));
            if (distance < bestDistance)
                (best, bestDistance) = (candidate, distance);
        }
        return best with { A = colour.A };
    }

    /// <summary>Björn Ottosson's Oklab from sRGB (its published matrices).</summary>
    private static (double L, double A, double B) Oklab(Rgba colour)
    {
        static double Linear(byte channel)
        {
            var c = channel / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        var (r, g, b) = (Linear(colour.R), Linear(colour.G), Linear(colour.B));
        var l = Math.Cbrt((0.4122214708 * r) + (0.5363325363 * g) + (0.0514459929 * b));
        var m = Math.Cbrt((0.2119034982 * r) + (0.6806995451 * g) + (0.1073969566 * b));
        var s = Math.Cbrt((0.0883024619 * r) + (0.2817188376 * g) + (0.6299787005 * b));
        return (
            (0.2104542553 * l) + (0.7936177850 * m) - (0.0040720468 * s),
            (1.9779984951 * l) - (2.4285922050 * m) + (0.4505937099 * s),
            (0.0259040371 * l) + (0.7827717662 * m) - (0.8086757660 * s));
    }

    private static double Lightness(Rgba colour) => ((0.299 * colour.R) + (0.587 * colour.G) + (0.114 * colour.B)) / 255;

    private static Rgba[] FromHex(string colours) =>
    [
        .. colours.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(hex =>
        {
            var value = int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            return new Rgba((byte)(value >> 16), (byte)(value >> 8), (byte)value, 255);
        }),
    ];
}
