using SkiaSharp;
using SpriteDX.Modules.Generation.Rendering;

namespace SpriteDX.UnitTests.Generation;

/// <summary>Writes a contact sheet of varied prompts to artifacts/sprites/sheet.png so a person can judge the art.</summary>
[TestFixture]
[Explicit("Writes a file for people to look at; run it when changing the art.")]
internal sealed class SpriteSheetTests
{
    private const int Columns = 6;
    private const int Cell = 256;
    private const int Gap = 8;

    private static readonly string[] Prompts =
    [
        "green slime", "cute pink slime king", "red dragon", "evil purple dragon", "spooky bat", "cute ghost",
        "orange cat", "happy robot", "skeleton", "knight in blue", "wizard", "hero in a green tunic",
        "iron sword", "fire sword", "red health potion", "blue mana potion", "royal shield", "emerald gem",
        "golden key", "treasure chest", "gold coin", "heart", "red mushroom", "little green monster",
    ];

    /// <summary>
    /// The prompts come from the file named by SPRITEDX_SHEET_PROMPTS (one per line) when it is set, and the sheet
    /// goes to SPRITEDX_SHEET_OUTPUT when that is set, so one run can judge a group of designs.
    /// </summary>
    [Test]
    public async Task Writes_a_contact_sheet()
    {
        var generator = new ProceduralSpriteGenerator();
        var prompts = Environment.GetEnvironmentVariable("SPRITEDX_SHEET_PROMPTS") is { Length: > 0 } list
            ? File.ReadAllLines(list).Where(line => line.Trim().Length > 0 && !line.StartsWith('#')).Select(line => line.Split('\t')[0]).ToArray()
            : Prompts;
        var rows = (prompts.Length + Columns - 1) / Columns;
        using var sheet = new SKBitmap(Gap + (Columns * (Cell + Gap)), Gap + (rows * (Cell + Gap)));
        using var canvas = new SKCanvas(sheet);
        canvas.Clear(new SKColor(0x1e, 0x20, 0x28));
        for (var i = 0; i < prompts.Length; i++)
        {
            var sprite = await generator.RenderAsync(new SpriteRequest(prompts[i], i + 1), null, CancellationToken.None);
            var cell = SKRect.Create(Gap + (i % Columns * (Cell + Gap)), Gap + (i / Columns * (Cell + Gap)), Cell, Cell);
            DrawChecker(canvas, cell);
            using var image = SKImage.FromEncodedData(SpriteSheets.Scale(sprite.SheetPng, sprite.GridSize, 1, frame: 0));
            canvas.DrawImage(image, cell, new SKSamplingOptions(SKFilterMode.Nearest, SKMipmapMode.None));
        }

        var path = Environment.GetEnvironmentVariable("SPRITEDX_SHEET_OUTPUT") is { Length: > 0 } output
            ? Path.GetFullPath(output)
            : Path.Combine(RepositoryRoot(), "artifacts", "sprites", "sheet.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var data = sheet.Encode(SKEncodedImageFormat.Png, 100))
        await using (var file = File.Create(path))
        {
            data.SaveTo(file);
        }
        TestContext.Out.WriteLine($"Contact sheet: {path}");

        File.Exists(path).Should().BeTrue();
    }

    private static void DrawChecker(SKCanvas canvas, SKRect cell)
    {
        using var light = new SKPaint { Color = new SKColor(0x3a, 0x3e, 0x4a) };
        using var dark = new SKPaint { Color = new SKColor(0x33, 0x37, 0x42) };
        const int square = 16;
        for (var y = 0; y < Cell / square; y++)
        {
            for (var x = 0; x < Cell / square; x++)
            {
                canvas.DrawRect(SKRect.Create(cell.Left + (x * square), cell.Top + (y * square), square, square), (x + y) % 2 == 0 ? light : dark);
            }
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SpriteDX.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("SpriteDX.sln not found above the test directory.");
    }
}
