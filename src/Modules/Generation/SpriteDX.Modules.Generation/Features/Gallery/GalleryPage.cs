using Microsoft.EntityFrameworkCore;
using SpriteDX.Modules.Generation.Data;
using SpriteDX.Modules.Generation.Domain;

namespace SpriteDX.Modules.Generation.Features.Gallery;

/// <summary>One page of a person's generations, newest first, for My sprites and GET /api/generations.</summary>
/// <param name="OlderThan">The cursor of the next (older) page, or null on the last page.</param>
internal sealed record GalleryPage(IReadOnlyList<SpriteGeneration> Generations, Guid? OlderThan)
{
    /// <summary>Keyset paging on the version-7 ids, which sort by time, so a page costs the same however far back it is.</summary>
    public static async Task<GalleryPage> ReadAsync(GenerationDbContext db, Guid accountId, Guid? before, int pageSize, CancellationToken ct)
    {
        var page = await db.Generations.AsNoTracking()
            .Where(g => g.AccountId == accountId && (before == null || g.Id.CompareTo(before.Value) < 0))
            .OrderByDescending(g => g.Id)
            .Take(pageSize + 1)
            .ToListAsync(ct);
        var shown = page.Take(pageSize).ToList();
        return new GalleryPage(shown, page.Count > pageSize ? shown[^1].Id : null);
    }
}
