using System.Security.Claims;

namespace SpriteDX.BuildingBlocks.Web;

/// <summary>Claims every module may read from the signed-in user; Accounts keeps them current per request.</summary>
public static class SpriteDxClaims
{
    public const string AdminRole = "Admin";
    public const string EarlyAccess = "spritedx:early_access";
    public const string TwoFactor = "spritedx:two_factor";
    public const string AdminPolicy = "Admin";

    /// <summary>The authentication scheme of `Authorization: Bearer sdx_…` calls (Accounts' API keys).</summary>
    public const string ApiKeyScheme = "ApiKey";

    /// <summary>The id of the API key a call authenticated with; absent for a cookie session.</summary>
    public const string ApiKeyId = "spritedx:api_key_id";

    public const string ApiKeyName = "spritedx:api_key_name";

    public static Guid AccountId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            ? id
            : throw new InvalidOperationException("The request has no signed-in account.");

    /// <summary>The API key the call came with, or null for a person's session.</summary>
    public static Guid? ApiKeyIdOf(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ApiKeyId), out var id) ? id : null;

    public static string ApiKeyNameOf(this ClaimsPrincipal user) => user.FindFirstValue(ApiKeyName) ?? "";

    public static bool IsAdmin(this ClaimsPrincipal user) => user.IsInRole(AdminRole);

    public static bool HasEarlyAccess(this ClaimsPrincipal user) => user.HasClaim(EarlyAccess, "true");

    /// <summary>The account signs in with a second factor (an authenticator app), not a password alone.</summary>
    public static bool HasTwoFactor(this ClaimsPrincipal user) => user.HasClaim(TwoFactor, "true");
}
