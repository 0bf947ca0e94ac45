using SkiaSharp;
using SpriteDX.Modules.Generation.Interpretation;
using SpriteDX.Modules.Generation.Rendering;
using SpriteDX.Modules.Generation.Rendering.OpenAi;
using SpriteDX.Modules.Generation.Rendering.Pixelisation;

namespace SpriteDX.UnitTests.Generation;

[TestFixture]
internal sealed class PixeliserTests
{
    [TestCase(16)]
    [TestCase(32)]
    [TestCase(64)]
    public void A_red_circle_on_white_becomes_an_outlined_red_sprite_on_transparency(int grid)
    {
        var canvas = Pixeliser.Pixelise(Pictures.RedCircleOnWhite(), grid);

        canvas.Size.Should().Be(grid);
        Cells(canvas).Should().OnlyContain(c => canvas[c.X, c.Y].A == 0 || canvas[c.X, c.Y].A == 255, "pixel art has no soft edges");
        foreach (var (x, y) in new[] { (0, 0), (grid - 1, 0), (0, grid - 1), (grid - 1, grid - 1) })
            canvas[x, y].A.Should().Be(0, $"({x}, {y}) is background");
        if (grid >= 32)
            Cells(canvas).Where(c => c.X is 0 || c.Y is 0 || c.X == grid - 1 || c.Y == grid - 1).Should().OnlyContain(c => canvas[c.X, c.Y].A == 0, "from 32 px up a sprite keeps a cell of air");
        var inner = Cells(canvas).Where(c => IsInner(canvas, c.X, c.Y)).Select(c => canvas[c.X, c.Y]).ToList();
        inner.Should().NotBeEmpty();
        inner.Count(c => c.R > 150 && c.G < 90 && c.B < 90).Should().BeGreaterThan(inner.Count * 3 / 4, "the subject is red");
        Rim(canvas).Should().OnlyContain(c => Lightness(canvas[c.X, c.Y]) < 0.3, "the silhouette has a dark outline");
    }

    [Test]
    public void The_subject_fills_the_grid_less_its_margin_and_is_centred()
    {
        var canvas = Pixeliser.Pixelise(Pictures.RedCircleOnWhite(), 32);

        var (left, top, right, bottom) = OpaqueBounds(canvas);
        (right - left + 1).Should().BeInRange(29, 30, "28 cells of subject and its outline");
        (bottom - top + 1).Should().BeInRange(29, 30);
        (left + right).Should().BeInRange(30, 32, "it is centred across");
        (top + bottom).Should().BeInRange(30, 32, "it is centred down");
    }

    [Test]
    public void A_tiny_subject_off_centre_is_cropped_and_enlarged()
    {
        var picture = Pictures.Draw(1024, 1024, SKColors.White, c => c.DrawRect(100, 700, 40, 24, Pictures.Paint(SKColors.Blue)));

        var canvas = Pixeliser.Pixelise(picture, 32);

        var (left, top, right, bottom) = OpaqueBounds(canvas);
        (right - left + 1).Should().BeInRange(29, 30, "the 40 px wide subject spans the grid");
        (left + right).Should().BeInRange(30, 32);
        (top + bottom).Should().BeInRange(30, 32);
        (bottom - top + 1).Should().BeInRange(17, 20, "the aspect ratio is kept (24/40 of the width, plus the outline)");
        canvas[16, 16].B.Should().BeGreaterThan(200);
    }

    [Test]
    public void A_picture_with_its_own_alpha_keeps_a_white_subject_on_its_transparent_background()
    {
        var picture = Pictures.Draw(512, 512, SKColors.Transparent, c => c.DrawCircle(256, 256, 150, Pictures.Paint(SKColors.White)));

        var canvas = Pixeliser.Pixelise(picture, 32);

        canvas[0, 0].A.Should().Be(0);
        canvas[16, 16].Should().Be(new Rgba(255, 255, 255, 255), "white is the subject here, not background");
        Rim(canvas).Should().OnlyContain(c => Lightness(canvas[c.X, c.Y]) < 0.4);
    }

    [Test]
    public void White_enclosed_by_the_subject_stays_part_of_it()
    {
        var picture = Pictures.Draw(1024, 1024, SKColors.White, c =>
        {
            c.DrawCircle(512, 512, 400, Pictures.Paint(SKColors.Green));
            c.DrawCircle(512, 512, 150, Pictures.Paint(SKColors.White));
        });

        var canvas = Pixeliser.Pixelise(picture, 32);

        canvas[16, 16].Should().Be(new Rgba(255, 255, 255, 255), "only background reachable from the border is removed");
    }

    [Test]
    public void The_palette_is_limited_even_for_a_picture_full_of_colours()
    {
        var picture = Pictures.Draw(256, 256, SKColors.White, c =>
        {
            using var rainbow = new SKPaint
            {
                Shader = SKShader.CreateSweepGradient(new SKPoint(128, 128), [SKColors.Red, SKColors.Yellow, SKColors.Lime, SKColors.Cyan, SKColors.Blue, SKColors.Magenta, SKColors.Red]),
            };
            c.DrawCircle(128, 128, 110, rainbow);
        });

        var canvas = Pixeliser.Pixelise(picture, 64);

        var fills = Cells(canvas).Where(c => IsInner(canvas, c.X, c.Y)).Select(c => canvas[c.X, c.Y]).Distinct().Count();
        fills.Should().BeInRange(8, Pixeliser.MaxColours);
    }

    [Test]
    public void The_same_picture_always_gives_the_same_bytes()
    {
        var interpretation = PromptInterpreter.Interpret("red slime", 32);

        var first = OpenAiImagesGenerator.Sprite(Pictures.RedCircleOnWhite(), interpretation, SpritePalette.Default);
        var second = OpenAiImagesGenerator.Sprite(Pictures.RedCircleOnWhite(), interpretation, SpritePalette.Default);

        second.SheetPng.Should().Equal(first.SheetPng);
    }

    [Test]
    public void A_creature_gets_an_idle_pair_and_an_item_one_frame_in_the_chosen_palette()
    {
        var creature = OpenAiImagesGenerator.Sprite(Pictures.RedCircleOnWhite(), PromptInterpreter.Interpret("red slime", 32), SpritePalette.GameBoy);
        var item = OpenAiImagesGenerator.Sprite(Pictures.RedCircleOnWhite(), PromptInterpreter.Interpret("red gem", 16), SpritePalette.Default);

        creature.FrameCount.Should().Be(2);
        SpritePixels.Of(creature, 1).FractionDifferentFrom(SpritePixels.Of(creature, 0)).Should().BeGreaterThan(0, "the second frame breathes");
        var gameBoy = new[] { new SKColor(0x0F, 0x38, 0x0F), new SKColor(0x30, 0x62, 0x30), new SKColor(0x8B, 0xAC, 0x0F), new SKColor(0x9B, 0xBC, 0x0F) };
        var pixels = SpritePixels.Of(creature);
        pixels.Cells().Where(c => pixels.IsOpaque(c.X, c.Y)).Should().OnlyContain(c => gameBoy.Contains(pixels[c.X, c.Y]));
        item.FrameCount.Should().Be(1);
        item.GridSize.Should().Be(16);
        using var sheet = SKBitmap.Decode(item.SheetPng);
        (sheet.Width, sheet.Height).Should().Be((16, 16));
    }

    [Test]
    public void Bytes_that_are_not_a_picture_fail_with_a_message_for_the_person()
    {
        var act = () => Pixeliser.Pixelise("<html>502 Bad Gateway</html>"u8.ToArray(), 32);

        act.Should().Throw<SpriteGenerationFailedException>().WithMessage("*could not read*Nothing was charged*");
    }

    [Test]
    public void A_picture_of_only_background_fails_with_a_message_for_the_person()
    {
        var act = () => Pixeliser.Pixelise(Pictures.Draw(300, 300, SKColors.White, _ => { }), 32);

        act.Should().Throw<SpriteGenerationFailedException>().WithMessage("*no subject*Nothing was charged*");
    }

    [Test]
    public void The_model_prompt_carries_the_persons_words_and_asks_for_something_that_pixelises_well()
    {
        var prompt = OpenAiImagesGenerator.ModelPrompt("  a cute red slime  ", PromptInterpreter.Interpret("a cute red slime", 16));

        prompt.Should().Contain("\"a cute red slime\"").And.Contain("slime").And.Contain("Pixel-art")
            .And.Contain("plain flat white background").And.Contain("centred").And.Contain("16×16");
    }

    /// <summary>
    /// For people to judge: procedural sprites painted large and soft on an off-white gradient, as a model would paint
    /// them, next to what the pixeliser makes of that picture at 32 and 16 px.
    /// </summary>
    [Test]
    [Explicit("writes artifacts/sprites/pixeliser.png for people to look at")]
    public async Task Round_trip_contact_sheet()
    {
        var sprites = new List<(string, RenderedSprite)>();
        foreach (var prompt in new[] { "red slime", "evil purple dragon", "knight", "wizard", "sword", "potion", "chest", "tree", "mushroom", "ghost", "cat", "golden key" })
        {
            var original = await new ProceduralSpriteGenerator().RenderAsync(new SpriteRequest(prompt, 7, GridSize: 32), null, CancellationToken.None);
            var painted = Pictures.Painted(original);
            sprites.Add((prompt, original));
            sprites.Add(($"{prompt} → 32", OpenAiImagesGenerator.Sprite(painted, PromptInterpreter.Interpret(prompt, 32), SpritePalette.Default)));
            sprites.Add(($"{prompt} → 16", OpenAiImagesGenerator.Sprite(painted, PromptInterpreter.Interpret(prompt, 16), SpritePalette.Default)));
            sprites.Add(($"{prompt} → pico8", OpenAiImagesGenerator.Sprite(painted, PromptInterpreter.Interpret(prompt, 32), SpritePalette.Pico8)));
        }

        TestContext.Out.WriteLine(DesignContactSheet.Write(DesignContactSheet.ArtifactPath("pixeliser.png"), sprites));
    }

    private static IEnumerable<(int X, int Y)> Cells(PixelCanvas canvas) =>
        Enumerable.Range(0, canvas.Size).SelectMany(y => Enumerable.Range(0, canvas.Size).Select(x => (x, y)));

    private static bool Opaque(PixelCanvas canvas, int x, int y) => canvas.IsOpaque(x, y) && canvas[x, y].A == 255;

    /// <summary>Opaque pixels that touch the background on one of their four sides: where the outline is.</summary>
    private static IEnumerable<(int X, int Y)> Rim(PixelCanvas canvas) =>
        Cells(canvas).Where(c => Opaque(canvas, c.X, c.Y)
            && (!Opaque(canvas, c.X - 1, c.Y) || !Opaque(canvas, c.X + 1, c.Y) || !Opaque(canvas, c.X, c.Y - 1) || !Opaque(canvas, c.X, c.Y + 1)));

    /// <summary>Opaque pixels two cells or more inside the silhouette: fill, not outline.</summary>
    private static bool IsInner(PixelCanvas canvas, int x, int y) =>
        Enumerable.Range(-2, 5).All(dy => Enumerable.Range(-2, 5).All(dx => Opaque(canvas, x + dx, y + dy)));

    private static (int Left, int Top, int Right, int Bottom) OpaqueBounds(PixelCanvas canvas)
    {
        var opaque = Cells(canvas).Where(c => Opaque(canvas, c.X, c.Y)).ToList();
        return (opaque.Min(c => c.X), opaque.Min(c => c.Y), opaque.Max(c => c.X), opaque.Max(c => c.Y));
    }

    private static double Lightness(Rgba colour) => ((0.299 * colour.R) + (0.587 * colour.G) + (0.114 * colour.B)) / 255;

    /// <summary>Synthetic stand-ins for what an image model sends back.</summary>
    internal static class Pictures
    {
        public static byte[] RedCircleOnWhite() =>
            Draw(1024, 1024, SKColors.White, c => c.DrawCircle(512, 540, 330, Paint(new SKColor(220, 30, 40))));

        /// <summary>The sprite's first frame, 22× with smooth filtering, off-centre on an off-white vertical gradient.</summary>
        public static byte[] Painted(RenderedSprite sprite)
        {
            using var frame = SKImage.FromEncodedData(SpriteSheets.Scale(sprite.SheetPng, sprite.GridSize, 1, frame: 0));
            return Draw(1024, 1024, SKColors.White, canvas =>
            {
                using var wash = new SKPaint
                {
                    Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, 1024), [new SKColor(252, 250, 246), new SKColor(238, 236, 232)], SKShaderTileMode.Clamp),
                };
                canvas.DrawRect(0, 0, 1024, 1024, wash);
                canvas.DrawImage(frame, SKRect.Create(120, 170, 32 * 22, 32 * 22), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
            });
        }

        public static SKPaint Paint(SKColor colour) => new() { Color = colour, IsAntialias = true };

        public static byte[] Draw(int width, int height, SKColor background, Action<SKCanvas> draw)
        {
            using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
            using (var canvas = new SKCanvas(bitmap))
            {
                canvas.Clear(background);
                draw(canvas);
            }
            using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
            return data.ToArray();
        }
    }
}
