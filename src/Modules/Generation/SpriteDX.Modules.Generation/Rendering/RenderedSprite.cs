namespace SpriteDX.Modules.Generation.Rendering;

/// <summary>A finished sprite: its frames side by side at 1× in one PNG, and how long each frame shows.</summary>
/// <param name="SheetPng">Frames left to right, each <paramref name="GridSize"/> square, transparent background.</param>
/// <param name="GridSize">Pixel-art resolution (16, 32 or 64).</param>
/// <param name="FrameDurations">Milliseconds per frame; one entry for a still sprite.</param>
/// <param name="Description">What was drawn, in a line ("32×32 red horse").</param>
internal sealed record RenderedSprite(byte[] SheetPng, int GridSize, IReadOnlyList<int> FrameDurations, string Description)
{
    public int FrameCount => FrameDurations.Count;
}
