namespace SpriteDX.Modules.Generation.Rendering;

internal readonly record struct Rgba(byte R, byte G, byte B, byte A);

/// <param name="Hue">Degrees, 0..360.</param>
/// <param name="Saturation">0..1.</param>
/// <param name="Value">0..1.</param>
internal readonly record struct Hsv(double Hue, double Saturation, double Value)
{
    public Hsv With(double? hue = null, double? saturation = null, double? value = null) =>
        new(Wrap(hue ?? Hue), Math.Clamp(saturation ?? Saturation, 0, 1), Math.Clamp(value ?? Value, 0, 1));

    /// <summary>Moves the hue along the shorter arc towards <paramref name="target"/>, as painters shift shadows cool and lights warm.</summary>
    public Hsv ShiftHueTowards(double target, double degrees)
    {
        var delta = ((target - Hue + 540) % 360) - 180;
        return With(hue: Hue + (Math.Sign(delta) * Math.Min(Math.Abs(delta), degrees)));
    }

    public Rgba ToRgba()
    {
        var c = Value * Saturation;
        var h = Wrap(Hue) / 60;
        var x = c * (1 - Math.Abs((h % 2) - 1));
        var (r, g, b) = (int)h switch
        {
            0 => (c, x, 0.0),
            1 => (x, c, 0.0),
            2 => (0.0, c, x),
            3 => (0.0, x, c),
            4 => (x, 0.0, c),
            _ => (c, 0.0, x),
        };
        var m = Value - c;
        return new Rgba(ToByte(r + m), ToByte(g + m), ToByte(b + m), 255);
    }

    private static double Wrap(double hue) => ((hue % 360) + 360) % 360;

    private static byte ToByte(double channel) => (byte)Math.Round(Math.Clamp(channel, 0, 1) * 255);
}

internal enum Tone
{
    Outline,
    Shadow,
    Base,
    Light,
    Highlight,
}

/// <summary>The tones of one material, darkest to brightest, hue-shifted like hand-made pixel-art palettes.</summary>
internal sealed class Ramp
{
    private const double CoolHue = 245;
    private const double WarmHue = 55;

    private readonly Rgba[] _tones;

    private Ramp(Hsv colour)
    {
        Colour = colour;
        _tones =
        [
            colour.ShiftHueTowards(CoolHue, 25).With(saturation: Math.Max(colour.Saturation, 0.35) + 0.1, value: (colour.Value * 0.28) + 0.04).ToRgba(),
            colour.ShiftHueTowards(CoolHue, 14).With(saturation: colour.Saturation + 0.08, value: colour.Value * 0.68).ToRgba(),
            colour.ToRgba(),
            colour.ShiftHueTowards(WarmHue, 10).With(saturation: colour.Saturation * 0.72, value: (colour.Value * 0.8) + 0.26).ToRgba(),
            colour.ShiftHueTowards(WarmHue, 18).With(saturation: colour.Saturation * 0.4, value: (colour.Value * 0.4) + 0.62).ToRgba(),
        ];
    }

    public Hsv Colour { get; }

    public Rgba this[Tone tone] => _tones[(int)tone];

    public static Ramp From(Hsv colour) => new(colour);
}
