using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Generation.Components;
using SpriteDX.Modules.Generation.Data;

namespace SpriteDX.Modules.Generation.Pages.Generations;

/// <summary>My sprites: every generation of the signed-in person, newest first.</summary>
[Authorize]
internal sealed class IndexModel(GenerationDbContext db, IOptions<GenerationOptions> options) : PageModel
{
    public IReadOnlyList<SpriteCard> Cards { get; private set; } = [];

    public Guid? OlderThan { get; private set; }

    public bool IsFirstPage { get; private set; }

    public async Task OnGetAsync(Guid? before, CancellationToken ct)
    {
        var accountId = User.AccountId();
        var pageSize = options.Value.GalleryPageSize;
        IsFirstPage = before is null;
        var page = await db.Generations.AsNoTracking()
            .Where(g => g.AccountId == accountId && (before == null || g.Id.CompareTo(before.Value) < 0))
            .OrderByDescending(g => g.Id)
            .Take(pageSize + 1)
            .ToListAsync(ct);
        Cards = page.Take(pageSize).Select(SpriteCard.From).ToList();
        OlderThan = page.Count > pageSize ? Cards[^1].Id : null;
    }
}
