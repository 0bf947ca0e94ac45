using System.Text.Json;
using SkiaSharp;

namespace SpriteDX.Modules.Generation.Rendering;

/// <summary>
/// Sprite sheets as game engines take them: frames left to right in one PNG, scaled by whole numbers with
/// nearest-neighbour sampling, and frame data in Aseprite's JSON export ("JSON Array") format.
/// </summary>
internal static class SpriteSheets
{
    public static readonly IReadOnlyList<int> Scales = [1, 2, 4, 8];

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    public static byte[] Encode(IReadOnlyList<PixelCanvas> frames)
    {
        var size = frames[0].Size;
        var info = new SKImageInfo(size * frames.Count, size, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var sheet = new SKBitmap(info);
        var pixels = sheet.GetPixelSpan();
        for (var frame = 0; frame < frames.Count; frame++)
        {
            var canvas = frames[frame];
            for (var py = 0; py < size; py++)
            {
                for (var px = 0; px < size; px++)
                {
                    var colour = canvas[px, py];
                    var offset = ((py * info.Width) + (frame * size) + px) * 4;
                    (pixels[offset], pixels[offset + 1], pixels[offset + 2], pixels[offset + 3]) = (colour.R, colour.G, colour.B, colour.A);
                }
            }
        }
        using var data = sheet.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>The sheet, or one frame of it, scaled up by a whole number.</summary>
    /// <param name="frame">One frame (0-based) cut from the sheet, or null for the whole sheet.</param>
    public static byte[] Scale(byte[] sheetPng, int gridSize, int scale, int? frame = null)
    {
        using var sheet = SKBitmap.Decode(sheetPng) ?? throw new InvalidOperationException("The stored sprite sheet is not a PNG.");
        var source = frame is { } index ? SKRectI.Create(index * gridSize, 0, gridSize, gridSize) : SKRectI.Create(0, 0, sheet.Width, sheet.Height);
        using var cut = new SKBitmap(source.Width, source.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        if (!sheet.ExtractSubset(cut, source))
            throw new InvalidOperationException("The frame lies outside the stored sprite sheet.");
        if (scale == 1)
        {
            using var same = cut.Encode(SKEncodedImageFormat.Png, 100);
            return same.ToArray();
        }
        using var scaled = new SKBitmap(cut.Info.WithSize(source.Width * scale, source.Height * scale));
        using (var from = cut.PeekPixels())
        using (var to = scaled.PeekPixels())
        {
            if (!from.ScalePixels(to, new SKSamplingOptions(SKFilterMode.Nearest, SKMipmapMode.None)))
                throw new InvalidOperationException("SkiaSharp could not scale the sprite.");
        }
        using var data = scaled.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>A sprite stored before sheets existed (one frame, already upscaled) as a 1× one-frame sheet.</summary>
    public static byte[] FromUpscaledFrame(byte[] png, int gridSize)
    {
        using var stored = SKBitmap.Decode(png) ?? throw new InvalidOperationException("The stored sprite is not a PNG.");
        if (stored.Width == gridSize)
            return png;
        using var native = new SKBitmap(new SKImageInfo(gridSize, gridSize, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        using (var from = stored.PeekPixels())
        using (var to = native.PeekPixels())
        {
            if (!from.ScalePixels(to, new SKSamplingOptions(SKFilterMode.Nearest, SKMipmapMode.None)))
                throw new InvalidOperationException("SkiaSharp could not scale the sprite.");
        }
        using var data = native.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>Aseprite's JSON Array export for a sheet served at <paramref name="scale"/>, with one "idle" (or "still") tag.</summary>
    public static string AsepriteJson(string imageName, int gridSize, IReadOnlyList<int> frameDurations, int scale)
    {
        var size = gridSize * scale;
        var frames = frameDurations.Select((duration, index) => new AsepriteFrame(
            $"{Path.GetFileNameWithoutExtension(imageName)} {index}.aseprite",
            new AsepriteRect(index * size, 0, size, size),
            Rotated: false,
            Trimmed: false,
            new AsepriteRect(0, 0, size, size),
            new AsepriteSize(size, size),
            duration)).ToList();
        var tag = new AsepriteTag(frameDurations.Count > 1 ? "idle" : "still", 0, frameDurations.Count - 1, "forward");
        var meta = new AsepriteMeta(
            App: "https://www.aseprite.org/",
            Version: "1.3",
            Image: imageName,
            Format: "RGBA8888",
            Size: new AsepriteSize(size * frameDurations.Count, size),
            Scale: scale.ToString(System.Globalization.CultureInfo.InvariantCulture),
            FrameTags: [tag],
            Layers: [new AsepriteLayer("Sprite", 255, "normal")],
            Slices: []);
        return JsonSerializer.Serialize(new AsepriteSheet(frames, meta), Json);
    }

    private sealed record AsepriteSheet(IReadOnlyList<AsepriteFrame> Frames, AsepriteMeta Meta);

    private sealed record AsepriteFrame(
        string Filename, AsepriteRect Frame, bool Rotated, bool Trimmed, AsepriteRect SpriteSourceSize, AsepriteSize SourceSize, int Duration);

    private sealed record AsepriteRect(int X, int Y, int W, int H);

    private sealed record AsepriteSize(int W, int H);

    private sealed record AsepriteTag(string Name, int From, int To, string Direction);

    private sealed record AsepriteLayer(string Name, int Opacity, string BlendMode);

    private sealed record AsepriteMeta(
        string App,
        string Version,
        string Image,
        string Format,
        AsepriteSize Size,
        string Scale,
        IReadOnlyList<AsepriteTag> FrameTags,
        IReadOnlyList<AsepriteLayer> Layers,
        IReadOnlyList<object> Slices);
}
