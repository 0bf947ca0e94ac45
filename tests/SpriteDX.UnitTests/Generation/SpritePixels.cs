using SkiaSharp;
using SpriteDX.Modules.Generation.Rendering;

namespace SpriteDX.UnitTests.Generation;

/// <summary>One frame of a rendered sprite's sheet decoded back to its pixel-art grid.</summary>
internal sealed class SpritePixels
{
    private readonly SKColor[] _cells;

    private SpritePixels(int gridSize, SKColor[] cells)
    {
        GridSize = gridSize;
        _cells = cells;
    }

    public int GridSize { get; }

    public static SpritePixels Of(RenderedSprite sprite, int frame = 0)
    {
        using var bitmap = SKBitmap.Decode(sprite.SheetPng);
        var cells = new SKColor[sprite.GridSize * sprite.GridSize];
        for (var y = 0; y < sprite.GridSize; y++)
        {
            for (var x = 0; x < sprite.GridSize; x++)
            {
                cells[(y * sprite.GridSize) + x] = bitmap.GetPixel((frame * sprite.GridSize) + x, y);
            }
        }
        return new SpritePixels(sprite.GridSize, cells);
    }

    public SKColor this[int x, int y] => _cells[(y * GridSize) + x];

    public bool IsOpaque(int x, int y) => x >= 0 && y >= 0 && x < GridSize && y < GridSize && this[x, y].Alpha > 0;

    public IEnumerable<(int X, int Y)> Cells() =>
        Enumerable.Range(0, GridSize).SelectMany(y => Enumerable.Range(0, GridSize).Select(x => (x, y)));

    /// <summary>Opaque cells that touch the transparent background on one of their four sides.</summary>
    public IEnumerable<(int X, int Y)> EdgeCells() =>
        Cells().Where(c => IsOpaque(c.X, c.Y)
            && (!IsOpaque(c.X - 1, c.Y) || !IsOpaque(c.X + 1, c.Y) || !IsOpaque(c.X, c.Y - 1) || !IsOpaque(c.X, c.Y + 1)));

    public double OpaqueFraction => Cells().Count(c => IsOpaque(c.X, c.Y)) / (double)(GridSize * GridSize);

    /// <summary>The share of cells opaque in one sprite and transparent in the other: how differently they are shaped.</summary>
    public double SilhouetteDifferenceFrom(SpritePixels other) =>
        Cells().Count(c => IsOpaque(c.X, c.Y) != other.IsOpaque(c.X, c.Y)) / (double)(GridSize * GridSize);

    public double FractionDifferentFrom(SpritePixels other) =>
        Cells().Count(c => this[c.X, c.Y] != other[c.X, c.Y]) / (double)(GridSize * GridSize);

    /// <summary>Mean hue of the opaque, clearly coloured cells, weighted by saturation and taken on the colour circle.</summary>
    public double DominantHue()
    {
        var (sumX, sumY) = (0.0, 0.0);
        foreach (var (x, y) in Cells().Where(c => IsOpaque(c.X, c.Y)))
        {
            this[x, y].ToHsv(out var hue, out var saturation, out var value);
            if (value < 25 || saturation < 20)
            {
                continue;
            }
            var weight = saturation / 100.0;
            sumX += Math.Cos(hue * Math.PI / 180) * weight;
            sumY += Math.Sin(hue * Math.PI / 180) * weight;
        }
        return ((Math.Atan2(sumY, sumX) * 180 / Math.PI) + 360) % 360;
    }
}
