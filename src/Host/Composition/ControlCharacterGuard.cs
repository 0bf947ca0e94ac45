using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Primitives;
using SpriteDX.BuildingBlocks.Web;

namespace SpriteDX.Host.Composition;

/// <summary>
/// Refuses, with a 400, any request whose path, query string or form fields carry a NUL or another control
/// character (tabs and line breaks excepted, which a prompt may hold). No person types one; PostgreSQL refuses a NUL
/// in text with an error that would otherwise surface as a 500 from whichever value was not guarded by hand.
/// JSON bodies are checked by the endpoints that read them (a prompt's rules refuse control characters).
/// </summary>
internal sealed class ControlCharacterGuard(RequestDelegate next)
{
    /// <summary>Marks a refused request for the error page, which then says why instead of a generic 400.</summary>
    private static readonly object RefusedKey = new();

    public static bool Refused(HttpContext context) => context.Items.ContainsKey(RefusedKey);

    public async Task InvokeAsync(HttpContext context)
    {
        // The error page's re-execution of the refused request is let through to render the 400.
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is null && await CarriesControlCharactersAsync(context.Request))
        {
            context.Items[RefusedKey] = true;
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        await next(context);
    }

    private static async Task<bool> CarriesControlCharactersAsync(HttpRequest request)
    {
        if (UserText.HasControlCharacters(request.Path.Value) || AnyRefused(request.Query))
            return true;
        if (!request.HasFormContentType)
            return false;
        try
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            return AnyRefused(form);
        }
        catch (InvalidDataException)
        {
            return true; // a malformed form body is bad input too
        }
    }

    private static bool AnyRefused(IEnumerable<KeyValuePair<string, StringValues>> fields) =>
        fields.Any(field => UserText.HasControlCharacters(field.Key) || field.Value.Any(UserText.HasControlCharacters));
}
