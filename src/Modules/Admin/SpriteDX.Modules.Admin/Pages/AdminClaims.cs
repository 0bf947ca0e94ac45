using System.Security.Claims;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Admin.Domain;

namespace SpriteDX.Modules.Admin.Pages;

internal static class AdminClaims
{
    /// <summary>The signed-in admin, as decisions and audit entries name them.</summary>
    public static AdminActor Actor(this ClaimsPrincipal user) =>
        new(user.AccountId(), user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "");
}
