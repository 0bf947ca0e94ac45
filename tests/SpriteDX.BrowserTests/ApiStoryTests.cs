using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace SpriteDX.BrowserTests;

/// <summary>
/// A developer makes an API key from the user menu and reads the API reference. The reference renders from SpriteDX
/// alone: not one request of the page leaves 127.0.0.1 (no CDN, fonts or telemetry).
/// </summary>
[NonParallelizable]
public sealed class ApiStoryTests : BrowserFixture
{
    [Test]
    public async Task A_developer_makes_a_key_and_reads_the_api_reference_served_locally()
    {
        var page = await NewPageAsync(1440, 900);
        await BrowserSession.SignUpAsync(page, $"developer-{Guid.NewGuid():n}@example.com");
        await page.GetByRole(AriaRole.Button, new() { Name = "Account" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "API keys" }).ClickAsync();
        await page.GetByLabel("Name").FillAsync("Godot import script");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
        await Expect(page.Locator("[data-api-key-token]")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^sdx_"));
        await Expect(page.Locator("[data-api-keys]")).ToContainTextAsync("Godot import script");
        await BrowserSession.ScreenshotAsync(page, "30-api-keys-desktop");

        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/account/api-keys");
        await Expect(page.Locator("[data-api-keys]")).ToContainTextAsync("Godot import script");
        await BrowserSession.ScreenshotAsync(page, "31-api-keys-mobile");

        foreach (var (width, height, name) in new[] { (1440, 900, "32-api-reference-desktop"), (390, 844, "33-api-reference-mobile") })
        {
            var docs = await NewPageAsync(width, height);
            var elsewhere = new ConcurrentBag<string>();
            docs.Request += (_, request) =>
            {
                if (Uri.TryCreate(request.Url, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && url.Host != App.BaseAddress.Host)
                    elsewhere.Add(request.Url);
            };
            await docs.GotoAsync("/docs/api");
            await Expect(docs.GetByRole(AriaRole.Heading, new() { Name = "SpriteDX API" }).First).ToBeVisibleAsync(new() { Timeout = 20_000 });
            await docs.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await BrowserSession.ScreenshotAsync(docs, name, fullPage: false);
            elsewhere.Should().BeEmpty("the reference page needs nothing but SpriteDX");
        }
    }
}
