using SkiaSharp;

namespace SpriteDX.Modules.Generation.Rendering;

/// <summary>
/// The default generator: reads the prompt for cues, draws a pixel-art sprite from templates with seeded variation,
/// and encodes it upscaled with nearest-neighbour sampling. The same prompt and seed always give the same bytes.
/// </summary>
internal sealed class ProceduralSpriteGenerator : ISpriteGenerator
{
    private const int DisplayScale = 8;
    private const int MaxDisplaySize = 512;

    public Task<RenderedSprite> RenderAsync(SpriteRequest request, IProgress<int>? progress, CancellationToken ct) =>
        Task.Run(() => Render(request, progress, ct), ct);

    private static RenderedSprite Render(SpriteRequest request, IProgress<int>? progress, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        progress?.Report(0);
        var cues = PromptCues.Read(request.Prompt);
        var canvas = new PixelCanvas(cues.GridSize);
        var sketch = new SpriteSketch(canvas, SpriteRandom.For(cues.NormalisedPrompt, request.Seed), cues);
        progress?.Report(10);

        ct.ThrowIfCancellationRequested();
        DesignFor(cues.Kind)(sketch);
        progress?.Report(60);

        ct.ThrowIfCancellationRequested();
        canvas.OutlineSilhouette();
        progress?.Report(75);

        ct.ThrowIfCancellationRequested();
        var displaySize = Math.Min(cues.GridSize * DisplayScale, MaxDisplaySize);
        var png = EncodeUpscaled(canvas, displaySize);
        progress?.Report(100);
        return new RenderedSprite(png, cues.GridSize, displaySize, displaySize, cues.Describe());
    }

    private static Action<SpriteSketch> DesignFor(SpriteKind kind) => kind switch
    {
        SpriteKind.Slime => CreatureDesigns.Slime,
        SpriteKind.Dragon => CreatureDesigns.Dragon,
        SpriteKind.Bat => CreatureDesigns.Bat,
        SpriteKind.Ghost => CreatureDesigns.Ghost,
        SpriteKind.Cat => CreatureDesigns.Cat,
        SpriteKind.Robot => CreatureDesigns.Robot,
        SpriteKind.Skeleton => CreatureDesigns.Skeleton,
        SpriteKind.Knight => CharacterDesigns.Knight,
        SpriteKind.Wizard => CharacterDesigns.Wizard,
        SpriteKind.Hero => CharacterDesigns.Hero,
        SpriteKind.Sword => ItemDesigns.Sword,
        SpriteKind.Potion => ItemDesigns.Potion,
        SpriteKind.Shield => ItemDesigns.Shield,
        SpriteKind.Gem => ItemDesigns.Gem,
        SpriteKind.Key => ItemDesigns.Key,
        SpriteKind.Chest => ItemDesigns.Chest,
        SpriteKind.Coin => ItemDesigns.Coin,
        SpriteKind.Heart => ItemDesigns.Heart,
        SpriteKind.Mushroom => ItemDesigns.Mushroom,
        SpriteKind.Tree => ItemDesigns.Tree,
        _ => CreatureDesigns.Critter,
    };

    private static byte[] EncodeUpscaled(PixelCanvas canvas, int displaySize)
    {
        var info = new SKImageInfo(canvas.Size, canvas.Size, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var grid = new SKBitmap(info);
        var pixels = grid.GetPixelSpan();
        for (var py = 0; py < canvas.Size; py++)
        {
            for (var px = 0; px < canvas.Size; px++)
            {
                var colour = canvas[px, py];
                var offset = ((py * canvas.Size) + px) * 4;
                (pixels[offset], pixels[offset + 1], pixels[offset + 2], pixels[offset + 3]) = (colour.R, colour.G, colour.B, colour.A);
            }
        }
        using var display = new SKBitmap(info.WithSize(displaySize, displaySize));
        using (var source = grid.PeekPixels())
        using (var target = display.PeekPixels())
        {
            if (!source.ScalePixels(target, new SKSamplingOptions(SKFilterMode.Nearest, SKMipmapMode.None)))
            {
                throw new InvalidOperationException("SkiaSharp could not upscale the sprite.");
            }
        }
        using var data = display.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
