using System.Net;
using System.Text.Json;
using SkiaSharp;
using SpriteDX.IntegrationTests.Credits;
using SpriteDX.IntegrationTests.Infrastructure;

namespace SpriteDX.IntegrationTests.Generation;

/// <summary>What a game developer takes away: the interpretation before paying, palettes, sizes, sheets, frame data, downloads.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed class SpriteOutputTests
{
    private static readonly SKColor[] GameBoyGreens = [new(0x0F, 0x38, 0x0F), new(0x30, 0x62, 0x30), new(0x8B, 0xAC, 0x0F), new(0x9B, 0xBC, 0x0F)];

    private SpriteDxApp _app = null!;

    [OneTimeSetUp]
    public void StartApp() => _app = SpriteDxApp.Start(("Generation:GalleryPageSize", "2"));

    [OneTimeTearDown]
    public async Task StopApp() => await _app.DisposeAsync();

    [Test]
    public async Task Anyone_can_ask_what_a_prompt_will_draw_for_free()
    {
        using var visitor = _app.NewBrowser();

        var answer = await visitor.Client.GetAsync("/api/generations/interpretation?prompt=" + Uri.EscapeDataString("evil red dragon, 64px"));

        answer.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await answer.JsonAsync();
        body.GetProperty("recognized").GetBoolean().Should().BeTrue();
        body.GetProperty("subject").GetString().Should().Be("dragon");
        body.GetProperty("category").GetString().Should().Be("creature");
        body.GetProperty("size").GetInt32().Should().Be(64);
        body.GetProperty("mood").GetString().Should().Be("evil");
        body.GetProperty("colours").EnumerateArray().Select(c => c.GetString()).Should().Contain("red");
        body.GetProperty("summary").GetString().Should().Contain("dragon").And.Contain("64×64");
        foreach (var field in new[] { "details", "unknownWords", "suggestions" })
            body.GetProperty(field).ValueKind.Should().Be(JsonValueKind.Array);
    }

    [TestCase("something cool")]
    [TestCase("asdf qwer")]
    [TestCase("<script>alert(1)</script>")]
    public async Task A_prompt_without_a_subject_is_not_recognised_and_gets_suggestions(string prompt)
    {
        using var visitor = _app.NewBrowser();

        var body = await (await visitor.Client.GetAsync("/api/generations/interpretation?prompt=" + Uri.EscapeDataString(prompt))).JsonAsync();

        body.GetProperty("recognized").GetBoolean().Should().BeFalse();
        body.GetProperty("subject").ValueKind.Should().Be(JsonValueKind.Null);
        body.GetProperty("suggestions").GetArrayLength().Should().BeGreaterThan(0);
        body.GetProperty("summary").GetString().Should().NotContain("<script>");
    }

    [TestCase("")]
    [TestCase("%00dragon")]
    [TestCase("dragon&size=48")]
    [TestCase("dragon&size=big")]
    public async Task Bad_interpretation_input_is_a_400_problem(string query)
    {
        using var visitor = _app.NewBrowser();

        var answer = await visitor.Client.GetAsync("/api/generations/interpretation?prompt=" + query);

        answer.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        answer.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Test]
    public async Task A_prompt_too_long_for_interpretation_is_a_400_problem()
    {
        using var visitor = _app.NewBrowser();

        var answer = await visitor.Client.GetAsync("/api/generations/interpretation?prompt=" + new string('a', 501));

        answer.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task An_unrecognised_subject_is_a_422_and_nothing_is_reserved_or_stored()
    {
        using var player = await Player.SignUpAsync(_app);

        var response = await player.RequestAsync("something really cool");

        response.StatusCode.Should().Be((HttpStatusCode)422);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await response.JsonAsync();
        problem.GetProperty("type").GetString().Should().EndWith("unrecognized-subject");
        problem.GetProperty("suggestions").GetArrayLength().Should().BeGreaterThan(0);
        (await player.BalanceAsync()).Should().Be(100);
        (await player.LedgerKindsAsync()).Should().Equal("signup_bonus");
        (await ListAsync(player)).GetProperty("items").GetArrayLength().Should().Be(0);
    }

    [TestCase("{\"prompt\": \"red slime\", \"palette\": \"sepia\"}", "palette")]
    [TestCase("{\"prompt\": \"red slime\", \"size\": 48}", "size")]
    [TestCase("{\"prompt\": \"red slime\", \"size\": \"64\"}", "size")]
    [TestCase("{\"prompt\": \"red slime\", \"size\": 32.5}", "size")]
    [TestCase("{\"prompt\": \"red slime\", \"palette\": \"pico8\\u0000\"}", "palette")]
    [TestCase("{\"prompt\": \"red\\u0000slime\"}", "control characters")]
    public async Task An_unknown_palette_or_size_or_a_control_character_is_a_400_and_takes_nothing(string json, string named)
    {
        using var player = await Player.SignUpAsync(_app);

        var response = await player.RequestAsync(JsonDocument.Parse(json).RootElement);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("detail").GetString().Should().Contain(named);
        (await player.BalanceAsync()).Should().Be(100);
    }

    [Test]
    public async Task A_game_boy_sprite_of_16_pixels_comes_as_a_sheet_with_aseprite_frame_data()
    {
        using var player = await Player.SignUpAsync(_app);

        var id = await (await player.RequestAsync(new { prompt = "cute red slime", palette = "gameboy", size = 16 })).AcceptedIdAsync();
        var done = await player.SettledAsync(id);

        done.GetProperty("status").GetString().Should().Be("succeeded");
        done.GetProperty("palette").GetString().Should().Be("gameboy");
        done.GetProperty("size").GetInt32().Should().Be(16);
        var frames = done.GetProperty("frameDurations").EnumerateArray().Select(d => d.GetInt32()).ToList();
        frames.Should().HaveCountGreaterThan(1, "a creature comes with an idle animation");

        using var still = await BitmapAsync(player, $"{done.GetProperty("imageUrl").GetString()}?scale=1");
        (still.Width, still.Height).Should().Be((16, 16));
        Opaque(still).Should().NotBeEmpty().And.OnlyContain(colour => GameBoyGreens.Contains(colour.WithAlpha(0xFF)));

        using var sheet = await BitmapAsync(player, $"{done.GetProperty("sheetUrl").GetString()}?scale=4");
        (sheet.Width, sheet.Height).Should().Be((16 * 4 * frames.Count, 16 * 4));

        var data = await (await player.Browser.Client.GetAsync($"{done.GetProperty("sheetDataUrl").GetString()}?scale=4")).JsonAsync();
        var listed = data.GetProperty("frames").EnumerateArray().ToList();
        listed.Select(f => f.GetProperty("duration").GetInt32()).Should().Equal(frames);
        listed.Select(f => f.GetProperty("frame").GetProperty("x").GetInt32()).Should().Equal(frames.Select((_, i) => i * 64));
        data.GetProperty("meta").GetProperty("size").GetProperty("w").GetInt32().Should().Be(sheet.Width);
        data.GetProperty("meta").GetProperty("frameTags")[0].GetProperty("to").GetInt32().Should().Be(frames.Count - 1);
    }

    [TestCase(1, 32)]
    [TestCase(4, 128)]
    [TestCase(8, 256)]
    public async Task A_sprite_downloads_at_1_4_and_8_times_its_grid(int scale, int pixels)
    {
        using var player = await Player.SignUpAsync(_app);
        var done = await player.SettledAsync(await (await player.RequestAsync("golden key")).AcceptedIdAsync());

        var download = await player.Browser.Client.GetAsync($"{done.GetProperty("imageUrl").GetString()}?scale={scale}&download=true");

        download.Content.Headers.ContentDisposition!.FileName.Should().Contain($"{scale}x").And.EndWith(".png");
        using var image = SKBitmap.Decode(await download.Content.ReadAsByteArrayAsync());
        (image.Width, image.Height).Should().Be((pixels, pixels));
    }

    [Test]
    public async Task An_unknown_scale_is_a_400()
    {
        using var player = await Player.SignUpAsync(_app);
        var done = await player.SettledAsync(await (await player.RequestAsync("golden key")).AcceptedIdAsync());

        (await player.Browser.Client.GetAsync($"{done.GetProperty("imageUrl").GetString()}?scale=3")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task A_variation_is_the_same_prompt_with_a_new_seed()
    {
        using var player = await Player.SignUpAsync(_app);

        var first = await player.SettledAsync(await (await player.RequestAsync("blue slime")).AcceptedIdAsync());
        var second = await player.SettledAsync(await (await player.RequestAsync("blue slime")).AcceptedIdAsync());

        var images = await Task.WhenAll(new[] { first, second }.Select(g =>
            player.Browser.Client.GetByteArrayAsync($"{g.GetProperty("sheetUrl").GetString()}?scale=1")));
        images[0].Should().NotEqual(images[1]);
        (await player.BalanceAsync()).Should().Be(80);
    }

    [Test]
    public async Task My_generations_are_listed_newest_first_a_page_at_a_time()
    {
        using var player = await Player.SignUpAsync(_app);
        foreach (var prompt in new[] { "first gem", "second potion", "third key" })
            await (await player.RequestAsync(prompt)).AcceptedIdAsync();

        var page = await ListAsync(player);
        var next = await ListAsync(player, page.GetProperty("nextCursor").GetString());

        page.GetProperty("items").EnumerateArray().Select(g => g.GetProperty("prompt").GetString()).Should().Equal("third key", "second potion");
        next.GetProperty("items").EnumerateArray().Select(g => g.GetProperty("prompt").GetString()).Should().Equal("first gem");
        next.GetProperty("nextCursor").ValueKind.Should().Be(JsonValueKind.Null);
        (await player.Browser.Client.GetAsync("/api/generations?cursor=not-a-cursor")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    private static async Task<JsonElement> ListAsync(Player player, string? cursor = null) =>
        await (await player.Browser.Client.GetAsync("/api/generations" + (cursor is null ? "" : $"?cursor={cursor}"))).JsonAsync();

    private static async Task<SKBitmap> BitmapAsync(Player player, string url) =>
        SKBitmap.Decode(await player.Browser.Client.GetByteArrayAsync(url));

    private static IEnumerable<SKColor> Opaque(SKBitmap bitmap) =>
        Enumerable.Range(0, bitmap.Height).SelectMany(y => Enumerable.Range(0, bitmap.Width).Select(x => bitmap.GetPixel(x, y))).Where(c => c.Alpha > 0);
}
