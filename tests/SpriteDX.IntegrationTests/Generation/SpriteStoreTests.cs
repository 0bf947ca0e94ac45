using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.Host.Composition;
using SpriteDX.IntegrationTests.Credits;
using SpriteDX.IntegrationTests.Infrastructure;

namespace SpriteDX.IntegrationTests.Generation;

/// <summary>Sprite sheets in files or in the module's database (`Generation:ImageStore`), and moving them from one to the other.</summary>
[NonParallelizable] // Hangfire keeps its storage and job activator in statics; another app starting at the same moment could take them
public sealed class SpriteStoreTests
{
    [Test]
    public async Task With_the_database_store_a_sprite_is_served_and_no_file_is_written()
    {
        await using var app = SpriteDxApp.Start(("Generation:ImageStore", "Database"));
        using var player = await Player.SignUpAsync(app);

        var png = await RenderedPngAsync(player);

        png[..4].Should().Equal(0x89, (byte)'P', (byte)'N', (byte)'G');
        Directory.Exists(Path.Combine(app.DataDirectory, "sprites")).Should().BeFalse("the sheet is a row of the generation database");
    }

    [Test]
    public async Task Move_sprites_copies_the_files_into_the_database_once_and_they_are_served_without_the_files()
    {
        await using var app = SpriteDxApp.Start(("Generation:ImageStore", "Files"));
        using var player = await Player.SignUpAsync(app);
        var (imageUrl, png) = await RenderAsync(player);
        await app.RestartAsync(("Generation:ImageStore", "Database"));
        using var browser = app.NewBrowser();
        await browser.LogInAsync(player.Email);
        (await browser.Client.GetAsync(imageUrl)).StatusCode.Should().Be(HttpStatusCode.NotFound, "the database has no sprite until they are moved");

        var first = await MoveSpritesAsync(app);
        var again = await MoveSpritesAsync(app);
        Directory.Delete(Path.Combine(app.DataDirectory, "sprites"), recursive: true);
        var second = await MoveSpritesAsync(app);

        first.Should().Contain("Moving sprites from Files to Database").And.Contain("1 moved, 0 already there");
        again.Should().Contain("0 moved, 1 already there", "a sheet already in the database is not copied again");
        second.Should().Contain("0 moved, 0 already there", "the files are gone and nothing is moved twice");
        (await (await browser.Client.GetAsync(imageUrl)).Content.ReadAsByteArrayAsync()).Should().Equal(png);
    }

    [Test]
    public async Task Two_instances_on_PostgreSQL_with_no_shared_directory_serve_each_others_sprites()
    {
        TestPostgres.RequirePostgres("Two hosts on one database");
        await using var first = SpriteDxApp.Start();
        using var player = await Player.SignUpAsync(first);
        var (imageUrl, png) = await RenderAsync(player);
        var ownDirectory = Directory.CreateTempSubdirectory("spritedx-second-");
        try
        {
            await using var second = SpriteDxApp.StartBeside(first, ("SpriteDX:DataDir", ownDirectory.FullName));
            using var browser = second.NewBrowser();
            await browser.LogInAsync(player.Email);

            var served = await browser.Client.GetAsync(imageUrl);

            served.StatusCode.Should().Be(HttpStatusCode.OK);
            (await served.Content.ReadAsByteArrayAsync()).Should().Equal(png);
            Directory.Exists(Path.Combine(first.DataDirectory, "sprites")).Should().BeFalse("on PostgreSQL the default store is the database");
        }
        finally
        {
            ownDirectory.Delete(recursive: true);
        }
    }

    private static async Task<byte[]> RenderedPngAsync(Player player) => (await RenderAsync(player)).Png;

    private static async Task<(string ImageUrl, byte[] Png)> RenderAsync(Player player)
    {
        var done = await player.SettledAsync(await (await player.RequestAsync("a green slime")).AcceptedIdAsync());
        done.GetProperty("status").GetString().Should().Be("succeeded");
        var imageUrl = done.GetProperty("imageUrl").GetString()!;
        var image = await player.Browser.Client.GetAsync(imageUrl);
        image.StatusCode.Should().Be(HttpStatusCode.OK);
        return (imageUrl, await image.Content.ReadAsByteArrayAsync());
    }

    private static async Task<string> MoveSpritesAsync(SpriteDxApp app)
    {
        using var output = new StringWriter();
        var exitCode = await ModuleCommands.RunRequestedAsync(app.Services, ["move-sprites"], output, CancellationToken.None);
        exitCode.Should().Be(0);
        return output.ToString();
    }
}
