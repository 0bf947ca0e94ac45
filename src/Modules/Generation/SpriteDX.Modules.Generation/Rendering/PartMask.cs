namespace SpriteDX.Modules.Generation.Rendering;

/// <summary>The pixels one part covers, with the bounds its shading is measured against.</summary>
internal sealed class PartMask
{
    private const int LargeArea = 10;

    private readonly bool[] _cells;
    private readonly int _size;
    private int _minX = int.MaxValue;
    private int _minY = int.MaxValue;
    private int _maxX = int.MinValue;
    private int _maxY = int.MinValue;

    private PartMask(int size)
    {
        _size = size;
        _cells = new bool[size * size];
    }

    public int Area { get; private set; }

    public bool IsLarge => Area >= LargeArea;

    public static PartMask Of(IShape shape, int size)
    {
        var mask = new PartMask(size);
        for (var py = 1; py < size - 1; py++)
        {
            for (var px = 1; px < size - 1; px++)
            {
                if (shape.Contains(mask.DesignX(px), mask.DesignY(py)))
                {
                    mask.Set(px, py);
                }
            }
        }
        return mask;
    }

    /// <summary>Samples the left half only and mirrors it, so the mask is symmetric to the pixel whatever rounding does.</summary>
    public static PartMask Symmetric(IShape shape, int size)
    {
        var mask = new PartMask(size);
        for (var py = 1; py < size - 1; py++)
        {
            for (var px = 1; px < size / 2; px++)
            {
                if (shape.Contains(mask.DesignX(px), mask.DesignY(py)))
                {
                    mask.Set(px, py);
                    mask.Set(size - 1 - px, py);
                }
            }
        }
        return mask;
    }

    public PartMask Mirror()
    {
        var mirror = new PartMask(_size);
        foreach (var (px, py) in Pixels())
        {
            mirror.Set(_size - 1 - px, py);
        }
        return mirror;
    }

    public bool Contains(int px, int py) =>
        px >= 0 && py >= 0 && px < _size && py < _size && _cells[(py * _size) + px];

    public IEnumerable<(int X, int Y)> Pixels()
    {
        for (var py = _minY; py <= _maxY; py++)
        {
            for (var px = _minX; px <= _maxX; px++)
            {
                if (_cells[(py * _size) + px])
                {
                    yield return (px, py);
                }
            }
        }
    }

    public double DesignX(int px) => (px + 0.5 - (_size / 2.0)) * 32.0 / _size;

    public double DesignY(int py) => (py + 0.5) * 32.0 / _size;

    /// <summary>Position relative to the part's bounding ellipse: (0, 0) at its centre, length 1 on its rim.</summary>
    public (double X, double Y) Normalised(int px, int py)
    {
        var radiusX = (_maxX - _minX + 1) / 2.0;
        var radiusY = (_maxY - _minY + 1) / 2.0;
        return ((px - ((_minX + _maxX) / 2.0)) / radiusX, (py - ((_minY + _maxY) / 2.0)) / radiusY);
    }

    private void Set(int px, int py)
    {
        ref var cell = ref _cells[(py * _size) + px];
        if (cell)
        {
            return;
        }
        cell = true;
        Area++;
        (_minX, _maxX) = (Math.Min(_minX, px), Math.Max(_maxX, px));
        (_minY, _maxY) = (Math.Min(_minY, py), Math.Max(_maxY, py));
    }
}
