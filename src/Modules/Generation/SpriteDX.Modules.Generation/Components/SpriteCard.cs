using SpriteDX.Modules.Generation.Api;
using SpriteDX.Modules.Generation.Domain;

namespace SpriteDX.Modules.Generation.Components;

/// <summary>What a sprite tile shows, on the home page and in the gallery.</summary>
internal sealed record SpriteCard(
    Guid Id,
    string Prompt,
    string Status,
    int Progress,
    string? ImageUrl,
    int Charged,
    string? Error,
    DateTimeOffset RequestedAt,
    string? Description,
    string Palette,
    int? Size,
    IReadOnlyList<int> FrameDurations)
{
    public string SheetUrl => GenerationEndpoints.SheetUrl(Id);

    public string SheetDataUrl => GenerationEndpoints.SheetDataUrl(Id);

    public bool IsAnimated => FrameDurations.Count > 1;

    public string? PaletteLabel => Palette switch
    {
        "pico8" => "PICO-8",
        "nes" => "NES",
        "gameboy" => "Game Boy",
        _ => null,
    };

    /// <summary>The home page with this prompt and these options filled in, for a variation.</summary>
    public string VariationUrl =>
        $"/?prompt={Uri.EscapeDataString(Prompt)}&palette={Palette}" + (Size is { } size ? $"&size={size}" : "");

    public static SpriteCard From(SpriteGeneration g) =>
        new(g.Id, g.Prompt, g.Status.ToContract(), g.Progress, GenerationEndpoints.ImageUrl(g), g.Charged, g.Error, g.RequestedAt,
            g.Description, g.Palette, g.GridSize ?? g.RequestedSize, g.Frames());
}
