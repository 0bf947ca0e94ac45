using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Generation.Data;

namespace SpriteDX.Modules.Generation.Components;

/// <summary>
/// "Your sprites" on the home page: the signed-in person's latest, or an empty state for a visitor. Public because
/// MVC only finds public view components; its services come from the request for the same reason.
/// </summary>
public sealed class RecentSpritesViewComponent : ViewComponent
{
    private const int Shown = 8;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (UserClaimsPrincipal.Identity?.IsAuthenticated != true)
            return View<IReadOnlyList<SpriteCard>?>(null);

        var db = HttpContext.RequestServices.GetRequiredService<GenerationDbContext>();
        var accountId = UserClaimsPrincipal.AccountId();
        var recent = await db.Generations.AsNoTracking()
            .Where(g => g.AccountId == accountId)
            .OrderByDescending(g => g.Id)
            .Take(Shown)
            .ToListAsync(HttpContext.RequestAborted);
        return View(recent.Select(SpriteCard.From).ToList());
    }
}
