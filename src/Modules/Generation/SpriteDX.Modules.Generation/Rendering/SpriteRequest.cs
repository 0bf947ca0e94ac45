namespace SpriteDX.Modules.Generation.Rendering;

internal sealed record SpriteRequest(string Prompt, int Seed);
