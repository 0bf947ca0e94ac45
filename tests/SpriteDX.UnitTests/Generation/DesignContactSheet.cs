using SkiaSharp;
using SpriteDX.Modules.Generation.Rendering;

namespace SpriteDX.UnitTests.Generation;

/// <summary>Lays sprites out on a grid with their labels, for people to judge the art (docs/screenshots, artifacts/sprites).</summary>
internal static class DesignContactSheet
{
    private const int Columns = 8;
    private const int Cell = 192;
    private const int Label = 22;
    private const int Gap = 8;

    public static string Write(string path, IReadOnlyList<(string Label, RenderedSprite Sprite)> sprites)
    {
        var rows = (sprites.Count + Columns - 1) / Columns;
        using var sheet = new SKBitmap(Gap + (Columns * (Cell + Gap)), Gap + (rows * (Cell + Label + Gap)));
        using var canvas = new SKCanvas(sheet);
        canvas.Clear(new SKColor(0x1e, 0x20, 0x28));
        using var font = new SKFont(SKTypeface.Default, 13);
        using var text = new SKPaint { Color = new SKColor(0xd8, 0xdc, 0xe6), IsAntialias = true };
        for (var i = 0; i < sprites.Count; i++)
        {
            var (label, sprite) = sprites[i];
            var left = Gap + (i % Columns * (Cell + Gap));
            var top = Gap + (i / Columns * (Cell + Label + Gap));
            var cell = SKRect.Create(left, top, Cell, Cell);
            DrawChecker(canvas, cell);
            using var image = SKImage.FromEncodedData(SpriteSheets.Scale(sprite.SheetPng, sprite.GridSize, 1, frame: 0));
            canvas.DrawImage(image, cell, new SKSamplingOptions(SKFilterMode.Nearest, SKMipmapMode.None));
            canvas.DrawText(label.Length > 26 ? label[..25] + "…" : label, left + 2, top + Cell + 16, SKTextAlign.Left, font, text);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var data = sheet.Encode(SKEncodedImageFormat.Png, 100);
        using var file = File.Create(path);
        data.SaveTo(file);
        return path;
    }

    public static string ArtifactPath(string name)
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SpriteDX.sln")))
            directory = directory.Parent;
        var root = directory?.FullName ?? throw new InvalidOperationException("SpriteDX.sln not found above the test directory.");
        return Path.Combine(root, "artifacts", "sprites", name);
    }

    private static void DrawChecker(SKCanvas canvas, SKRect cell)
    {
        using var light = new SKPaint { Color = new SKColor(0x3a, 0x3e, 0x4a) };
        using var dark = new SKPaint { Color = new SKColor(0x33, 0x37, 0x42) };
        const int square = 16;
        for (var y = 0; y < Cell / square; y++)
        {
            for (var x = 0; x < Cell / square; x++)
                canvas.DrawRect(SKRect.Create(cell.Left + (x * square), cell.Top + (y * square), square, square), (x + y) % 2 == 0 ? light : dark);
        }
    }
}
