using SpriteDX.Modules.Generation.Rendering;

namespace SpriteDX.IntegrationTests.Generation;

/// <summary>A stand-in generator for fault tests: it fails, hangs, or waits for a gate before drawing.</summary>
internal sealed class ControllableGenerator(GeneratorBehaviour behaviour) : ISpriteGenerator
{
    private readonly ProceduralSpriteGenerator _real = new();

    public async Task<RenderedSprite> RenderAsync(SpriteRequest request, IProgress<int>? progress, CancellationToken ct)
    {
        progress?.Report(5);
        behaviour.Started.TrySetResult();
        switch (behaviour.Mode)
        {
            case GeneratorMode.Throws:
                throw new InvalidOperationException("the model is on fire");
            case GeneratorMode.Hangs:
                await Task.Delay(Timeout.Infinite, ct);
                break;
            case GeneratorMode.WaitsForGate:
                await behaviour.Gate.Task.WaitAsync(ct);
                break;
        }

        return await _real.RenderAsync(request, progress, ct);
    }
}

internal enum GeneratorMode
{
    Draws,
    Throws,
    Hangs,
    WaitsForGate,
}

internal sealed class GeneratorBehaviour(GeneratorMode mode)
{
    public GeneratorMode Mode { get; } = mode;

    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
