using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SpriteDX.BuildingBlocks.Web;

namespace SpriteDX.Modules.Accounts.Features.DataExports;

/// <summary>
/// The ZIP of a ready export, for the person signed in to its account with their cookie: anyone else, anonymous or a
/// script with an API key (never accepted here, ApiKeyRequests) gets 404, so an export's id reveals nothing.
/// </summary>
internal static class DataExportDownloadEndpoint
{
    public const string Path = "/account/data-exports";

    public static string Href(Guid exportId) => $"{Path}/{exportId}";

    public static void MapDataExportDownload(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet($"{Path}/{{exportId:guid}}", async (Guid exportId, HttpContext http, DataExportRequests exports, CancellationToken ct) =>
            {
                if (http.User.Identity?.IsAuthenticated != true || http.User.ApiKeyIdOf() is not null)
                    return Results.NotFound();
                var archive = await exports.ArchiveAsync(http.User.AccountId(), exportId, ct);
                if (archive is not { } ready)
                    return Results.NotFound();
                http.Response.Headers.CacheControl = "private, no-store";
                return Results.File(ready.Zip, "application/zip", ready.Export.FileName);
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
}
