using SpriteDX.Modules.Generation.Rendering;

namespace SpriteDX.Simulation.Harness;

/// <summary>
/// The real procedural generator, except that the simulated users' prompts say how it ends: a prompt with
/// <see cref="Fails"/> throws (the model failed), one with <see cref="Hangs"/> never finishes (the render
/// timeout ends it). The prompt, chosen by the seed, keeps the schedule reproducible.
/// </summary>
internal sealed class SimGenerator : ISpriteGenerator
{
    public const string Fails = "[fails]";
    public const string Hangs = "[hangs]";

    private readonly ProceduralSpriteGenerator _real = new();

    public async Task<RenderedSprite> RenderAsync(SpriteRequest request, IProgress<int>? progress, CancellationToken ct)
    {
        if (request.Prompt.Contains(Fails, StringComparison.Ordinal))
            throw new InvalidOperationException("the model failed (simulated)");
        if (request.Prompt.Contains(Hangs, StringComparison.Ordinal))
            await Task.Delay(Timeout.Infinite, ct);
        return await _real.RenderAsync(request, progress, ct);
    }
}
