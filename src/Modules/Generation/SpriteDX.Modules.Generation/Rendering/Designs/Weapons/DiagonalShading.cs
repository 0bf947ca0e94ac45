namespace SpriteDX.Modules.Generation.Rendering.Designs.Weapons;

/// <summary>
/// A round rod lying on the diagonal: lit along its top-left side, shaded along its bottom-right one. The built-in
/// cylinder shading measures across x only, which paints a diagonal rod light at one end and dark at the other.
/// </summary>
internal sealed class DiagonalShading : Shading
{
    public static readonly Shading Rod = new DiagonalShading();

    private DiagonalShading()
    {
    }

    public override Tone ToneAt(PartMask part, int px, int py)
    {
        var (nx, ny) = part.Normalised(px, py);
        var across = (nx + ny) / 2;
        if (!part.Contains(px - 1, py - 1) || across < -0.3)
            return Tone.Light;
        return !part.Contains(px + 1, py + 1) || across > 0.35 ? Tone.Shadow : Tone.Base;
    }
}
