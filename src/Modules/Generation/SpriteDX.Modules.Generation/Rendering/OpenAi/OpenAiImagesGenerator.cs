using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SpriteDX.Modules.Generation.Interpretation;
using SpriteDX.Modules.Generation.Rendering.Pixelisation;

namespace SpriteDX.Modules.Generation.Rendering.OpenAi;

/// <summary>
/// Asks an image model for a picture in the OpenAI Images API shape (<c>POST {BaseUrl}/v1/images/generations</c>) and
/// pixelises it into a sprite like the procedural ones. Every way the model can let a person down (a refusal, an error,
/// no answer in time, a picture that cannot be read) fails the generation with a message that says which, so its
/// credits are released and the person knows whether to try again or change the prompt.
/// </summary>
internal sealed class OpenAiImagesGenerator(HttpClient http, IOptions<OpenAiImagesOptions> options, ILogger<OpenAiImagesGenerator> logger)
    : ISpriteGenerator
{
    /// <summary>The only square size every Images API model takes; the pixeliser brings it down to the grid.</summary>
    private const string PictureSize = "1024x1024";

    private const int StillFrameMs = 100;

    /// <summary>Rest, then settle: the breath of the procedural idle; a model's picture has no eyes to blink.</summary>
    private static readonly int[] IdleFrameMs = [500, 250];

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly HashSet<string> RefusalCodes = new(StringComparer.OrdinalIgnoreCase) { "content_policy_violation", "moderation_blocked" };

    private const string Refused = "The image model refused this prompt (content policy). Nothing was charged; try a different prompt.";
    private const string TooSlow = "The image model did not answer in time. Nothing was charged; try again.";
    private const string Unreachable = "The image model could not be reached. Nothing was charged; try again.";
    private const string Garbled = "The image model sent an answer SpriteDX could not read. Nothing was charged; try again.";

    public async Task<RenderedSprite> RenderAsync(SpriteRequest request, IProgress<int>? progress, CancellationToken ct)
    {
        progress?.Report(0);
        var interpretation = PromptInterpreter.Interpret(request.Prompt, request.GridSize);
        progress?.Report(10);
        var picture = await PictureAsync(ModelPrompt(request.Prompt, interpretation), ct);
        progress?.Report(80);
        ct.ThrowIfCancellationRequested();
        return Sprite(picture, interpretation, request.Palette);
    }

    /// <summary>
    /// What the model is asked for: the person's own words, what SpriteDX understood of them, and the constraints that
    /// make a picture pixelise well (one subject, whole and centred, a plain background, few colours).
    /// </summary>
    internal static string ModelPrompt(string prompt, PromptInterpretation interpretation)
    {
        var subject = interpretation.Subject is { } known ? $"a single {known}" : "a single subject";
        var size = interpretation.Size.ToString(CultureInfo.InvariantCulture);
        return $"Pixel-art game sprite of {subject}, as asked: \"{prompt.Trim()}\" (read as: {interpretation.Summary}). " +
            $"Show {subject} whole, centred, seen from the front, filling most of the picture, " +
            "on a plain flat white background with no scenery, ground, shadow, border or text. " +
            $"Bold simple shapes, a strong silhouette and a few flat colours, so it still reads at {size}×{size} pixels.";
    }

    /// <summary>The sprite made from a picture: an idle pair of frames for characters and creatures, one frame otherwise.</summary>
    internal static RenderedSprite Sprite(byte[] picture, PromptInterpretation interpretation, SpritePalette palette)
    {
        var rest = Pixeliser.Pixelise(picture, interpretation.Size);
        var animated = interpretation.Category is SubjectCategory.Character or SubjectCategory.Creature;
        PixelCanvas[] frames = animated ? [rest, rest.Settled()] : [rest];
        foreach (var frame in frames)
            Palettes.Apply(frame, palette);
        return new RenderedSprite(SpriteSheets.Encode(frames), interpretation.Size, animated ? IdleFrameMs : [StillFrameMs], interpretation.Summary);
    }

    private async Task<byte[]> PictureAsync(string modelPrompt, CancellationToken ct)
    {
        var settings = options.Value;
        using var answerTime = CancellationTokenSource.CreateLinkedTokenSource(ct);
        answerTime.CancelAfter(settings.Timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint(settings.BaseUrl))
            {
                Content = JsonContent.Create(new ImagesRequest(settings.Model, modelPrompt, 1, PictureSize, ResponseFormat(settings.Model)), options: Json),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.ApiKey);
            using var response = await http.SendAsync(request, answerTime.Token);
            var body = await response.Content.ReadAsByteArrayAsync(answerTime.Token);
            if (!response.IsSuccessStatusCode)
                throw Failure(response.StatusCode, body);
            var image = Image(body);
            return image.B64Json is { } base64 ? FromBase64(base64) : await DownloadAsync(image.Url!, answerTime.Token);
        }
        catch (OperationCanceledException) when (answerTime.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            logger.LogWarning("The image model did not answer within {Timeout}", settings.Timeout);
            throw new SpriteGenerationFailedException(TooSlow);
        }
        catch (HttpRequestException ex)
        {
            logger.LogWarning(ex, "The image model at {BaseUrl} could not be reached", settings.BaseUrl);
            throw new SpriteGenerationFailedException(Unreachable, ex);
        }
    }

    /// <remarks>Concatenated rather than resolved, so a base URL with a path (a proxy's prefix) keeps its path.</remarks>
    private static Uri Endpoint(Uri baseUrl) => new($"{baseUrl.AbsoluteUri.TrimEnd('/')}/v1/images/generations");

    /// <summary>
    /// DALL·E answers with a URL unless asked for base64; the GPT image models always answer base64 and refuse the
    /// parameter outright (400 unknown_parameter), so it is sent to every model but those.
    /// </summary>
    private static string? ResponseFormat(string model) =>
        model.StartsWith("gpt-image", StringComparison.OrdinalIgnoreCase) ? null : "b64_json";

    private SpriteGenerationFailedException Failure(HttpStatusCode status, byte[] body)
    {
        var error = ErrorOf(body);
        // The error's message is not logged: on a 401 it quotes part of the key.
        logger.LogWarning("The image model answered {Status} ({ErrorType}, {ErrorCode})", (int)status, error?.Type, error?.Code);
        if (IsRefusal(status, error))
            return new SpriteGenerationFailedException(Refused);
        var code = ((int)status).ToString(CultureInfo.InvariantCulture);
        return new SpriteGenerationFailedException(status switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
                "The image model turned SpriteDX away (its access key was refused). Nothing was charged; please try again later.",
            HttpStatusCode.TooManyRequests => "The image model is not taking requests right now. Nothing was charged; try again in a minute.",
            >= HttpStatusCode.InternalServerError => $"The image model had an error (HTTP {code}). Nothing was charged; try again.",
            _ => $"The image model could not take this request (HTTP {code}). Nothing was charged; try changing the prompt.",
        });
    }

    /// <summary>DALL·E says content_policy_violation; the GPT image models say moderation_blocked, typed image_generation_user_error.</summary>
    private static bool IsRefusal(HttpStatusCode status, ApiError? error) =>
        status == HttpStatusCode.BadRequest && error is not null
        && ((error.Code is { } code && RefusalCodes.Contains(code)) || string.Equals(error.Type, "image_generation_user_error", StringComparison.OrdinalIgnoreCase));

    private static ApiError? ErrorOf(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize<ErrorAnswer>(body, Json)?.Error;
        }
        catch (JsonException)
        {
            return null; // a proxy's HTML error page: the status alone says enough
        }
    }

    private ImageData Image(byte[] body)
    {
        try
        {
            if (JsonSerializer.Deserialize<ImagesAnswer>(body, Json)?.Data is [{ } first, ..] && (first.B64Json is not null || IsWebAddress(first.Url)))
                return first;
        }
        catch (JsonException ex)
        {
            logger.LogWarning(ex, "The image model's answer is not the Images API's JSON");
            throw new SpriteGenerationFailedException(Garbled, ex);
        }
        logger.LogWarning("The image model's answer has no data[0].b64_json or data[0].url");
        throw new SpriteGenerationFailedException(Garbled);
    }

    private static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var address) && address.Scheme is "http" or "https";

    private static byte[] FromBase64(string base64)
    {
        try
        {
            return Convert.FromBase64String(base64);
        }
        catch (FormatException ex)
        {
            throw new SpriteGenerationFailedException(Garbled, ex);
        }
    }

    /// <summary>Fetched without the key: the picture lives on a storage host that must never see it.</summary>
    private async Task<byte[]> DownloadAsync(string url, CancellationToken ct)
    {
        using var response = await http.GetAsync(new Uri(url), ct);
        if (response.IsSuccessStatusCode)
            return await response.Content.ReadAsByteArrayAsync(ct);
        logger.LogWarning("The image model's picture could not be downloaded: {Status}", (int)response.StatusCode);
        throw new SpriteGenerationFailedException(Garbled);
    }

    private sealed record ImagesRequest(string Model, string Prompt, int N, string Size, string? ResponseFormat);

    private sealed record ImagesAnswer(IReadOnlyList<ImageData>? Data);

    private sealed record ImageData(string? B64Json, string? Url);

    private sealed record ErrorAnswer(ApiError? Error);

    private sealed record ApiError(string? Type, string? Code);
}
