namespace SpriteDX.Modules.Generation.Rendering;

/// <param name="GridSize">A size chosen outside the prompt (16, 32 or 64); null lets the prompt decide.</param>
internal sealed record SpriteRequest(string Prompt, int Seed, SpritePalette Palette = SpritePalette.Default, int? GridSize = null);
