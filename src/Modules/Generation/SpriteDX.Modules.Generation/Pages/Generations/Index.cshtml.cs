using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Generation.Components;
using SpriteDX.Modules.Generation.Data;
using SpriteDX.Modules.Generation.Features.Gallery;

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
        IsFirstPage = before is null;
        var page = await GalleryPage.ReadAsync(db, User.AccountId(), before, options.Value.GalleryPageSize, ct);
        Cards = page.Generations.Select(SpriteCard.From).ToList();
        OlderThan = page.OlderThan;
    }
}
