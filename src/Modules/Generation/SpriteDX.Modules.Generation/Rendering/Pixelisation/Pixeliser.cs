using SkiaSharp;

namespace SpriteDX.Modules.Generation.Rendering.Pixelisation;

/// <summary>
/// Turns a model's picture (a PNG, usually 1024×1024, one subject on a plain background) into pixel art that sits
/// beside the procedural sprites: transparent background, the subject cropped and centred, downscaled to the grid with
/// hard edges, a few colours, and the same 1-px dark outline. Pure: the same bytes always give the same canvas.
/// </summary>
internal static class Pixeliser
{
    public const int MaxColours = 16;

    /// <summary>A guard against a picture that would take gigabytes once decoded; models answer 1024 to 1792 px.</summary>
    private const int MaxSide = 4096;

    /// <summary>
    /// A cell is drawn when this much of it is subject. Below one half, so thin parts (a blade, an antenna) survive
    /// the downscale instead of vanishing; the outline then gives them the weight they had in the picture.
    /// </summary>
    private const double OpaqueCoverage = 0.4;

    /// <summary>
    /// How far (RGB distance) a pixel may be from the corner colour and still be background: enough for the noise and
    /// faint gradients models paint into "plain" backgrounds, well short of a pale subject against white.
    /// </summary>
    private const int BackgroundTolerance = 40;

    /// <summary>A picture with at least this share of transparent pixels brought its own background mask.</summary>
    private const double TransparentShareForAlphaMask = 0.01;

    private const int RefinementRounds = 4;

    private const string Unreadable = "The image model sent a picture SpriteDX could not read. Nothing was charged; try again.";
    private const string NoSubject = "The image model sent a picture with no subject SpriteDX could find. Nothing was charged; try again.";

    /// <summary>The picture as a <paramref name="gridSize"/> sprite frame, outlined, in at most <see cref="MaxColours"/> fill colours.</summary>
    /// <exception cref="SpriteGenerationFailedException">The bytes are not a picture, or the picture is only background.</exception>
    public static PixelCanvas Pixelise(byte[] image, int gridSize)
    {
        var picture = Decode(image);
        var subject = SubjectWeights(picture);
        var cells = Downscale(picture, subject, Bounds(picture, subject), gridSize);
        DropLoneCells(cells, gridSize);
        return Paint(cells, gridSize);
    }

    private static Picture Decode(byte[] image)
    {
        using var data = SKData.CreateCopy(image);
        using var codec = SKCodec.Create(data) ?? throw new SpriteGenerationFailedException(Unreadable);
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (width < 1 || height < 1 || width > MaxSide || height > MaxSide)
            throw new SpriteGenerationFailedException(Unreadable);
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap(info);
        if (codec.GetPixels(info, bitmap.GetPixels()) != SKCodecResult.Success)
            throw new SpriteGenerationFailedException(Unreadable);
        return new Picture(bitmap.GetPixelSpan().ToArray(), width, height);
    }

    /// <summary>How much each pixel belongs to the subject, 0 (background) to 1.</summary>
    private static float[] SubjectWeights(Picture picture)
    {
        var count = picture.Width * picture.Height;
        var transparent = 0;
        for (var i = 0; i < count; i++)
        {
            if (picture.Pixels[(i * 4) + 3] < 128)
                transparent++;
        }
        if (transparent >= count * TransparentShareForAlphaMask)
        {
            var weights = new float[count];
            for (var i = 0; i < count; i++)
                weights[i] = picture.Pixels[(i * 4) + 3] / 255f;
            return weights;
        }
        return FloodBackground(picture);
    }

    /// <summary>
    /// Background is what can be reached from the border through pixels close to the corner colour; enclosed areas of
    /// that colour (the white of an eye) stay part of the subject.
    /// </summary>
    private static float[] FloodBackground(Picture picture)
    {
        var (width, height) = (picture.Width, picture.Height);
        var background = CornerColour(picture);
        var weights = new float[width * height];
        Array.Fill(weights, 1f);
        var queue = new int[width * height];
        var (head, tail) = (0, 0);

        void Visit(int x, int y)
        {
            var index = (y * width) + x;
            if (weights[index] == 0f || Distance(picture.At(index), background) > BackgroundTolerance)
                return;
            weights[index] = 0f;
            queue[tail++] = index;
        }

        for (var x = 0; x < width; x++)
        {
            Visit(x, 0);
            Visit(x, height - 1);
        }
        for (var y = 0; y < height; y++)
        {
            Visit(0, y);
            Visit(width - 1, y);
        }
        while (head < tail)
        {
            var index = queue[head++];
            var (x, y) = (index % width, index / width);
            if (x > 0)
                Visit(x - 1, y);
            if (x < width - 1)
                Visit(x + 1, y);
            if (y > 0)
                Visit(x, y - 1);
            if (y < height - 1)
                Visit(x, y + 1);
        }
        return weights;
    }

    /// <summary>The median of the four corners, per channel, so one corner the subject reaches into does not decide.</summary>
    private static Rgba CornerColour(Picture picture)
    {
        var corners = new[]
        {
            picture.At(0),
            picture.At(picture.Width - 1),
            picture.At((picture.Height - 1) * picture.Width),
            picture.At((picture.Height * picture.Width) - 1),
        };
        static byte Median(IEnumerable<byte> values)
        {
            var sorted = values.Order().ToArray();
            return (byte)((sorted[1] + sorted[2] + 1) / 2);
        }
        return new Rgba(Median(corners.Select(c => c.R)), Median(corners.Select(c => c.G)), Median(corners.Select(c => c.B)), 255);
    }

    /// <summary>
    /// The subject's bounds, inclusive. Rows and columns with only a speck of subject are left out, so a stray pixel
    /// of noise in a corner does not shrink the subject to a dot.
    /// </summary>
    private static (int Left, int Top, int Right, int Bottom) Bounds(Picture picture, float[] subject)
    {
        var (width, height) = (picture.Width, picture.Height);
        var rows = new int[height];
        var columns = new int[width];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                if (subject[(y * width) + x] >= 0.5f)
                {
                    rows[y]++;
                    columns[x]++;
                }
            }
        }
        var speck = Math.Max(1, Math.Max(width, height) / 256);
        var (top, bottom) = (Array.FindIndex(rows, n => n >= speck), Array.FindLastIndex(rows, n => n >= speck));
        var (left, right) = (Array.FindIndex(columns, n => n >= speck), Array.FindLastIndex(columns, n => n >= speck));
        if (top < 0 || left < 0)
            throw new SpriteGenerationFailedException(NoSubject);
        return (left, top, right, bottom);
    }

    /// <summary>
    /// Area-averages the subject into the grid: the longer side spans the grid less a margin on each side (a cell for
    /// the outline, and from 32 px up a cell of air, as the designs leave), centred. Each cell is drawn or empty, never
    /// half-transparent. Its colour is the mean of the subject's pixels in it, preferring those half a cell or more
    /// inside the silhouette: the soft edge a model paints is half background, and would ring the sprite with a pale
    /// halo inside its outline.
    /// </summary>
    private static Rgba?[] Downscale(Picture picture, float[] subject, (int Left, int Top, int Right, int Bottom) bounds, int gridSize)
    {
        var (left, top, right, bottom) = bounds;
        var span = Math.Max(right - left + 1, bottom - top + 1);
        var margin = 1 + (gridSize / 32);
        var perCell = span / (double)(gridSize - (2 * margin));
        var originX = ((left + right + 1) / 2.0) - (gridSize * perCell / 2);
        var originY = ((top + bottom + 1) / 2.0) - (gridSize * perCell / 2);
        var depth = DepthInside(picture, subject);
        var core = Math.Max(1, (int)(perCell / 2));
        var cells = new Rgba?[gridSize * gridSize];
        for (var cy = 0; cy < gridSize; cy++)
        {
            var (y0, y1) = (originY + (cy * perCell), originY + ((cy + 1) * perCell));
            for (var cx = 0; cx < gridSize; cx++)
            {
                var (x0, x1) = (originX + (cx * perCell), originX + ((cx + 1) * perCell));
                var (all, inside) = (default(ColourSum), default(ColourSum));
                for (var y = Math.Max(0, (int)Math.Floor(y0)); y < Math.Min(picture.Height, (int)Math.Ceiling(y1)); y++)
                {
                    var overlapY = Math.Min(y + 1, y1) - Math.Max(y, y0);
                    for (var x = Math.Max(0, (int)Math.Floor(x0)); x < Math.Min(picture.Width, (int)Math.Ceiling(x1)); x++)
                    {
                        var index = (y * picture.Width) + x;
                        var weight = subject[index] * overlapY * (Math.Min(x + 1, x1) - Math.Max(x, x0));
                        if (weight <= 0)
                            continue;
                        var colour = picture.At(index);
                        all = all.Add(colour, weight);
                        if (depth[index] >= core)
                            inside = inside.Add(colour, weight);
                    }
                }
                if (all.Weight >= OpaqueCoverage * perCell * perCell)
                    cells[(cy * gridSize) + cx] = (inside.Weight > 0 ? inside : all).Mean();
            }
        }
        return cells;
    }

    /// <summary>How many pixels (city-block) each subject pixel lies inside the silhouette; 0 for background.</summary>
    private static int[] DepthInside(Picture picture, float[] subject)
    {
        var (width, height) = (picture.Width, picture.Height);
        var depth = new int[width * height];
        var far = width + height;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var index = (y * width) + x;
                if (subject[index] < 0.5f)
                    continue;
                var up = y > 0 ? depth[index - width] : 0;
                var leftward = x > 0 ? depth[index - 1] : 0;
                depth[index] = Math.Min(far, Math.Min(up, leftward) + 1);
            }
        }
        for (var y = height - 1; y >= 0; y--)
        {
            for (var x = width - 1; x >= 0; x--)
            {
                var index = (y * width) + x;
                if (depth[index] == 0)
                    continue;
                var down = y < height - 1 ? depth[index + width] : 0;
                var rightward = x < width - 1 ? depth[index + 1] : 0;
                depth[index] = Math.Min(depth[index], Math.Min(down, rightward) + 1);
            }
        }
        return depth;
    }

    /// <summary>A cell with no drawn neighbour would become an outlined dot floating beside the sprite: noise, not subject.</summary>
    private static void DropLoneCells(Rgba?[] cells, int gridSize)
    {
        bool Drawn(int x, int y) => x >= 0 && y >= 0 && x < gridSize && y < gridSize && cells[(y * gridSize) + x] is not null;

        var lone = new List<int>();
        for (var y = 0; y < gridSize; y++)
        {
            for (var x = 0; x < gridSize; x++)
            {
                if (Drawn(x, y) && !Drawn(x - 1, y) && !Drawn(x + 1, y) && !Drawn(x, y - 1) && !Drawn(x, y + 1))
                    lone.Add((y * gridSize) + x);
            }
        }
        foreach (var index in lone)
            cells[index] = null;
    }

    private static PixelCanvas Paint(Rgba?[] cells, int gridSize)
    {
        var drawn = cells.Where(c => c is not null).Select(c => c!.Value).ToArray();
        if (drawn.Length == 0)
            throw new SpriteGenerationFailedException(NoSubject);
        var palette = PaletteOf(drawn);
        var ramps = palette.Select(colour => Ramp.From(ToHsv(colour))).ToArray();
        var canvas = new PixelCanvas(gridSize);
        for (var index = 0; index < cells.Length; index++)
        {
            if (cells[index] is not { } colour)
                continue;
            var nearest = Nearest(colour, palette);
            canvas.Set(index % gridSize, index / gridSize, palette[nearest], ramps[nearest]);
        }
        canvas.OutlineSilhouette();
        return canvas;
    }

    /// <summary>
    /// At most <see cref="MaxColours"/> colours: median cut for a start every run agrees on, then a few k-means rounds
    /// so the colours settle where the sprite's pixels are.
    /// </summary>
    private static Rgba[] PaletteOf(Rgba[] colours)
    {
        var boxes = new List<Rgba[]> { colours };
        while (boxes.Count < MaxColours)
        {
            var (widest, channel, range) = (-1, 0, 0);
            for (var i = 0; i < boxes.Count; i++)
            {
                var (boxChannel, boxRange) = WidestChannel(boxes[i]);
                if (boxRange > range)
                    (widest, channel, range) = (i, boxChannel, boxRange);
            }
            if (widest < 0)
                break; // every box holds one colour
            var sorted = boxes[widest].OrderBy(c => Channel(c, channel)).ThenBy(Packed).ToArray();
            var half = sorted.Length / 2;
            boxes[widest] = sorted[..half];
            boxes.Add(sorted[half..]);
        }

        var palette = boxes.Select(Mean).Distinct().ToArray();
        for (var round = 0; round < RefinementRounds; round++)
        {
            var members = palette.Select(_ => new List<Rgba>()).ToArray();
            foreach (var colour in colours)
                members[Nearest(colour, palette)].Add(colour);
            palette = [.. palette.Select((previous, i) => members[i].Count == 0 ? previous : Mean(members[i]))];
        }
        return palette;
    }

    private static (int Channel, int Range) WidestChannel(Rgba[] box)
    {
        var best = (Channel: 0, Range: 0);
        for (var channel = 0; channel < 3; channel++)
        {
            var range = box.Max(c => Channel(c, channel)) - box.Min(c => Channel(c, channel));
            if (range > best.Range)
                best = (channel, range);
        }
        return best;
    }

    private static int Channel(Rgba colour, int channel) => channel switch
    {
        0 => colour.R,
        1 => colour.G,
        _ => colour.B,
    };

    private static int Packed(Rgba colour) => (colour.R << 16) | (colour.G << 8) | colour.B;

    private static Rgba Mean(IReadOnlyCollection<Rgba> colours) => new(
        ToByte(colours.Average(c => c.R)), ToByte(colours.Average(c => c.G)), ToByte(colours.Average(c => c.B)), 255);

    /// <summary>The index of the nearest palette colour; ties go to the first, so every run agrees.</summary>
    private static int Nearest(Rgba colour, Rgba[] palette)
    {
        var (best, bestDistance) = (0, int.MaxValue);
        for (var i = 0; i < palette.Length; i++)
        {
            var distance = SquaredDistance(colour, palette[i]);
            if (distance < bestDistance)
                (best, bestDistance) = (i, distance);
        }
        return best;
    }

    private static int SquaredDistance(Rgba a, Rgba b)
    {
        var (dr, dg, db) = (a.R - b.R, a.G - b.G, a.B - b.B);
        return (dr * dr) + (dg * dg) + (db * db);
    }

    private static double Distance(Rgba a, Rgba b) => Math.Sqrt(SquaredDistance(a, b));

    private static Hsv ToHsv(Rgba colour)
    {
        var (r, g, b) = (colour.R / 255.0, colour.G / 255.0, colour.B / 255.0);
        var max = Math.Max(r, Math.Max(g, b));
        var chroma = max - Math.Min(r, Math.Min(g, b));
        var hue = chroma == 0 ? 0
            : max == r ? 60 * (((g - b) / chroma) % 6)
            : max == g ? 60 * (((b - r) / chroma) + 2)
            : 60 * (((r - g) / chroma) + 4);
        return new Hsv(hue < 0 ? hue + 360 : hue, max == 0 ? 0 : chroma / max, max);
    }

    private static byte ToByte(double channel) => (byte)Math.Clamp(Math.Round(channel), 0, 255);

    private readonly record struct ColourSum(double Weight, double Red, double Green, double Blue)
    {
        public ColourSum Add(Rgba colour, double weight) =>
            new(Weight + weight, Red + (weight * colour.R), Green + (weight * colour.G), Blue + (weight * colour.B));

        public Rgba Mean() => new(ToByte(Red / Weight), ToByte(Green / Weight), ToByte(Blue / Weight), 255);
    }

    /// <summary>Decoded pixels, RGBA, unpremultiplied, row by row.</summary>
    private sealed record Picture(byte[] Pixels, int Width, int Height)
    {
        public Rgba At(int index) => new(Pixels[index * 4], Pixels[(index * 4) + 1], Pixels[(index * 4) + 2], Pixels[(index * 4) + 3]);
    }
}
