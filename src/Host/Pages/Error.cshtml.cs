using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Host.Composition;

namespace SpriteDX.Host.Pages;

/// <summary>
/// Every error a person can meet, explained without a stack trace. API callers get the same
/// answer as problem+json.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel(IProblemDetailsService problems) : PageModel
{
    public int Status { get; private set; }

    public string Title { get; private set; } = "";

    public string Message { get; private set; } = "";

    public string? RequestId { get; private set; }

    public Task<IActionResult> OnGetAsync(int? status) => RespondAsync(status);

    public Task<IActionResult> OnPostAsync(int? status) => RespondAsync(status);

    private async Task<IActionResult> RespondAsync(int? status)
    {
        // Binding `status` fails when the original request's body cannot be read (too large), so ask the re-execution too.
        Status = status
                 ?? HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode
                 ?? (HttpContext.Features.Get<IExceptionHandlerFeature>() is null ? 500 : HttpContext.Response.StatusCode);
        if (Status < 400)
            Status = 500;
        (Title, Message) = ControlCharacterGuard.Refused(HttpContext) ? ControlCharacters : Describe(Status);
        RequestId = Status >= 500 ? Activity.Current?.Id ?? HttpContext.TraceIdentifier : null;
        Response.StatusCode = Status;
        if (Status == StatusCodes.Status503ServiceUnavailable)
            Response.Headers.RetryAfter = "1";

        var originalPath = HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path
                           ?? HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
                           ?? Request.Path.Value;
        var isApiCall = originalPath is not null && new PathString(originalPath).StartsWithSegments("/api");
        if (isApiCall || Request.Headers.Accept.ToString().Contains("application/json"))
        {
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = HttpContext,
                ProblemDetails =
                {
                    Status = Status, Title = Title, Detail = Message,
                    Type = ControlCharacterGuard.Refused(HttpContext) ? ProblemTypes.ControlCharacters : null,
                },
            });
            return new EmptyResult();
        }

        return Page();
    }

    private static readonly (string Title, string Message) ControlCharacters =
        ("That request could not be used", "It contains a control character (such as a NUL) that no one types. Use plain text and try again.");

    private static (string Title, string Message) Describe(int status) => status switch
    {
        400 => ("That request could not be used", "The form may have expired or been changed on the way. Go back, reload the page and try again."),
        401 => ("Please sign in", "You need to be signed in to do that."),
        403 => ("You don't have access", "Your account cannot open this page."),
        404 => ("Page not found", "There is nothing at this address. It may have moved, or the link may be mistyped."),
        405 => ("That did not work", "This page cannot be used that way."),
        413 => ("Too large", "What was sent is larger than SpriteDX accepts."),
        429 => ("Slow down a little", "Too many requests in a short time. Wait a moment and try again."),
        503 => ("Busy for a moment", "SpriteDX could not finish that just now. It is not your fault: try again in a moment."),
        _ when status >= 500 => ("Something went wrong on our side", "It is not your fault and nothing was charged. Try again in a moment; if it keeps happening, quote the reference below."),
        _ => ("That did not work", "Go back and try again."),
    };
}
