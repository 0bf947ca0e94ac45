using SpriteDX.Modules.Generation.Rendering;

namespace SpriteDX.Simulation.Harness;

/// <summary>
/// The real procedural generator, except that the simulated users' prompts say how it ends: a prompt with
/// <see cref="Fails"/> throws (the model failed), one with <see cref="Hangs"/> takes too long and ends
/// as a render timeout does. The prompt, chosen by the seed, keeps the schedule reproducible.
/// </summary>
internal sealed class SimGenerator : ISpriteGenerator
{
    /// <summary>
    /// A hanging render is ended here, as the render timeout ends it (the same cancellation the job takes as a
    /// timeout), without waiting the app's own limit: the schedule then settles in a blink.
    /// </summary>
    private static readonly TimeSpan HangsFor = TimeSpan.FromMilliseconds(150);

    public const string Fails = "[fails]";
    public const string Hangs = "[hangs]";

    private readonly ProceduralSpriteGenerator _real = new();

    public async Task<RenderedSprite> RenderAsync(SpriteRequest request, IProgress<int>? progress, CancellationToken ct)
    {
        if (request.Prompt.Contains(Fails, StringComparison.Ordinal))
            throw new InvalidOperationException("the model failed (simulated)");
        if (request.Prompt.Contains(Hangs, StringComparison.Ordinal))
        {
            await Task.Delay(HangsFor, ct);
            throw new OperationCanceledException("the render took too long (simulated)");
        }

        return await _real.RenderAsync(request, progress, ct);
    }
}
