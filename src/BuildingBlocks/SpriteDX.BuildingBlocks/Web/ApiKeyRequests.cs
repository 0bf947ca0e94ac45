using Microsoft.AspNetCore.Http;

namespace SpriteDX.BuildingBlocks.Web;

/// <summary>
/// Which requests an API key speaks for: the JSON API and the sprite files a script downloads. Elsewhere (pages,
/// forms) only a person's cookie counts, so a key can never drive a page meant for a person.
/// </summary>
public static class ApiKeyRequests
{
    public const string Marker = "sdx_";

    /// <summary>`/api/…`, and a sprite's files (`/generations/{id}/image.png`), but not the My sprites page (`/generations`).</summary>
    public static bool AppliesTo(PathString path) =>
        path.StartsWithSegments("/api") || (path.StartsWithSegments("/generations", out var file) && file.Value?.LastIndexOf('/') > 0);

    /// <summary>A bearer credential, or a key pasted into the URL (which is refused, but must be recognised to be).</summary>
    public static bool CarriesApiKey(HttpRequest request) =>
        AppliesTo(request.Path) && (CarriesBearer(request) || HasKeyInQuery(request));

    public static bool CarriesBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    public static bool HasKeyInQuery(HttpRequest request) =>
        request.QueryString.Value?.Contains(Marker, StringComparison.Ordinal) == true;
}
