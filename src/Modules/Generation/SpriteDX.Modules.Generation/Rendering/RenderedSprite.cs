namespace SpriteDX.Modules.Generation.Rendering;

/// <param name="GridSize">Pixel-art resolution (16, 32 or 64) before upscaling.</param>
/// <param name="Width">Width of the encoded PNG in pixels.</param>
/// <param name="Height">Height of the encoded PNG in pixels.</param>
internal sealed record RenderedSprite(byte[] Png, int GridSize, int Width, int Height, string Description);
