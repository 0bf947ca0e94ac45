using SkiaSharp;
using SpriteDX.Modules.Generation.Rendering;

namespace SpriteDX.UnitTests.Generation;

/// <summary>
/// Contact sheets of prompts as people type them, through the interpreter and the generator, for people to judge:
/// the README's sheet (docs/screenshots) and every everyday prompt (artifacts/sprites).
/// </summary>
[TestFixture]
[Explicit("Writes files for people to look at; run it when changing the art or the lexicon.")]
internal sealed class SpriteSheetTests
{
    /// <summary>Eight rows of eight across every category, most of them outside the everyday-prompts fixture.</summary>
    private static readonly string[] ReadmePrompts =
    [
        "a brave knight in silver armor", "old wizard with a long white beard", "pirate captain with a hook", "samurai with a katana",
        "viking warrior with a horned helmet", "elf archer with a green hood", "green zombie", "astronaut in a white suit",
        "red dragon breathing fire", "cute blue slime", "kitten", "grey wolf", "white horse", "wise owl", "great white shark", "giant spider",
        "purple octopus", "stone golem", "fire elemental", "floating eyeball monster", "bumble bee", "stag", "t-rex", "penguin",
        "red sports car", "spaceship with blue thrusters", "ufo", "pirate ship with black sails", "steam train", "army tank", "helicopter", "hot air balloon",
        "small house with a red roof", "stone castle", "wizard tower", "lighthouse", "windmill", "market stall", "igloo", "pyramid",
        "pine tree in snow", "palm tree", "red rose", "cactus", "red mushroom", "blue crystal", "fallen log", "sunflower",
        "red health potion", "golden key", "treasure chest", "royal crown", "spell book", "oil lantern", "battle axe", "wooden bow",
        "magic staff with a glowing orb", "golden trophy", "red apple", "birthday cake", "pizza slice", "burger", "fireball", "swirling portal",
    ];

    [Test]
    public void Writes_the_readme_contact_sheet_and_the_idle_frames()
    {
        var sprites = ReadmePrompts.Select((prompt, i) => (prompt, Render(prompt, i + 1))).ToList();
        TestContext.Out.WriteLine(DesignContactSheet.Write(Path.Combine(Root(), "docs", "screenshots", "sprite-sheet.png"), sprites));

        var animated = new[] { "old wizard with a long white beard", "cute blue slime", "pirate captain with a hook", "white horse", "campfire", "swirling portal" };
        TestContext.Out.WriteLine(WriteFrames(Path.Combine(Root(), "docs", "screenshots", "idle-frames.png"), animated.Select(p => Render(p, 3)).ToList()));
    }

    [Test]
    public void Writes_every_everyday_prompt()
    {
        var prompts = File.ReadAllLines(Path.Combine(Root(), "tests", "SpriteDX.UnitTests", "Fixtures", "prompts", "everyday-prompts.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t')[0])
            .ToList();
        var sprites = prompts.Select((prompt, i) => (prompt, Render(prompt, i + 1))).ToList();

        TestContext.Out.WriteLine(DesignContactSheet.Write(DesignContactSheet.ArtifactPath("everyday-prompts.png"), sprites));
    }

    private static RenderedSprite Render(string prompt, int seed) =>
        new ProceduralSpriteGenerator().RenderAsync(new SpriteRequest(prompt, seed), null, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Each sprite's sheet at 4×, one row per sprite, as an engine would slice it.</summary>
    private static string WriteFrames(string path, IReadOnlyList<RenderedSprite> sprites)
    {
        const int scale = 4;
        const int gap = 8;
        var width = sprites.Max(s => s.GridSize * s.FrameCount * scale) + (2 * gap);
        var height = sprites.Sum(s => (s.GridSize * scale) + gap) + gap;
        using var sheet = new SKBitmap(width, height);
        using var canvas = new SKCanvas(sheet);
        canvas.Clear(new SKColor(0x1e, 0x20, 0x28));
        var top = gap;
        foreach (var sprite in sprites)
        {
            using var image = SKImage.FromEncodedData(SpriteSheets.Scale(sprite.SheetPng, sprite.GridSize, scale));
            canvas.DrawImage(image, gap, top, new SKSamplingOptions(SKFilterMode.Nearest, SKMipmapMode.None));
            top += (sprite.GridSize * scale) + gap;
        }
        using var data = sheet.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());
        return path;
    }

    private static string Root() => Path.GetFullPath(Path.Combine(DesignContactSheet.ArtifactPath("x"), "..", "..", ".."));
}
