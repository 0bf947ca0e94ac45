using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Generation.Data;
using SpriteDX.Modules.Generation.Domain;
using SpriteDX.Modules.Generation.Features.Gallery;
using SpriteDX.Modules.Generation.Features.Request;
using SpriteDX.Modules.Generation.Interpretation;
using SpriteDX.Modules.Generation.Rendering;
using SpriteDX.Modules.Generation.Storage;

namespace SpriteDX.Modules.Generation.Api;

/// <summary>The JSON API the home page uses (CONTRACT.md), and the sprite images, for their owner only.</summary>
internal static class GenerationEndpoints
{
    public const string RateLimitPolicy = "generation-requests";
    public const string InterpretationRateLimitPolicy = "generation-interpretations";

    public static void MapGenerationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("").WithTags("Generations");
        api.MapGet("/api/generations/interpretation", Interpret).AllowAnonymous().RequireRateLimiting(InterpretationRateLimitPolicy)
            .WithName("InterpretPrompt").WithSummary("What a prompt would draw (free, no sign-in)")
            .Produces<InterpretationBody>().ProducesValidationProblem();
        api.MapPost("/api/generations", RequestAsync).RequireAuthorization().RequireRateLimiting(RateLimitPolicy).DisableAntiforgery()
            .WithName("RequestGeneration").WithSummary("Generate a sprite")
            .WithDescription("Reserves the cost and starts rendering; poll the generation until it succeeds. Send an `Idempotency-Key` header " +
                "(at most 100 characters) to make a retry return the first request's generation instead of paying twice. " +
                "Website calls (cookie) also need the `RequestVerificationToken` header; calls with an API key do not.")
            .Accepts<GenerationRequestBody>("application/json")
            .Produces<AcceptedBody>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status402PaymentRequired).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesValidationProblem();
        api.MapGet("/api/generations", ListAsync).RequireAuthorization()
            .WithName("ListGenerations").WithSummary("The caller's generations, newest first")
            .WithDescription("Keyset paged: pass the previous page's `nextCursor` as `cursor`; a null `nextCursor` is the last page.")
            .Produces<GenerationListBody>().ProducesValidationProblem();
        api.MapGet("/api/generations/{id:guid}", GetAsync).RequireAuthorization()
            .WithName("GetGeneration").WithSummary("One generation: status, progress and, once succeeded, its files")
            .Produces<GenerationBody>().ProducesProblem(StatusCodes.Status404NotFound);
        foreach (var (name, file, type) in new[] { ("image.png", SpriteFile.Frame, "image/png"), ("sheet.png", SpriteFile.Sheet, "image/png"), ("sheet.json", SpriteFile.FrameData, "application/json") })
        {
            api.MapGet($"/generations/{{id:guid}}/{name}", (Guid id, int? scale, bool? download, HttpContext http, GenerationDbContext db, ISpriteStore images, CancellationToken ct) =>
                SpriteFileAsync(id, file, scale, download, http, db, images, ct)).RequireAuthorization()
                .WithName($"Download{file}").WithSummary(file switch
                {
                    SpriteFile.Frame => "A succeeded sprite's first frame (PNG)",
                    SpriteFile.Sheet => "Every frame of a succeeded sprite, left to right (PNG)",
                    _ => "The sheet's frame data, as Aseprite's JSON Array export",
                })
                .WithDescription("`scale` is 1, 2, 4 or 8; `download=true` names the file for saving. 404 until the sprite has succeeded.")
                .Produces(StatusCodes.Status200OK, contentType: type).ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem();
        }
    }

    private static async Task<IResult> RequestAsync(
        HttpContext http, IAntiforgery antiforgery, GenerationRequests requests, CancellationToken ct)
    {
        // Checked here rather than by the framework so a missing token gets problem+json, after the 401. A call made
        // with an API key needs none: a browser never attaches a bearer header on its own, so no other site can forge one.
        var apiKey = http.User.ApiKeyIdOf() is { } keyId ? new ApiKeyCaller(keyId, http.User.ApiKeyNameOf()) : null;
        if (apiKey is null && !await antiforgery.IsRequestValidAsync(http))
            return Problem(StatusCodes.Status400BadRequest, ProblemTypes.Antiforgery, "Missing or invalid antiforgery token",
                "Reload the page and try again.");

        GenerationRequestBody? body;
        try
        {
            body = await http.Request.ReadFromJsonAsync<GenerationRequestBody>(ct);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, ProblemTypes.Validation, "The request body is too large",
                $"A prompt is {GenerationOptions.MaxPromptLength} characters at most.");
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or BadHttpRequestException)
        {
            return Problem(StatusCodes.Status400BadRequest, ProblemTypes.Validation, "The request body is not valid JSON",
                "Send {\"prompt\": \"…\"} as application/json.");
        }

        if (body?.SizeProblem() is { } sizeProblem)
            return InvalidPrompt(sizeProblem);

        var key = http.Request.Headers["Idempotency-Key"].FirstOrDefault();
        return await requests.RequestAsync(http.User.AccountId(), new SpriteOrder(body?.Prompt, body?.Palette, body?.GridSize, apiKey), key, ct) switch
        {
            RequestOutcome.Accepted(var g) => Results.Json(new AcceptedBody(g.Id, g.Status.ToContract(), g.Cost, g.Balance), statusCode: StatusCodes.Status202Accepted),
            RequestOutcome.NotEnoughCredits(var g) => Problem(StatusCodes.Status402PaymentRequired, ProblemTypes.InsufficientCredits, "Not enough credits",
                $"This sprite costs {g.Cost} credits and your balance is {g.Balance ?? 0}.",
                new Dictionary<string, object?> { ["cost"] = g.Cost, ["balance"] = g.Balance ?? 0, ["id"] = g.Id }),
            RequestOutcome.InvalidPrompt(var message) => InvalidPrompt(message),
            RequestOutcome.UnrecognizedSubject(var interpretation) => Problem(StatusCodes.Status422UnprocessableEntity, ProblemTypes.UnrecognizedSubject,
                "SpriteDX does not know what to draw",
                "No subject in this prompt is one SpriteDX can draw, so nothing was charged. Name the thing itself"
                    + (interpretation.Suggestions.Count > 0 ? $", for example: {string.Join(", ", interpretation.Suggestions.Take(3))}." : "."),
                new Dictionary<string, object?> { ["suggestions"] = interpretation.Suggestions, ["unknownWords"] = interpretation.UnknownWords }),
            _ => throw new InvalidOperationException("Unknown generation request outcome."),
        };
    }

    /// <summary>What a prompt would draw, free and for anyone, so the page can say it before any credit moves.</summary>
    private static IResult Interpret(string? prompt, string? size)
    {
        var (text, problem) = PromptRules.Check(prompt);
        int? grid = null;
        if (problem is null && size is { Length: > 0 })
        {
            grid = int.TryParse(size, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : -1;
            problem = PromptRules.CheckOptions(palette: null, grid);
        }
        if (problem is not null)
            return InvalidPrompt(problem);
        return Results.Ok(InterpretationBody.From(PromptInterpreter.Interpret(text!, grid)));
    }

    private static async Task<IResult> ListAsync(string? cursor, HttpContext http, GenerationDbContext db, IOptions<GenerationOptions> options, CancellationToken ct)
    {
        Guid? before = null;
        if (cursor is { Length: > 0 })
        {
            if (!Guid.TryParseExact(cursor, "N", out var parsed))
                return Problem(StatusCodes.Status400BadRequest, ProblemTypes.Validation, "Unknown cursor", "Use the nextCursor of the previous page, or no cursor for the newest.");
            before = parsed;
        }
        var page = await GalleryPage.ReadAsync(db, http.User.AccountId(), before, options.Value.GalleryPageSize, ct);
        return Results.Ok(new GenerationListBody(page.Generations.Select(GenerationBody.From).ToList(), page.OlderThan?.ToString("N")));
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext http, GenerationDbContext db, CancellationToken ct)
    {
        var accountId = http.User.AccountId();
        var generation = await db.Generations.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id && g.AccountId == accountId, ct);
        return generation is null
            ? Problem(StatusCodes.Status404NotFound, ProblemTypes.NotFound, "No such generation", "There is no generation with that id in your account.")
            : Results.Ok(GenerationBody.From(generation));
    }

    /// <summary>
    /// A succeeded sprite's files, for its owner only: the first frame (image.png), every frame side by side (sheet.png)
    /// and their Aseprite frame data (sheet.json), at 1× or scaled up by 2, 4 or 8. Without a scale, the image is as
    /// large as the page shows it (8×, 512 px at most) and the sheet and its data are 1×.
    /// </summary>
    private static async Task<IResult> SpriteFileAsync(
        Guid id, SpriteFile file, int? scale, bool? download, HttpContext http, GenerationDbContext db, ISpriteStore images, CancellationToken ct)
    {
        if (scale is { } asked && !SpriteSheets.Scales.Contains(asked))
            return Problem(StatusCodes.Status400BadRequest, ProblemTypes.Validation, "Unknown scale",
                $"A sprite can be downloaded at {string.Join(", ", SpriteSheets.Scales.Select(s => $"{s}×"))}.");

        var accountId = http.User.AccountId();
        var generation = await db.Generations.AsNoTracking()
            .SingleOrDefaultAsync(g => g.Id == id && g.AccountId == accountId && g.Status == GenerationStatus.Succeeded, ct);
        var stored = generation is null ? null : await images.ReadAsync(accountId, id, ct);
        if (stored is null)
            return Results.NotFound();

        var grid = generation!.Grid;
        var sheet = generation.SheetFrom(stored);
        var name = $"spritedx-{Slug(generation.Prompt)}-{id.ToString("n")[..8]}";
        http.Response.Headers.CacheControl = "private, max-age=31536000, immutable";
        switch (file)
        {
            case SpriteFile.Frame:
                var frameScale = scale ?? Math.Min(8, 512 / grid);
                return Results.File(SpriteSheets.Scale(sheet, grid, frameScale, frame: 0), "image/png", download == true ? $"{name}-{frameScale}x.png" : null);
            case SpriteFile.Sheet:
                return Results.File(SpriteSheets.Scale(sheet, grid, scale ?? 1), "image/png", download == true ? $"{name}-sheet-{scale ?? 1}x.png" : null);
            default:
                var json = SpriteSheets.AsepriteJson($"{name}-sheet-{scale ?? 1}x.png", grid, generation.Frames(), scale ?? 1);
                return Results.File(System.Text.Encoding.UTF8.GetBytes(json), "application/json", download == true ? $"{name}-sheet-{scale ?? 1}x.json" : null);
        }
    }

    internal static string? ImageUrl(SpriteGeneration g) => g.Status == GenerationStatus.Succeeded ? $"/generations/{g.Id}/image.png" : null;

    internal static string SheetUrl(Guid id) => $"/generations/{id}/sheet.png";

    internal static string SheetDataUrl(Guid id) => $"/generations/{id}/sheet.json";

    private static string Slug(string prompt)
    {
        var words = new string(prompt.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray())
            .Split('-', StringSplitOptions.RemoveEmptyEntries);
        var slug = string.Join('-', words.Take(5));
        return slug.Length == 0 ? "sprite" : slug;
    }

    private static IResult InvalidPrompt(string message) =>
        Problem(StatusCodes.Status400BadRequest, ProblemTypes.Validation, "The prompt cannot be used", message,
            new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["prompt"] = [message] } });

    private static IResult Problem(int status, string type, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        Results.Problem(detail: detail, statusCode: status, title: title, type: type, extensions: extensions);

    private enum SpriteFile
    {
        Frame,
        Sheet,
        FrameData,
    }

    /// <param name="Size">Kept as JSON so "64" or 64.5 get a clear message instead of "not valid JSON".</param>
    internal sealed record GenerationRequestBody(string? Prompt, string? Palette, System.Text.Json.JsonElement? Size)
    {
        public int? GridSize => Size is { ValueKind: System.Text.Json.JsonValueKind.Number } number && number.TryGetInt32(out var grid) ? grid : null;

        public string? SizeProblem() => Size switch
        {
            null or { ValueKind: System.Text.Json.JsonValueKind.Null } => null,
            { ValueKind: System.Text.Json.JsonValueKind.Number } when GridSize is not null => null,
            _ => $"The size must be one of {string.Join(", ", PromptInterpreter.Sizes)} (a number).",
        };
    }

    internal sealed record InterpretationBody(
        bool Recognized,
        string? Subject,
        string? Category,
        int Size,
        string Mood,
        IReadOnlyList<string> Colours,
        IReadOnlyList<string> Details,
        IReadOnlyList<string> UnknownWords,
        string Summary,
        IReadOnlyList<string> Suggestions)
    {
        public static InterpretationBody From(PromptInterpretation i) => new(
            i.Recognized,
            i.Subject,
            i.Category?.ToString().ToLowerInvariant(),
            i.Size,
            i.Mood.ToString().ToLowerInvariant(),
            i.Colours,
            i.Details,
            i.UnknownWords,
            i.Summary,
            i.Suggestions);
    }

    internal sealed record AcceptedBody(Guid Id, string Status, int Cost, long? Balance);

    /// <param name="Description">What was drawn ("32×32 red horse"), once it succeeded.</param>
    /// <param name="FrameDurations">Milliseconds per frame of the sheet, once it succeeded.</param>
    internal sealed record GenerationBody(
        Guid Id,
        string Status,
        int Progress,
        string? ImageUrl,
        int Cost,
        string? Error,
        string Prompt,
        string? Subject,
        string Palette,
        int? Size,
        string? Description,
        IReadOnlyList<int>? FrameDurations,
        string? SheetUrl,
        string? SheetDataUrl,
        DateTimeOffset RequestedAt)
    {
        public static GenerationBody From(SpriteGeneration g)
        {
            var image = GenerationEndpoints.ImageUrl(g);
            return new(
                g.Id, g.Status.ToContract(), g.Progress, image, g.Charged, g.Error, g.Prompt, g.Subject, g.Palette, g.GridSize ?? g.RequestedSize,
                g.Description, image is null ? null : g.Frames(), image is null ? null : GenerationEndpoints.SheetUrl(g.Id), image is null ? null : GenerationEndpoints.SheetDataUrl(g.Id), g.RequestedAt);
        }
    }

    internal sealed record GenerationListBody(IReadOnlyList<GenerationBody> Items, string? NextCursor);
}
