using SpriteDX.Modules.Generation.Interpretation;
using SpriteDX.Modules.Generation.Rendering.Designs;

namespace SpriteDX.Modules.Generation.Rendering;

/// <summary>
/// The default generator: interprets the prompt, draws its subject's design with seeded variation, derives the
/// animation frames and limits the palette. The same prompt, options and seed always give the same bytes.
/// </summary>
internal sealed class ProceduralSpriteGenerator : ISpriteGenerator
{
    private const int StillFrameMs = 100;
    private const int LoopFrameMs = 120;
    private const int LoopFrames = 4;

    /// <summary>Rest, settle, rest, blink: a breath and then a blink, as idle loops in games usually go.</summary>
    private static readonly int[] IdleFrameMs = [500, 250, 500, 150];

    public Task<RenderedSprite> RenderAsync(SpriteRequest request, IProgress<int>? progress, CancellationToken ct) =>
        Task.Run(() => Render(request, progress, ct), ct);

    private static RenderedSprite Render(SpriteRequest request, IProgress<int>? progress, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        progress?.Report(0);
        var interpretation = PromptInterpreter.Interpret(request.Prompt, request.GridSize);
        if (interpretation.Spec is not { } spec)
            throw new InvalidOperationException("The prompt names no subject the generator knows.");
        progress?.Report(10);
        return Render(spec, request.Seed, request.Palette, interpretation.Summary, progress, ct);
    }

    /// <summary>Draws a spec directly: the generator's own path after interpretation, and how design tests draw.</summary>
    public static RenderedSprite Render(
        SpriteSpec spec, int seed, SpritePalette palette, string description, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        if (!DesignCatalog.TryGet(spec.Subject, out var design))
            throw new InvalidOperationException($"No design draws '{spec.Subject}'.");

        var (frames, durations) = design.Animation switch
        {
            Animation.Idle => Idle(design, spec, seed, ct),
            Animation.Loop => Loop(design, spec, seed, ct),
            _ => ([Draw(design, spec, seed, frame: 0, blinking: false)], [StillFrameMs]),
        };
        progress?.Report(70);

        ct.ThrowIfCancellationRequested();
        foreach (var frame in frames)
            Palettes.Apply(frame, palette);
        var sheet = SpriteSheets.Encode(frames);
        progress?.Report(100);
        return new RenderedSprite(sheet, spec.GridSize, durations, description);
    }

    private static (PixelCanvas[], int[]) Idle(Design design, SpriteSpec spec, int seed, CancellationToken ct)
    {
        var rest = Draw(design, spec, seed, frame: 0, blinking: false);
        ct.ThrowIfCancellationRequested();
        var blink = Draw(design, spec, seed, frame: 0, blinking: true);
        return ([rest, rest.Settled(), rest, blink], IdleFrameMs);
    }

    private static (PixelCanvas[], int[]) Loop(Design design, SpriteSpec spec, int seed, CancellationToken ct)
    {
        var frames = new PixelCanvas[LoopFrames];
        for (var frame = 0; frame < LoopFrames; frame++)
        {
            ct.ThrowIfCancellationRequested();
            frames[frame] = Draw(design, spec, seed, frame, blinking: false);
        }
        return (frames, Enumerable.Repeat(LoopFrameMs, LoopFrames).ToArray());
    }

    private static PixelCanvas Draw(Design design, SpriteSpec spec, int seed, int frame, bool blinking)
    {
        var canvas = new PixelCanvas(spec.GridSize);
        design.Draw(new SpriteSketch(canvas, SpriteRandom.For(spec.SeedText, seed), spec, frame, blinking));
        canvas.OutlineSilhouette();
        return canvas;
    }
}
