namespace SpriteDX.Modules.Generation.Rendering;

/// <summary>Chooses a tone for each pixel of a part; light always falls from the top left.</summary>
internal abstract class Shading
{
    private const double LightX = -0.55;
    private const double LightY = -0.62;
    private const double LightZ = 0.56;

    public static readonly Shading Sphere = new SphereShading();
    public static readonly Shading Cylinder = new CylinderShading();
    public static readonly Shading Bevel = new BevelShading();

    public static Shading Flat(Tone tone) => new FlatShading(tone);

    /// <summary>Two facets split along a line through (x, y): the side <paramref name="litX"/>, <paramref name="litY"/> points to is lit.</summary>
    public static Shading Split(double x, double y, double litX, double litY) => new SplitShading(x, y, litX, litY);

    public abstract Tone ToneAt(PartMask part, int px, int py);

    private static Tone Quantise(double light, bool allowHighlight) => light switch
    {
        > 0.93 when allowHighlight => Tone.Highlight,
        > 0.7 => Tone.Light,
        > 0.12 => Tone.Base,
        _ => Tone.Shadow,
    };

    private static double Lambert(double nx, double ny)
    {
        var lengthSquared = (nx * nx) + (ny * ny);
        if (lengthSquared > 1)
        {
            var length = Math.Sqrt(lengthSquared);
            (nx, ny) = (nx / length, ny / length);
            lengthSquared = 1;
        }
        var nz = Math.Sqrt(1 - lengthSquared);
        var norm = Math.Sqrt((LightX * LightX) + (LightY * LightY) + (LightZ * LightZ));
        return ((nx * LightX) + (ny * LightY) + (nz * LightZ)) / norm;
    }

    private sealed class SphereShading : Shading
    {
        public override Tone ToneAt(PartMask part, int px, int py)
        {
            var (nx, ny) = part.Normalised(px, py);
            return Quantise(Lambert(nx, ny), part.IsLarge);
        }
    }

    private sealed class CylinderShading : Shading
    {
        public override Tone ToneAt(PartMask part, int px, int py)
        {
            var (nx, _) = part.Normalised(px, py);
            return Quantise(Lambert(nx, -0.15), allowHighlight: false);
        }
    }

    private sealed class BevelShading : Shading
    {
        public override Tone ToneAt(PartMask part, int px, int py)
        {
            var litEdge = !part.Contains(px - 1, py) || !part.Contains(px, py - 1);
            var shadedEdge = !part.Contains(px + 1, py) || !part.Contains(px, py + 1);
            return (litEdge, shadedEdge) switch
            {
                (true, false) => Tone.Light,
                (false, true) => Tone.Shadow,
                _ => Tone.Base,
            };
        }
    }

    private sealed class FlatShading(Tone tone) : Shading
    {
        public override Tone ToneAt(PartMask part, int px, int py) => tone;
    }

    private sealed class SplitShading(double x, double y, double litX, double litY) : Shading
    {
        public override Tone ToneAt(PartMask part, int px, int py)
        {
            var side = ((part.DesignX(px) - x) * litX) + ((part.DesignY(py) - y) * litY);
            if (side > 0)
            {
                return Tone.Light;
            }
            var shadedEdge = !part.Contains(px + 1, py) || !part.Contains(px, py + 1);
            return shadedEdge ? Tone.Shadow : Tone.Base;
        }
    }
}
