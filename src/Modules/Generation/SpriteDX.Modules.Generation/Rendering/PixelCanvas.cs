namespace SpriteDX.Modules.Generation.Rendering;

/// <summary>The sprite at its native grid size; parts are painted back to front.</summary>
internal sealed class PixelCanvas
{
    /// <summary>On grids this small, lines between parts would eat the parts themselves.</summary>
    private const int LargestGridWithoutPartLines = 16;

    private readonly Rgba[] _colours;
    private readonly Ramp?[] _ramps;

    public PixelCanvas(int size)
    {
        Size = size;
        _colours = new Rgba[size * size];
        _ramps = new Ramp?[size * size];
    }

    public int Size { get; }

    public PixelCanvas Clone()
    {
        var copy = new PixelCanvas(Size);
        _colours.CopyTo(copy._colours, 0);
        _ramps.CopyTo(copy._ramps, 0);
        return copy;
    }

    public Rgba this[int px, int py] => _colours[(py * Size) + px];

    public bool IsOpaque(int px, int py) =>
        px >= 0 && py >= 0 && px < Size && py < Size && _ramps[(py * Size) + px] is not null;

    /// <param name="separate">Draws a dark line where the part overlaps what is behind it, so it reads as a separate piece.</param>
    public void Fill(IShape shape, Ramp ramp, Shading shading, bool separate = false) =>
        Paint(PartMask.Of(shape, Size), ramp, shading, separate);

    /// <summary>Fills a shape that straddles the vertical axis, keeping it exactly symmetric.</summary>
    public void FillCentred(IShape shape, Ramp ramp, Shading shading, bool separate = false) =>
        Paint(PartMask.Symmetric(shape, Size), ramp, shading, separate);

    /// <summary>Fills a left-side shape and its mirror image, each lit on its own.</summary>
    public void FillPair(IShape leftShape, Ramp ramp, Shading shading, bool separate = false)
    {
        var left = PartMask.Of(leftShape, Size);
        Paint(left, ramp, shading, separate);
        Paint(left.Mirror(), ramp, shading, separate);
    }

    /// <summary>Stamps a hand-drawn pixel pattern; characters <paramref name="ink"/> does not know are left untouched.</summary>
    /// <param name="outlineRamp">Outlines the stamped pixels that land outside the sprite.</param>
    public void Stamp(int left, int top, IReadOnlyList<string> pattern, Func<char, Rgba?> ink, Ramp outlineRamp)
    {
        for (var row = 0; row < pattern.Count; row++)
        {
            for (var column = 0; column < pattern[row].Length; column++)
            {
                var (px, py) = (left + column, top + row);
                if (px < 1 || py < 1 || px >= Size - 1 || py >= Size - 1 || ink(pattern[row][column]) is not { } colour)
                {
                    continue;
                }
                var index = (py * Size) + px;
                _colours[index] = colour;
                _ramps[index] ??= outlineRamp;
            }
        }
    }

    /// <summary>Stamps a pattern on the left and again on the right at the mirrored position.</summary>
    /// <param name="mirrorPattern">Flip the pattern itself too, for shapes with a direction such as frowning eyes.</param>
    public void StampPair(int left, int top, IReadOnlyList<string> pattern, Func<char, Rgba?> ink, Ramp outlineRamp, bool mirrorPattern)
    {
        Stamp(left, top, pattern, ink, outlineRamp);
        var width = pattern.Max(row => row.Length);
        var rightPattern = mirrorPattern
            ? pattern.Select(row => new string(row.PadRight(width, '.').Reverse().ToArray())).ToList()
            : pattern;
        Stamp(Size - left - width, top, rightPattern, ink, outlineRamp);
    }

    /// <summary>
    /// Paints one pixel of a picture that was not drawn from shapes (a pixelised model image); the ramp is the
    /// pixel's material, so the outline and palette limits treat it like any drawn part.
    /// </summary>
    public void Set(int px, int py, Rgba colour, Ramp ramp)
    {
        var index = (py * Size) + px;
        _colours[index] = colour;
        _ramps[index] = ramp;
    }

    /// <summary>Rings the silhouette with the darkest tone of whatever it touches, on the four sides only, as pixel artists do.</summary>
    public void OutlineSilhouette()
    {
        var outline = new List<(int Index, Ramp Ramp)>();
        for (var py = 0; py < Size; py++)
        {
            for (var px = 0; px < Size; px++)
            {
                if (IsOpaque(px, py))
                {
                    continue;
                }
                var neighbour = RampAt(px, py - 1) ?? RampAt(px - 1, py) ?? RampAt(px + 1, py) ?? RampAt(px, py + 1);
                if (neighbour is not null)
                {
                    outline.Add(((py * Size) + px, neighbour));
                }
            }
        }
        foreach (var (index, ramp) in outline)
        {
            _colours[index] = ramp[Tone.Outline];
            _ramps[index] = ramp;
        }
    }

    /// <summary>Replaces every opaque pixel's colour, for palette limits; the parts and their outlines stay as drawn.</summary>
    public void Recolour(Func<Rgba, Rgba> map)
    {
        for (var index = 0; index < _colours.Length; index++)
        {
            if (_ramps[index] is not null)
                _colours[index] = map(_colours[index]);
        }
    }

    /// <summary>
    /// Moves everything above <paramref name="hipRow"/> down by <paramref name="pixels"/>, over the rows below it:
    /// the body settles onto its legs, the breathing half of an idle animation.
    /// </summary>
    public void SettleAbove(int hipRow, int pixels)
    {
        for (var py = hipRow - 1 + pixels; py >= pixels; py--)
        {
            Array.Copy(_colours, (py - pixels) * Size, _colours, py * Size, Size);
            Array.Copy(_ramps, (py - pixels) * Size, _ramps, py * Size, Size);
        }
        Array.Clear(_colours, 0, pixels * Size);
        Array.Clear(_ramps, 0, pixels * Size);
    }

    /// <summary>
    /// A copy whose upper three quarters settle by a pixel per 32 of grid: the breathing frame of an idle animation,
    /// for any sprite with its feet at the bottom.
    /// </summary>
    public PixelCanvas Settled()
    {
        var settled = Clone();
        var (top, bottom) = OpaqueRows();
        settled.SettleAbove(bottom - ((bottom - top) / 4), Math.Max(1, Size / 32));
        return settled;
    }

    /// <summary>The rows the sprite occupies, top and bottom inclusive; (0, -1) when empty.</summary>
    public (int Top, int Bottom) OpaqueRows()
    {
        var (top, bottom) = (-1, -1);
        for (var py = 0; py < Size; py++)
        {
            for (var px = 0; px < Size; px++)
            {
                if (_ramps[(py * Size) + px] is null)
                    continue;
                if (top < 0)
                    top = py;
                bottom = py;
                break;
            }
        }
        return top < 0 ? (0, -1) : (top, bottom);
    }

    public int PixelX(double designX) => (int)Math.Floor((designX * Size / 32.0) + (Size / 2.0));

    public int PixelY(double designY) => (int)Math.Floor(designY * Size / 32.0);

    private Ramp? RampAt(int px, int py) => IsOpaque(px, py) ? _ramps[(py * Size) + px] : null;

    private void Paint(PartMask part, Ramp ramp, Shading shading, bool separate)
    {
        foreach (var (px, py) in part.Pixels())
        {
            var index = (py * Size) + px;
            _colours[index] = ramp[shading.ToneAt(part, px, py)];
            _ramps[index] = ramp;
        }
        if (separate && Size > LargestGridWithoutPartLines)
        {
            SeparateFromBehind(part, ramp);
        }
    }

    private void SeparateFromBehind(PartMask part, Ramp ramp)
    {
        foreach (var (px, py) in part.Pixels())
        {
            foreach (var (nx, ny) in (ReadOnlySpan<(int, int)>)[(px, py - 1), (px - 1, py), (px + 1, py), (px, py + 1)])
            {
                if (!part.Contains(nx, ny) && IsOpaque(nx, ny))
                {
                    _colours[(ny * Size) + nx] = ramp[Tone.Outline];
                }
            }
        }
    }
}
