namespace SpriteDX.Modules.Generation.Rendering;

internal interface ISpriteGenerator
{
    Task<RenderedSprite> RenderAsync(SpriteRequest request, IProgress<int>? progress, CancellationToken ct);
}
