using System.Net;
using SkiaSharp;
using SpriteDX.IntegrationTests.Credits;
using SpriteDX.IntegrationTests.Infrastructure;

namespace SpriteDX.IntegrationTests.Generation;

/// <summary>
/// The host with <c>Generation:Generator=OpenAiImages</c> pointed at <see cref="FakeImagesApi"/> on 127.0.0.1: every
/// way the model can answer ends as a sprite that costs its credits or a failure that costs nothing and says why.
/// The tests share one host and one fake and change its scenario, so they run one at a time.
/// </summary>
[Parallelizable(ParallelScope.Self)]
internal sealed class OpenAiImagesGeneratorTests
{
    private const string ApiKey = "sk-test-fake-images-key-0123456789";

    private FakeImagesApi _images = null!;
    private SpriteDxApp _app = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _images = await FakeImagesApi.StartAsync(RedCircleOnWhite());
        _app = SpriteDxApp.Start(
            ("Generation:Generator", "OpenAiImages"),
            ("Generation:OpenAi:ApiKey", ApiKey),
            ("Generation:OpenAi:BaseUrl", _images.BaseUrl.AbsoluteUri),
            ("Generation:OpenAi:Timeout", "00:00:02"));
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _app.DisposeAsync();
        await _images.DisposeAsync();
    }

    [SetUp]
    public void Forget()
    {
        _images.Generations.Clear();
        _images.PictureDownloads.Clear();
    }

    [Test]
    public async Task The_models_picture_becomes_a_pixelised_sprite_and_costs_its_credits()
    {
        _images.Scenario = ImagesScenario.Base64Picture;
        using var player = await Player.SignUpAsync(_app);

        var done = await player.SettledAsync(await (await player.RequestAsync("a red slime, 32px")).AcceptedIdAsync());

        done.GetProperty("status").GetString().Should().Be("succeeded", done.ToString());
        done.GetProperty("cost").GetInt32().Should().Be(10);
        (await player.BalanceAsync()).Should().Be(90);
        (await player.LedgerKindsAsync()).Should().Equal("spend", "signup_bonus");

        var asked = _images.Generations.Should().ContainSingle().Subject;
        asked.Path.Should().Be("/v1/images/generations");
        asked.Authorization.Should().Be($"Bearer {ApiKey}");
        asked.Model.Should().Be("gpt-image-1");
        asked.Prompt.Should().Contain("a red slime, 32px").And.Contain("Pixel-art").And.Contain("plain flat white background");
        (asked.N, asked.Size).Should().Be((1, "1024x1024"));
        asked.ResponseFormat.Should().BeNull("the GPT image models answer base64 and refuse the parameter");

        var imageUrl = done.GetProperty("imageUrl").GetString()!;
        var sheet = await player.Browser.Client.GetAsync(imageUrl.Replace("image.png", "sheet.png", StringComparison.Ordinal) + "?scale=1");
        sheet.StatusCode.Should().Be(HttpStatusCode.OK);
        using var pixels = SKBitmap.Decode(await sheet.Content.ReadAsByteArrayAsync());
        pixels.Height.Should().Be(32, "the sprite is on the 32 px grid, not the model's 1024 px");
        (pixels.Width % 32).Should().Be(0);
        foreach (var (x, y) in new[] { (0, 0), (31, 0), (0, 31), (31, 31) })
            pixels.GetPixel(x, y).Alpha.Should().Be(0, "the white background became transparent");
        pixels.GetPixel(16, 16).Red.Should().BeGreaterThan(150, "the subject is the model's red circle");
        Enumerable.Range(0, pixels.Width * pixels.Height).Select(i => pixels.GetPixel(i % pixels.Width, i / pixels.Width).Alpha)
            .Should().OnlyContain(alpha => alpha == 0 || alpha == 255, "pixel art has no soft edges");
    }

    [Test]
    public async Task A_picture_behind_a_url_is_downloaded_without_the_key()
    {
        _images.Scenario = ImagesScenario.PictureByUrl;
        using var player = await Player.SignUpAsync(_app);

        var done = await player.SettledAsync(await (await player.RequestAsync("golden key")).AcceptedIdAsync());

        done.GetProperty("status").GetString().Should().Be("succeeded", done.ToString());
        _images.PictureDownloads.Should().ContainSingle().Which.Should().BeNull("the key is for the API, never for where pictures are stored");
        (await player.BalanceAsync()).Should().Be(90);
    }

    [TestCase(ImagesScenario.ServerError, "The image model had an error (HTTP 500)")]
    [TestCase(ImagesScenario.Refused, "The image model refused this prompt (content policy)")]
    [TestCase(ImagesScenario.ModerationBlocked, "The image model refused this prompt (content policy)")]
    [TestCase(ImagesScenario.Hangs, "The image model did not answer in time")]
    [TestCase(ImagesScenario.Unauthorized, "The image model turned SpriteDX away")]
    [TestCase(ImagesScenario.NotJson, "The image model sent an answer SpriteDX could not read")]
    public async Task A_model_that_lets_the_person_down_fails_the_generation_says_why_and_costs_nothing(ImagesScenario scenario, string reason)
    {
        _images.Scenario = scenario;
        using var player = await Player.SignUpAsync(_app);

        var failed = await player.SettledAsync(await (await player.RequestAsync("cursed red slime")).AcceptedIdAsync());

        failed.GetProperty("status").GetString().Should().Be("failed");
        failed.GetProperty("cost").GetInt32().Should().Be(0);
        failed.GetProperty("error").GetString().Should().StartWith(reason).And.Contain("Nothing was charged").And.NotContain(ApiKey);
        await Polling.UntilAsync(async () => await player.BalanceAsync() == 100, because: "the reservation is released");
        (await player.LedgerKindsAsync()).Should().Equal("spend_released", "spend", "signup_bonus");
        _images.Generations.Should().ContainSingle("a failure is an answer, not something to retry on the person's credits");
    }

    private static byte[] RedCircleOnWhite()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(1024, 1024, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        using (var red = new SKPaint { Color = new SKColor(220, 30, 40), IsAntialias = true })
        {
            canvas.Clear(SKColors.White);
            canvas.DrawCircle(512, 540, 330, red);
        }
        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
