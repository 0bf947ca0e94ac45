using System.Security.Claims;

namespace SpriteDX.BuildingBlocks.Web;

/// <summary>Claims every module may read from the signed-in user; Accounts keeps them current per request.</summary>
public static class SpriteDxClaims
{
    public const string AdminRole = "Admin";
    public const string EarlyAccess = "spritedx:early_access";
    public const string AdminPolicy = "Admin";

    public static Guid AccountId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            ? id
            : throw new InvalidOperationException("The request has no signed-in account.");

    public static bool IsAdmin(this ClaimsPrincipal user) => user.IsInRole(AdminRole);

    public static bool HasEarlyAccess(this ClaimsPrincipal user) => user.HasClaim(EarlyAccess, "true");
}
