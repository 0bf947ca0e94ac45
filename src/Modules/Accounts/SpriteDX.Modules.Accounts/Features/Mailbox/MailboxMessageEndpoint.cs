using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SpriteDX.BuildingBlocks.Mail;
using SpriteDX.BuildingBlocks.Web;

namespace SpriteDX.Modules.Accounts.Features.Mailbox;

/// <summary>
/// The HTML part of one pickup-directory message, for the mailbox page's frame. A message is content from outside
/// the app's control (links, styles): it is served sandboxed, with no script, no requests anywhere and only
/// the mailbox page allowed to frame it.
/// </summary>
internal static class MailboxMessageEndpoint
{
    public const string Path = "/debug/mail/messages";

    private const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; sandbox allow-popups allow-popups-to-escape-sandbox";

    public static void MapMailboxMessage(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet($"{Path}/{{name}}", async (string name, PickupDirectoryMailTransport pickup, HttpContext http, CancellationToken ct) =>
            {
                var message = await pickup.ReadAsync(name, ct);
                if (message is null)
                    return Results.NotFound();
                var headers = http.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XFrameOptions = "SAMEORIGIN";
                return Results.Content(message.HtmlBody ?? $"<pre>{System.Net.WebUtility.HtmlEncode(message.TextBody)}</pre>", "text/html; charset=utf-8");
            })
            .RequireAuthorization(AdminOrDevelopmentPolicy.Name)
            .ExcludeFromDescription();

    public static string Href(string name) => $"{Path}/{Uri.EscapeDataString(name)}";
}
