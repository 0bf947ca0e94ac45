using SpriteDX.Modules.Generation.Api;
using SpriteDX.Modules.Generation.Domain;

namespace SpriteDX.Modules.Generation.Components;

/// <summary>What a sprite tile shows, on the home page and in the gallery.</summary>
internal sealed record SpriteCard(Guid Id, string Prompt, string Status, int Progress, string? ImageUrl, int Charged, string? Error, DateTimeOffset RequestedAt)
{
    public static SpriteCard From(SpriteGeneration g) =>
        new(g.Id, g.Prompt, g.Status.ToContract(), g.Progress, GenerationEndpoints.ImageUrl(g), g.Charged, g.Error, g.RequestedAt);
}
