using SpriteDX.Modules.Generation.Rendering;

namespace SpriteDX.UnitTests.Generation;

[TestFixture]
internal sealed class ProceduralSpriteGeneratorTests
{
    private static readonly string[] EveryKind =
    [
        "slime", "dragon", "bat", "ghost", "cat", "robot", "skeleton", "knight", "wizard", "hero",
        "sword", "potion", "shield", "gem", "key", "chest", "coin", "heart", "mushroom", "tree", "monster",
    ];

    private static readonly string[] Creatures =
    [
        "slime", "dragon", "bat", "ghost", "cat", "robot", "skeleton", "knight", "wizard", "hero", "monster",
        "cute slime", "evil dragon", "happy cat", "spooky ghost", "evil knight", "16px bat", "64px wizard",
    ];

    private readonly ProceduralSpriteGenerator _generator = new();

    [TestCase("red slime", 1)]
    [TestCase("64px evil purple dragon", 42)]
    [TestCase("16px golden key", -7)]
    [TestCase("an unheard-of monster", 123456)]
    public async Task Same_prompt_and_seed_give_byte_identical_png(string prompt, int seed)
    {
        var first = await Render(prompt, seed);
        var second = await new ProceduralSpriteGenerator().RenderAsync(new SpriteRequest(prompt, seed), null, CancellationToken.None);

        second.SheetPng.Should().Equal(first.SheetPng);
    }

    [Test]
    public async Task Prompt_case_spacing_and_punctuation_do_not_change_the_sprite()
    {
        var plain = await Render("red slime", 5);
        var shouted = await Render("  Red   SLIME!! ", 5);

        shouted.SheetPng.Should().Equal(plain.SheetPng);
    }

    [TestCase("red slime", "blue dragon")]
    [TestCase("sword", "potion")]
    [TestCase("knight", "wizard")]
    [TestCase("green slime", "green ghost")]
    [TestCase("gem", "heart")]
    [TestCase("cat", "bat")]
    public async Task Different_prompts_give_visibly_different_sprites(string one, string other)
    {
        var first = SpritePixels.Of(await Render(one, 1));
        var second = SpritePixels.Of(await Render(other, 1));

        first.FractionDifferentFrom(second).Should().BeGreaterThan(0.15);
    }

    [Test]
    public async Task Different_seeds_vary_the_same_prompt()
    {
        var sprites = new List<SpritePixels>();
        for (var seed = 1; seed <= 4; seed++)
        {
            sprites.Add(SpritePixels.Of(await Render("slime", seed)));
        }

        var differences = sprites.SelectMany((a, i) => sprites.Skip(i + 1).Select(b => a.FractionDifferentFrom(b)));
        differences.Should().OnlyContain(difference => difference > 0.02);
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public async Task Colour_cue_sets_the_dominant_hue(int seed)
    {
        var red = SpritePixels.Of(await Render("red slime", seed)).DominantHue();
        var blue = SpritePixels.Of(await Render("blue slime", seed)).DominantHue();

        HueDistance(red, 0).Should().BeLessThan(30, "a red slime is mostly red");
        HueDistance(blue, 220).Should().BeLessThan(30, "a blue slime is mostly blue");
    }

    [TestCase("fire sword", 20)]
    [TestCase("ice golem", 200)]
    [TestCase("green potion", 110)]
    [TestCase("purple gem", 280)]
    public async Task Themed_and_named_colours_tint_the_sprite(string prompt, double expectedHue)
    {
        var hue = SpritePixels.Of(await Render(prompt, 3)).DominantHue();

        HueDistance(hue, expectedHue).Should().BeLessThan(40);
    }

    [TestCase("16px slime", 16)]
    [TestCase("tiny 16x16 dragon", 16)]
    [TestCase("32x32 sword", 32)]
    [TestCase("potion", 32)]
    [TestCase("64 px knight", 64)]
    [TestCase("a 64x64 treasure chest", 64)]
    public async Task Size_cue_sets_the_grid_of_every_frame_in_the_sheet(string prompt, int grid)
    {
        var sprite = await Render(prompt, 1);
        using var bitmap = SkiaSharp.SKBitmap.Decode(sprite.SheetPng);

        sprite.GridSize.Should().Be(grid);
        (bitmap.Width, bitmap.Height).Should().Be((grid * sprite.FrameCount, grid));
    }

    [TestCaseSource(nameof(EveryKind))]
    public async Task Background_is_transparent_and_the_sprite_fills_a_fair_part_of_it(string prompt)
    {
        var pixels = SpritePixels.Of(await Render(prompt, 11));
        var last = pixels.GridSize - 1;

        new[] { pixels[0, 0], pixels[last, 0], pixels[0, last], pixels[last, last] }.Should().OnlyContain(corner => corner.Alpha == 0);
        pixels.Cells().Should().OnlyContain(c => pixels[c.X, c.Y].Alpha == 0 || pixels[c.X, c.Y].Alpha == 255, "pixel art has no soft edges");
        pixels.OpaqueFraction.Should().BeInRange(0.15, 0.85);
    }

    [TestCaseSource(nameof(EveryKind))]
    public async Task Silhouette_has_a_dark_one_pixel_outline(string prompt)
    {
        foreach (var grid in new[] { 16, 32, 64 })
        {
            var pixels = SpritePixels.Of(await Render($"{grid}px {prompt}", 4));

            pixels.EdgeCells().Should().NotBeEmpty().And.OnlyContain(
                c => ValueOf(pixels[c.X, c.Y]) <= 40,
                $"every pixel on the rim of the {grid}px sprite is outline");
        }
    }

    /// <summary>Characters hold their weapon or tool in one hand, so only creatures are symmetric.</summary>
    private static IEnumerable<string> SymmetricCreatures => Creatures.Where(prompt => !prompt.Contains("knight") && !prompt.Contains("wizard") && !prompt.Contains("hero"));

    [TestCaseSource(nameof(SymmetricCreatures))]
    public async Task Creatures_are_mirror_symmetric(string prompt)
    {
        for (var seed = 1; seed <= 3; seed++)
        {
            var pixels = SpritePixels.Of(await Render(prompt, seed));
            var last = pixels.GridSize - 1;

            pixels.Cells().Where(c => pixels.IsOpaque(c.X, c.Y) != pixels.IsOpaque(last - c.X, c.Y))
                .Should().BeEmpty($"the silhouette of seed {seed} mirrors onto itself");
        }
    }

    [Test]
    public async Task Progress_rises_to_100()
    {
        var progress = new RecordingProgress();

        await _generator.RenderAsync(new SpriteRequest("knight", 1), progress, CancellationToken.None);

        progress.Reports.Should().NotBeEmpty().And.BeInAscendingOrder().And.OnlyContain(p => p >= 0 && p <= 100);
        progress.Reports[0].Should().Be(0);
        progress.Reports[^1].Should().Be(100);
    }

    [Test]
    public async Task Cancelled_before_it_starts_throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var render = () => _generator.RenderAsync(new SpriteRequest("slime", 1), null, cancelled.Token);

        await render.Should().ThrowAsync<OperationCanceledException>();
    }

    [Test]
    public async Task Cancelled_while_rendering_throws_and_stops_reporting()
    {
        using var cancellation = new CancellationTokenSource();
        var progress = new RecordingProgress(value =>
        {
            if (value >= 10)
            {
                cancellation.Cancel();
            }
        });

        var render = () => _generator.RenderAsync(new SpriteRequest("slime", 1), progress, cancellation.Token);

        await render.Should().ThrowAsync<OperationCanceledException>();
        progress.Reports.Should().NotContain(100);
    }

    [Test]
    public async Task Description_names_what_was_drawn()
    {
        var sprite = await Render("a cute crimson slime, 16px", 1);

        sprite.Description.Should().Be("16×16 cute crimson slime");
    }

    private Task<RenderedSprite> Render(string prompt, int seed) =>
        _generator.RenderAsync(new SpriteRequest(prompt, seed), null, CancellationToken.None);

    private static double HueDistance(double hue, double target) => Math.Abs(((hue - target + 540) % 360) - 180);

    private static float ValueOf(SkiaSharp.SKColor colour)
    {
        colour.ToHsv(out _, out _, out var value);
        return value;
    }
}
