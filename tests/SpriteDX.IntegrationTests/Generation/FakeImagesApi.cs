using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SpriteDX.IntegrationTests.Generation;

/// <summary>
/// A stand-in for the OpenAI Images API on 127.0.0.1, so the image model generator is tested end to end without a
/// network: it records what SpriteDX sends and answers the way the test's <see cref="Scenario"/> says.
/// </summary>
internal sealed class FakeImagesApi : IAsyncDisposable
{
    private const string PicturePath = "/files/picture.png";

    private readonly WebApplication _app;
    private readonly byte[] _picture;
    private readonly CancellationTokenSource _stopping = new();

    private FakeImagesApi(WebApplication app, byte[] picture)
    {
        _app = app;
        _picture = picture;
    }

    public Uri BaseUrl => new(_app.Urls.Single());

    public ImagesScenario Scenario { get; set; } = ImagesScenario.Base64Picture;

    public ConcurrentQueue<RecordedGeneration> Generations { get; } = new();

    /// <summary>The Authorization header of each download of a picture served by URL (null when none was sent).</summary>
    public ConcurrentQueue<string?> PictureDownloads { get; } = new();

    public static async Task<FakeImagesApi> StartAsync(byte[] picture)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var api = new FakeImagesApi(app, picture);
        app.MapPost("/v1/images/generations", (Func<HttpContext, Task<IResult>>)api.GenerateAsync);
        app.MapGet(PicturePath, (HttpContext http) =>
        {
            api.PictureDownloads.Enqueue(http.Request.Headers.Authorization.Count == 0 ? null : http.Request.Headers.Authorization.ToString());
            return Results.File(api._picture, "image/png");
        });
        await app.StartAsync();
        return api;
    }

    private async Task<IResult> GenerateAsync(HttpContext http)
    {
        using var body = await JsonDocument.ParseAsync(http.Request.Body);
        var json = body.RootElement;
        Generations.Enqueue(new RecordedGeneration(
            http.Request.Path,
            http.Request.Headers.Authorization.ToString(),
            json.GetProperty("model").GetString(),
            json.GetProperty("prompt").GetString(),
            json.GetProperty("n").GetInt32(),
            json.GetProperty("size").GetString(),
            json.TryGetProperty("response_format", out var format) ? format.GetString() : null));

        switch (Scenario)
        {
            case ImagesScenario.Base64Picture:
                return Results.Json(new { created = 1_767_225_600, data = new[] { new { b64_json = Convert.ToBase64String(_picture) } } });
            case ImagesScenario.PictureByUrl:
                return Results.Json(new { created = 1_767_225_600, data = new[] { new { url = new Uri(BaseUrl, PicturePath).AbsoluteUri } } });
            case ImagesScenario.NotJson:
                return Results.Text("<html><body>upstream hiccup</body></html>", "text/html");
            case ImagesScenario.Hangs:
                using (var gone = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _stopping.Token))
                {
                    try
                    {
                        await Task.Delay(Timeout.Infinite, gone.Token);
                    }
                    catch (OperationCanceledException)
                    {
                    }
                }
                return Results.Empty;
            case ImagesScenario.ServerError:
                return Error(500, "The server had an error while processing your request.", "server_error", null);
            case ImagesScenario.Refused:
                return Error(400, "Your request was rejected as a result of our safety system.", "invalid_request_error", "content_policy_violation");
            case ImagesScenario.ModerationBlocked:
                return Error(400, "Your request was rejected by the safety system.", "image_generation_user_error", "moderation_blocked");
            case ImagesScenario.Unauthorized:
                return Error(401, "Incorrect API key provided: sk-test-****-key.", "invalid_request_error", "invalid_api_key");
            default:
                throw new InvalidOperationException($"No answer for {Scenario}.");
        }
    }

    /// <summary>The Images API's error shape: <c>{"error": {"message", "type", "param", "code"}}</c>.</summary>
    private static IResult Error(int status, string message, string type, string? code) =>
        Results.Json(new { error = new { message, type, param = (string?)null, code } }, statusCode: status);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}

internal enum ImagesScenario
{
    Base64Picture,
    PictureByUrl,
    NotJson,
    Hangs,
    ServerError,
    Refused,
    ModerationBlocked,
    Unauthorized,
}

internal sealed record RecordedGeneration(string Path, string Authorization, string? Model, string? Prompt, int N, string? Size, string? ResponseFormat);
