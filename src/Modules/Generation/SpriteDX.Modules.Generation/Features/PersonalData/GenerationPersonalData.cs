using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.PersonalData;
using SpriteDX.Modules.Generation.Data;
using SpriteDX.Modules.Generation.Domain;
using SpriteDX.Modules.Generation.Rendering;
using SpriteDX.Modules.Generation.Storage;

namespace SpriteDX.Modules.Generation.Features.PersonalData;

/// <summary>
/// Generation's part of "Download my data": every generation of the account and, for each succeeded one, its sheet as
/// `/generations/{id}/sheet.png` serves it (every frame left to right, 1×), read through the configured sprite store.
/// </summary>
internal sealed class GenerationPersonalData(GenerationDbContext db, ISpriteStore sprites) : IPersonalDataSource
{
    private const string SpriteFolder = "sprites";

    public string Folder => "generation";

    public IReadOnlyList<PersonalDataFile> Files { get; } =
    [
        new("generations.json", "Every sprite you asked for, oldest first: prompt, what was drawn, status, cost in credits, palette, size, frame durations, dates, and the file of its image."),
        new($"{SpriteFolder}/<generation id>.png", "The image of each finished sprite: its frames left to right, one pixel per pixel (scale it up without smoothing)."),
    ];

    public async Task WriteAsync(Guid accountId, IPersonalDataArchive archive, CancellationToken ct)
    {
        var generations = await db.Generations.AsNoTracking().Where(g => g.AccountId == accountId).OrderBy(g => g.Id).ToListAsync(ct);
        var lines = new List<GenerationLine>(generations.Count);
        foreach (var generation in generations)
        {
            string? image = null;
            if (generation.Status == GenerationStatus.Succeeded && await sprites.ReadAsync(accountId, generation.Id, ct) is { } stored)
            {
                image = $"{SpriteFolder}/{generation.Id}.png";
                await archive.AddFileAsync(image, SpriteSheets.Scale(generation.SheetFrom(stored), generation.Grid, scale: 1), ct);
            }

            lines.Add(new GenerationLine(
                generation.Id, generation.Prompt, generation.Subject, generation.Description, generation.Status.ToContract(), generation.Charged,
                generation.Palette, generation.GridSize ?? generation.RequestedSize, image is null ? null : generation.Frames(), generation.Error,
                generation.RequestedAt, generation.CompletedAt, image));
        }

        await archive.AddJsonAsync("generations.json", lines, ct);
    }

    /// <param name="Cost">Credits it cost: nothing for a failed or rejected generation.</param>
    /// <param name="FrameDurations">Milliseconds per frame of the image.</param>
    /// <param name="Image">The image's path in this folder, once the sprite succeeded.</param>
    private sealed record GenerationLine(
        Guid Id, string Prompt, string? Subject, string? Description, string Status, int Cost, string Palette, int? Size,
        IReadOnlyList<int>? FrameDurations, string? Error, DateTimeOffset RequestedAt, DateTimeOffset? CompletedAt, string? Image);
}
